/**
 * A view a picked copy changed comes out of the check (./parse-reusing.ts) with its boxes kept in a
 * table read as a record (./boxes-record.ts). Every reader of a document must see it as it sees the
 * same copy with plain records: the diff and the merge, files (.lakar rows, JSON, OEF, CSV), pictures
 * (SVG, the PDF's diagram), the checker, documentSchema, crossing to another process, and the plain
 * walks of a record (keys, `in`, spreads, JSON).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../diff';
import { mergeDocuments } from '../merge';
import { exportDocument } from '../interchange';
import { viewToSvg } from '../export/svg/view-svg';
import { diagramGeometry } from '../export/pdf/lmv';
import { fullChanges } from '../store/changes';
import { checkDocument } from '../rules';
import { applyScript, documentArbitrary, scriptArbitrary } from '../../test/helpers/edit-scripts';
import { isBoxesRecord } from './boxes-record';
import { parseDocumentReusing } from './parse-reusing';
import { documentSchema, type LakarDocument } from './schema';
import { fromWire, toDocumentData, toWire } from './wire';

/** A document as read from a file: shares nothing, its boxes in plain records. */
const read = (d: LakarDocument) => fromWire(structuredClone(toWire(d)));

/** What each reader makes of `doc`, beside the open project `open`. */
function readings(doc: LakarDocument, open: LakarDocument) {
  const views = Object.keys(doc.views);
  const walks = views.map((id) => {
    const nodes = doc.views[id].nodes;
    const forIn: string[] = [];
    for (const key in nodes) forIn.push(key);
    return { keys: Object.keys(nodes), entries: Object.entries(nodes), forIn, spread: { ...nodes }, json: JSON.stringify(nodes), has: ['toString', '__proto__', ...Object.keys(nodes)].map((k) => [k in nodes, Object.hasOwn(nodes, k), nodes[k] !== undefined && Object.hasOwn(nodes, k)]) };
  });
  return {
    walks,
    json: JSON.stringify(toDocumentData(doc)),
    sent: structuredClone(toWire(doc)),
    diffFrom: diffDocuments(open, doc).changes,
    diffTo: diffDocuments(doc, open).changes,
    mergeTheirs: toDocumentData(mergeDocuments(open, open, doc).doc),
    mergeBase: mergeDocuments(doc, open, open),
    oef: exportDocument(doc, 'oef').data,
    lakarJson: exportDocument(doc, 'lakar-json').data,
    rows: fullChanges(doc),
    svg: views.map((id) => viewToSvg(doc, id)),
    pdf: views.map((id) => JSON.stringify(diagramGeometry(doc, doc.views[id], 'ms'))),
    findings: checkDocument(doc).problems,
    schema: toDocumentData(documentSchema.parse(doc) as LakarDocument),
  };
}

describe('a changed view’s boxes kept in a table, to every reader of a document', () => {
  it('read as the same copy with plain records is read', { timeout: 120_000 }, () => {
    let kept = 0;
    fc.assert(
      fc.property(documentArbitrary, scriptArbitrary, scriptArbitrary, (base, mine, theirs) => {
        const open = read(applyScript(base, mine, 'm'));
        const copy = parseDocumentReusing(read(applyScript(base, theirs, 't')), open).data!;
        if (Object.values(copy.views).some((v) => isBoxesRecord(v.nodes))) kept++;
        const plain = read(copy);
        expect(Object.values(plain.views).some((v) => isBoxesRecord(v.nodes))).toBe(false);
        expect(readings(copy, open)).toEqual(readings(plain, open));
      }),
      { seed: 20261208, numRuns: 40 },
    );
    // the property did meet boxes kept in tables
    expect(kept).toBeGreaterThan(3);
  });
});
