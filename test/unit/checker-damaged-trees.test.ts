/**
 * A file whose modules' parents form cycles (a pair, a ring of 42, a module its own parent) or a
 * chain of 45–59 modules under an application opens and is checked; after each edit the recheck
 * gives a full check's findings word for word, in report order. Edits a user makes to such a file:
 * removing a system (the agency's own one receiving classified data among them), giving a part
 * another parent (into or out of a cycle, itself, the end of the chain), taking its parent away,
 * removing an application or module, renaming one, hosting a part at a site, a part reading classified data,
 * removing a protection, and undos. Before the fix, infra.classifiedControlsPartial's recheck
 * listed other holders than a full check after such edits (its walk from the hostings and its walk
 * down each holder's tree read a cycle or a long chain differently), and after a part was given
 * another parent its sites in another order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeCommand, type CommandResult } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model';
import { checkDocument, createChecker, type CheckReport, type Problem } from '../../shared/rules';
import { makeRelation } from '../helpers/factories';
import { makeVariedDocument } from '../helpers/varied-model';
import { replayWithUndos } from '../helpers/edit-script';
import { DAMAGED, withDamagedTrees } from '../helpers/damaged-trees';

/** A finding as a reader sees it: rule, message, what it points at, parameters. */
const line = (p: Problem) => [p.ruleId, p.message.ms, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|');
const lines = (r: CheckReport) => r.problems.map(line);

const RULE = 'infra.classifiedControlsPartial';

type Op = 'removeSystem' | 'reparent' | 'unparent' | 'removeTreeElement' | 'rename' | 'host' | 'read' | 'unprotect' | 'undo';
type Step = { op: Op; a: number; b: number; damagedOnly: boolean };
const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom<Op>('removeSystem', 'reparent', 'reparent', 'reparent', 'unparent', 'removeTreeElement', 'rename', 'host', 'read', 'unprotect', 'undo'),
  a: fc.nat(),
  b: fc.nat(),
  // most edits among the damaged trees, the others anywhere in the model
  damagedOnly: fc.boolean(),
});

const isPart = (kind: string) => kind === 'module' || kind === 'appService';
const isTree = (kind: string) => isPart(kind) || kind === 'application';

/** The command of `step` on `doc`, or null when it does not apply. */
function edit(doc: LakarDocument, step: Step, k: number): CommandResult | null {
  const all = doc.elements.values().filter((e) => !step.damagedOnly || e.id.startsWith('dt_'));
  const of = (want: (kind: string) => boolean) => all.filter((e) => want(e.kind));
  const nth = <T>(xs: readonly T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);
  switch (step.op) {
    case 'removeSystem': {
      const x = nth(of((kind) => kind === 'externalSystem'), step.a);
      return x ? executeCommand(doc, 'element.remove', { ids: [x.id] }) : null;
    }
    case 'reparent': {
      const part = nth(of(isPart), step.a);
      if (!part) return null;
      // one in ten its own parent, else any application, module or application service
      const parent = step.b % 10 === 0 ? part : nth(of(isTree), step.b);
      return parent ? executeCommand(doc, 'element.update', { id: part.id, patch: { parentId: parent.id } }) : null;
    }
    case 'unparent': {
      const part = nth(of(isPart), step.a);
      return part ? executeCommand(doc, 'element.update', { id: part.id, patch: { parentId: undefined } }) : null;
    }
    case 'removeTreeElement': {
      const x = nth(of(isTree), step.a);
      return x ? executeCommand(doc, 'element.remove', { ids: [x.id] }) : null;
    }
    case 'rename': {
      const x = nth(of(isTree), step.a);
      return x ? executeCommand(doc, 'element.update', { id: x.id, patch: { name: `Dinamakan ${k}` } }) : null;
    }
    case 'host': {
      const part = nth(of(isTree), step.a);
      const site = nth(doc.elements.values().filter((e) => e.kind === 'site'), step.b);
      return part && site ? executeCommand(doc, 'relation.add', { relation: makeRelation('hostedOn', part.id, site.id, { id: `rel_host${k}` }) }) : null;
    }
    case 'read': {
      const part = nth(of(isTree), step.a);
      return part && doc.elements.get(DAMAGED.data) ? executeCommand(doc, 'relation.add', { relation: makeRelation('accesses', part.id, DAMAGED.data, { id: `rel_read${k}` }) }) : null;
    }
    case 'unprotect': {
      const r = nth(doc.relations.values().filter((x) => x.kind === 'protects'), step.a);
      return r ? executeCommand(doc, 'relation.remove', { ids: [r.id] }) : null;
    }
    case 'undo':
      return null;
  }
}

