/**
 * Whether an application tree uses a platform (dpi.mydigitalIdSso, dpi.identityVerification,
 * dpi.ePayment) is read by a full check from the `usesPlatform` relations once, by each tree's top
 * (helpers.ts, `platformBitsByTop`), and by a recheck from the tree's parts. Both must say the same
 * for trees that are not trees: a process supported by a module of a cycle of parents (whose parts,
 * read down from it, are the whole cycle and what hangs below it, though each is its own top) and by
 * the end of a chain of ~50 modules (whose top is the application at the head of the chain).
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeElement, makeRelation } from '../helpers/factories';
import { makeVariedDocument } from '../helpers/varied-model';
import { DAMAGED, withDamagedTrees } from '../helpers/damaged-trees';

const line = (p: Problem) => [p.ruleId, p.message.en, p.elementIds.join(','), p.relationIds.join(',')].join('|');
const lines = (r: CheckReport) => r.problems.map(line);
const PLATFORM_RULES = new Set(['dpi.mydigitalIdSso', 'dpi.identityVerification', 'dpi.ePayment']);
/** The processes dpi.identityVerification finds unsupported by MyDigital ID. */
const unverified = (r: CheckReport) => r.problems.filter((p) => p.ruleId === 'dpi.identityVerification').map((p) => p.elementIds[0]);

const CHAIN_LENGTH = 52;

/** The damaged trees with a MyDigital ID platform and three identity-verification processes: supported by a module of the ring, by the end of the chain, by the application service below the pair. */
function model(): LakarDocument {
  let doc = withDamagedTrees(makeVariedDocument(200, 3), 3, CHAIN_LENGTH);
  const add = (cmd: Parameters<typeof executeCommand>[1], payload: unknown) => (doc = executeCommand(doc, cmd, payload as never).doc);
  add('element.add', { element: makeElement('platform', { id: 'pt_mydid', name: 'MyDigital ID', platformType: 'myDigitalId' }) });
  for (const [id, by] of [
    ['pt_ring', DAMAGED.ring(7)],
    ['pt_chain', DAMAGED.chain(CHAIN_LENGTH - 1)],
    ['pt_pair', 'dt_pair_service'],
  ]) {
    add('element.add', { element: makeElement('process', { id, name: `Pengesahan ${id}`, genericProcess: 20 }) });
    add('relation.add', { relation: makeRelation('supports', by, id, { id: `${id}_supported` }) });
  }
  return doc;
}

const uses = (doc: LakarDocument, id: string, part: string) => executeCommand(doc, 'relation.add', { relation: makeRelation('usesPlatform', part, 'pt_mydid', { id }) });

describe('the platforms an application tree uses, in a file whose parents form cycles and long chains', () => {
  it('counts a platform used anywhere in a cycle for a process supported by another of its modules, and one used halfway up a chain for the chain’s end', () => {
    const doc = model();
    expect(unverified(checkDocument(doc))).toEqual(expect.arrayContaining(['pt_ring', 'pt_chain', 'pt_pair']));
    // read down from ring module 7, its parts are the whole ring: module 30 is one of them
    let used = uses(doc, 'pt_use_ring', DAMAGED.ring(30)).doc;
    // the chain's end has the application at the head as its top, whose parts are the whole chain
    used = uses(used, 'pt_use_chain', DAMAGED.chain(20)).doc;
    // the pair's service is below the pair: read down from it, it is its own only part
    used = uses(used, 'pt_use_pair', 'dt_pair_a').doc;
    const found = unverified(checkDocument(used));
    expect(found).not.toContain('pt_ring');
    expect(found).not.toContain('pt_chain');
    expect(found).toContain('pt_pair');
  });

  it('gives a full check’s findings after each edit of what the trees use and how they hang together', () => {
    const start = model();
    const checker = createChecker();
    checker.check(start);
    let doc = start;
    const steps: [string, (d: LakarDocument) => ReturnType<typeof executeCommand>][] = [
      ['a ring module uses MyDigital ID', (d) => uses(d, 'pt_use_ring', DAMAGED.ring(30))],
      ['a chain module uses it', (d) => uses(d, 'pt_use_chain', DAMAGED.chain(20))],
      ['the ring module leaves the ring', (d) => executeCommand(d, 'element.update', { id: DAMAGED.ring(30), patch: { parentId: undefined } })],
      ['the chain is cut above the module using it', (d) => executeCommand(d, 'element.update', { id: DAMAGED.chain(10), patch: { parentId: undefined } })],
      ['the pair uses it', (d) => uses(d, 'pt_use_pair', 'dt_pair_b')],
      ['the chain’s application uses it', (d) => uses(d, 'pt_use_app', DAMAGED.chainApp)],
      ['the chain module stops using it', (d) => executeCommand(d, 'relation.remove', { ids: ['pt_use_chain'] })],
    ];
    for (const [what, step] of steps) {
      const { doc: next, patches } = step(doc);
      doc = next;
      const full = checkDocument(doc);
      expect(lines(checker.check(doc, patches)), what).toEqual(lines(full));
      // and the full check of the edited file, whose trees are read by their tops, says what a recheck says of them
      expect(full.problems.filter((p) => PLATFORM_RULES.has(p.ruleId)).length, what).toBeGreaterThan(0);
    }
    // the ring, opened where module 30 left it, hangs below module 30, which uses MyDigital ID; the
    // chain's end no longer reaches a module using it
    const found = unverified(checkDocument(doc));
    expect(found).not.toContain('pt_ring');
    expect(found).toContain('pt_chain');
  });
});
