/**
 * A full check lists each local rule's findings with their anchors so that a later recheck of one
 * anchor replaces that anchor's findings only (checker.ts). Findings made about their anchor
 * (`emit.about`) give it themselves and no list of anchors is kept for them (full-pass.ts); a rule
 * that also reports with plain `emit` must still have each finding put back under its own anchor.
 */
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import type { Element, LakarDocument } from '../model/schema';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { IncrementalChecker } from './checker';
import { localRule, type Rule } from './define';
import type { CheckReport } from './types';

const text = { ms: 'Nama {name}', en: 'Name {name}' };
const nameOf = (e: Element) => ({ name: e.name });

/** Reports names starting with A about the anchor, names starting with B with plain `emit`; over applications then platforms. */
const ruleText = { severity: 'warning', title: text, message: text, source: '§ ujian', fixHint: text, reach: 0 } as const;
const mixed = localRule({
  ...ruleText,
  id: 'test.mixed',
  elements: ['application', 'platform'],
  checkItem(id, _ctx, emit, e) {
    if (e.name.startsWith('A')) emit.about(e, nameOf);
    if (e.name.startsWith('B')) emit({ name: e.name }, { elements: [id] });
  },
});

/** Reports every name starting with A about its anchor only. */
const aboutOnly = localRule({ ...ruleText, id: 'test.aboutOnly', elements: ['application'], checkItem: (_id, _ctx, emit, e) => (e.name.startsWith('A') ? emit.about(e, nameOf) : undefined) });

const RULES: Rule[] = [mixed, aboutOnly];
const lines = (r: CheckReport) => r.problems.map((p) => `${p.ruleId} ${p.message.en} ${p.elementIds.join(',')}`);
const rename = (doc: LakarDocument, id: string, name: string) => executeCommand(doc, 'element.update', { id, patch: { name } }).doc;

describe('full check listing of local findings', () => {
  it('puts every finding back under its own anchor after edits, whether made about the anchor or not', () => {
    const names = ['A1', 'B1', 'A2', 'B2', 'A3'];
    let doc = makeDocument([
      ...names.map((name, i) => makeElement('application', { id: `app${i}`, name })),
      makeElement('platform', { id: 'pf0', name: 'A platform' }),
      makeElement('platform', { id: 'pf1', name: 'C platform' }),
    ]);
    const checker = new IncrementalChecker(RULES);
    expect(lines(checker.check(doc))).toEqual(lines(new IncrementalChecker(RULES).check(doc)));
    // each rename rechecks one anchor: its findings go, new ones take their place, the others stay
    for (const [id, name] of [['app1', 'C1'], ['app2', 'B2x'], ['app0', 'C0'], ['pf0', 'C'], ['pf1', 'B platform'], ['pf0', 'A again'], ['app4', 'B4']]) {
      doc = rename(doc, id, name);
      const report = checker.check(doc);
      expect(checker.lastRun.mode).toBe('incremental');
      expect(lines(report), `${id} → ${name}`).toEqual(lines(new IncrementalChecker(RULES).check(doc)));
    }
  });
});