// each run: a full check and up to 10 rechecks, each beside a full check, of a ~420-element model;
// the limit is for a hang, not for speed
const SLOW_MACHINE_LIMIT_MS = 300_000;

describe('a file whose parents form cycles and long chains', () => {
  it('names the application at the top of a chain of 57 modules at the site where its last module runs', () => {
    // a walk up stopping at 50 parents (as the checker's did) took a module halfway up for the top
    const doc = withDamagedTrees(makeVariedDocument(300, 1), 1, 57);
    const atDrc = checkDocument(doc).problems.filter((p) => p.ruleId === RULE && p.elementIds[0] === DAMAGED.unprotectedSite);
    expect(atDrc).toHaveLength(1);
    // the end of the chain runs there: its application is named, no module halfway up the chain
    expect(atDrc[0].elementIds).toContain(DAMAGED.chainApp);
    expect(atDrc[0].elementIds.filter((id) => id.startsWith('dt_chain_'))).toEqual([]);
  });

  it('names each cycle of parents once, from its member first in the file, each member followed by its parent (module.parentCycle)', () => {
    const doc = withDamagedTrees(makeVariedDocument(300, 1), 1);
    const cycles = checkDocument(doc).problems.filter((p) => p.ruleId === 'module.parentCycle');
    expect(cycles.map((p) => p.elementIds)).toEqual([
      Array.from({ length: 42 }, (_, i) => DAMAGED.ring((42 - i) % 42)),
      ['dt_pair_a', 'dt_pair_b'],
      ['dt_self'],
    ]);
    expect(cycles[0].message.ms).toBe('"Cincin 0", "Cincin 41", "Cincin 40", "Cincin 39" dan 38 lagi menamakan satu sama lain sebagai induk dalam satu kitaran, setiap satu induk bagi yang sebelumnya, maka tiada aplikasi di puncaknya.');
    expect(cycles[2].message.en).toBe('"Modul Diri" names itself as its parent, so no application heads it.');
  });

  // removed with its whole cycle, a part left no tree another element names: nothing reran module.parentCycle
  it.each([[['dt_self']], [['dt_pair_a', 'dt_pair_b']]])('drops the cycle’s finding when %j is removed, and gives it back on undo', (ids) => {
    const doc = withDamagedTrees(makeVariedDocument(60, 1), 1);
    const checker = createChecker();
    checker.check(doc);
    const removed = executeCommand(doc, 'element.remove', { ids });
    const cycles = (r: CheckReport) => r.problems.filter((p) => p.ruleId === 'module.parentCycle').map((p) => p.elementIds.join());
    expect(cycles(checker.check(removed.doc, removed.patches))).not.toContain(ids.join());
    expect(lines(checker.check(removed.doc, removed.patches))).toEqual(lines(checkDocument(removed.doc)));
    const undone = executeCommand(removed.doc, 'element.add', { element: doc.elements.get(ids[0])!, viewId: Object.keys(doc.views)[0] });
    expect(lines(checker.check(undone.doc, undone.patches))).toEqual(lines(checkDocument(undone.doc)));
  });

  it('gives a full check’s findings in report order after each edit and undo', { timeout: SLOW_MACHINE_LIMIT_MS }, () => {
    let stepsChecked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(stepArbitrary, { minLength: 1, maxLength: 10 }), fc.boolean(), (modelSeed, steps, withPatches) => {
        const doc = withDamagedTrees(makeVariedDocument(300, modelSeed), modelSeed);
        const checker = createChecker();
        checker.check(doc);
        // an edit refused (e.g. a parent of a kind the model does not allow) is skipped: the user gets a message
        replayWithUndos(doc, steps, edit, (edited, patches, step, k) => {
          stepsChecked++;
          expect(lines(checker.check(edited, withPatches ? patches : undefined)), `step ${k}: ${JSON.stringify(step)}`).toEqual(lines(checkDocument(edited)));
        });
      }),
      { numRuns: 30, seed: 20 },
    );
    // the script's edits were made and checked, not all refused
    expect(stepsChecked).toBeGreaterThan(30);
  });
});
