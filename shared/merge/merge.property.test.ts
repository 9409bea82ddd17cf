/**
 * Property tests of the three-way merge over random documents and random edit scripts on both sides
 * (test/helpers/edit-scripts.ts). Seeded: the same seed gives the same cases; a failure prints its
 * seed and path, and LAKAR_MERGE_SEED / LAKAR_MERGE_RUNS reproduce or widen a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch, initialState, undo } from '../commands';
import { collectionsOf, deepEqual, entitiesOf, flattenEntity, keyPath, PROJECT_ENTITY, projectEntity } from '../diff/structure';
import type { LakarDocument } from '../model/schema';
import { fromWire, toDocumentData, toWire } from '../model/wire';
import { applyScript, documentArbitrary, scriptArbitrary } from '../../test/helpers/edit-scripts';
import { mergeDocuments, validateDocument, type MergeConflict, type MergeResult, type Side } from '.';
import { isRowList, mergeListByIdentity } from './lists';

/** A list both sides changed that merges row by row (lists.ts): no conflict, each side's rows kept. */
const mergesByRow = (lb: unknown, lm: unknown, lt: unknown) => isRowList(lb, lm, lt) && mergeListByIdentity((lb as unknown[] | undefined) ?? [], lm as unknown[], lt as unknown[]) !== null;

/** Every row `edited` added or changed is in `got`, and every row it removed is gone (rows are strings or have ids). */
function rowChangesKept(before: unknown, edited: unknown, got: unknown, where: string): void {
  const key = (r: unknown) => (typeof r === 'string' ? r : (r as { id: string }).id);
  const rows = (l: unknown) => new Map(((l as unknown[] | undefined) ?? []).map((r) => [key(r), r]));
  const [b, e, g] = [rows(before), rows(edited), rows(got)];
  for (const [k, r] of e) if (!deepEqual(b.get(k), r)) expect(g.get(k), `${where} row ${k}`).toEqual(r);
  for (const k of b.keys()) if (!e.has(k)) expect(g.has(k), `${where} row ${k} removed`).toBe(false);
}

const SEED = Number(process.env.LAKAR_MERGE_SEED ?? 20260115);
const RUNS = Number(process.env.LAKAR_MERGE_RUNS ?? 1000);

const caseArbitrary = fc.record({ base: documentArbitrary, mine: scriptArbitrary, theirs: scriptArbitrary, answers: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }) }).map(({ base, mine, theirs, answers }) => ({
  base,
  mine: applyScript(base, mine, 'm'),
  theirs: applyScript(base, theirs, 't'),
  answers,
}));

const entityOf = (doc: object, collection: string, id: string, collections: string[]) => (collection === PROJECT_ENTITY ? projectEntity(doc, collections) : entitiesOf(doc, collection)[id]);

/** A conflict over the whole entity (not one of its fields). */
const entityConflict = (conflicts: MergeConflict[], collection: string, id: string) => conflicts.some((c) => c.collection === collection && c.entityId === id && c.kind !== 'field');
/** Whether the entity is work that depends on a deleted element (its fate follows that conflict's answer). */
const dependent = (conflicts: MergeConflict[], collection: string, id: string) => conflicts.some((c) => (c.dependents ?? []).some((d) => d.collection === collection && d.id === id));
/** Whether element `id` is in a conflict that decides its nodes too (its deletion, or two elements under its id). */
const nodeFollowsElement = (conflicts: MergeConflict[], id: string) => conflicts.some((c) => c.collection === 'elements' && c.entityId === id && c.kind !== 'field' && c.kind !== 'invalid');

/** Whether `rid` joins or carries an element whose deletion is in a conflict (its fate follows that answer). */
function joinsConflictedElement(conflicts: MergeConflict[], docs: object[], rid: string): boolean {
  return docs.some((d) => {
    const r = entitiesOf(d, 'relations')[rid] as { source?: string; target?: string; dataEntityIds?: string[] } | undefined;
    return r !== undefined && conflicts.some((c) => c.collection === 'elements' && c.kind !== 'field' && (r.source === c.entityId || r.target === c.entityId || r.dataEntityIds?.includes(c.entityId)));
  });
}

/**
 * Every change `edited` made from `base` that is in no conflict is in the merged document, whatever
 * the answers to the conflicts (a node may be put back inside its band: then the merge says so).
 */
function assertNothingLost(base: LakarDocument, edited: LakarDocument, other: LakarDocument, result: MergeResult<LakarDocument>): void {
  const collections = collectionsOf(base, edited, result.doc);
  const { conflicts } = result;
  const clamped = new Set(result.adjustments.filter((a) => a.key === 'nodeClamped').map((a) => `${a.id}/${a.detail}`));
  const checkEntity = (collection: string, id: string) => {
    const [b, e, o, got] = [base, edited, other, result.doc].map((d) => entityOf(d, collection, id, collections));
    if (deepEqual(b, e)) return; // this side did not touch it
    if (entityConflict(conflicts, collection, id)) return;
    if (collection !== 'views' && dependent(conflicts, collection, id)) return;
    if (collection === 'relations' && joinsConflictedElement(conflicts, [edited, other, base], id)) return;
    if (e === undefined) {
      // both sides deleted views until none was left: the merge keeps one side's views, and says so
      if (result.adjustments.some((a) => a.key === 'viewKept' && a.collection === collection && a.id === id)) return;
      expect(got, `${collection}/${id} deleted by one side without a conflict`).toBeUndefined();
      return;
    }
    if (b !== undefined && o === undefined) return; // deleted by the other side: must be a conflict (assertConflictsReported)
    const fb = flattenEntity(collection, b);
    const fe = flattenEntity(collection, e);
    const fg = flattenEntity(collection, got);
    for (const key of new Set([...fb.keys(), ...fe.keys()])) {
      if (deepEqual(fb.get(key), fe.get(key))) continue;
      const path = keyPath(key);
      if (conflicts.some((c) => c.collection === collection && c.entityId === id && deepEqual(c.path, path))) continue;
      if (collection === 'views' && path[0] === 'nodes' && (nodeFollowsElement(conflicts, path[1]) || clamped.has(`${id}/${path[1]}`))) continue;
      // a container this side emptied may hold what the other side (or a kept element) put in it
      const emptied = deepEqual(fe.get(key), {}) && [...fg.keys()].some((k) => k.startsWith(key.slice(0, -1)));
      if (emptied) continue;
      // a list the other side changed too, merged row by row: this side's rows are in it
      const fo = flattenEntity(collection, o);
      if (!deepEqual(fb.get(key), fo.get(key)) && mergesByRow(fb.get(key), fe.get(key), fo.get(key))) rowChangesKept(fb.get(key), fe.get(key), fg.get(key), `${collection}/${id} ${path.join('.')}`);
      else expect(fg.get(key), `${collection}/${id} ${path.join('.')}`).toEqual(fe.get(key));
    }
  };
  if (!deepEqual(projectEntity(base, collections), projectEntity(edited, collections))) checkEntity(PROJECT_ENTITY, PROJECT_ENTITY);
  for (const c of collections) {
    const ids = new Set([...Object.keys(entitiesOf(base, c)), ...Object.keys(entitiesOf(edited, c))]);
    for (const id of ids) checkEntity(c, id);
  }
}

/** Both sides changed the same thing differently, or one deleted what the other changed: must be reported. */
function assertConflictsReported(base: LakarDocument, mine: LakarDocument, theirs: LakarDocument, conflicts: MergeConflict[]): void {
  const collections = collectionsOf(base, mine, theirs);
  const ids = (c: string) => new Set([...Object.keys(entitiesOf(base, c)), ...Object.keys(entitiesOf(mine, c)), ...Object.keys(entitiesOf(theirs, c))]);
  const check = (collection: string, id: string) => {
    const [b, m, t] = [base, mine, theirs].map((d) => entityOf(d, collection, id, collections));
    if (deepEqual(m, t) || deepEqual(b, m) || deepEqual(b, t)) return;
    const whole = entityConflict(conflicts, collection, id);
    if (m === undefined || t === undefined || b === undefined) {
      const folded = collection === 'relations' && joinsConflictedElement(conflicts, [base, mine, theirs], id);
      expect(whole || folded, `${collection}/${id}: delete/edit or double add without a conflict`).toBe(true);
      return;
    }
    if (whole) return;
    const [fb, fm, ft] = [b, m, t].map((x) => flattenEntity(collection, x));
    for (const key of new Set([...fb.keys(), ...fm.keys(), ...ft.keys()])) {
      const [lb, lm, lt] = [fb.get(key), fm.get(key), ft.get(key)];
      if (deepEqual(lm, lt) || deepEqual(lb, lm) || deepEqual(lb, lt) || mergesByRow(lb, lm, lt)) continue;
      const path = keyPath(key);
      const found = conflicts.some((c) => c.collection === collection && c.entityId === id && deepEqual(c.path, path)) || (collection === 'views' && path[0] === 'nodes' && nodeFollowsElement(conflicts, path[1]));
      expect(found, `${collection}/${id} ${path.join('.')} changed both ways without a conflict`).toBe(true);
    }
  };
  check(PROJECT_ENTITY, PROJECT_ENTITY);
  for (const c of collections) for (const id of ids(c)) check(c, id);
}

/** Every reported conflict is real: both sides touched that field or entity. */
function assertConflictsJustified(base: LakarDocument, mine: LakarDocument, theirs: LakarDocument, conflicts: MergeConflict[]): void {
  const collections = collectionsOf(base, mine, theirs);
  for (const c of conflicts) {
    const [b, m, t] = [base, mine, theirs].map((d) => entityOf(d, c.collection, c.entityId, collections));
    if (c.kind === 'field') {
      const key = JSON.stringify(c.path);
      const [lb, lm, lt] = [b, m, t].map((x) => flattenEntity(c.collection, x).get(key));
      expect(!deepEqual(lb, lm) && !deepEqual(lb, lt) && !deepEqual(lm, lt), `field conflict ${c.id}`).toBe(true);
    } else if (c.kind === 'idCollision') {
      expect(b === undefined && m !== undefined && t !== undefined && !deepEqual(m, t)).toBe(true);
    } else if (c.kind === 'deleteEdit' || c.kind === 'deletedEnd') {
      const deleted = c.deletedBy === 'mine' ? m : t;
      expect(deleted, `${c.id} deleted side`).toBeUndefined();
      expect(b).toBeDefined();
      if (c.kind === 'deletedEnd') expect(c.dependents!.length).toBeGreaterThan(0);
      else expect(deepEqual(b, c.deletedBy === 'mine' ? t : m) && !(c.dependents?.length), `${c.id} edited side`).toBe(false);
    } else {
      expect(!deepEqual(b, m) && !deepEqual(b, t), `invalid combination ${c.id}`).toBe(true);
    }
  }
}

describe('mergeDocuments on random documents and random edits of both sides', () => {
  it(`keeps every non-conflicting change, reports exactly the real conflicts, and always gives a valid model (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(caseArbitrary, ({ base, mine, theirs, answers }) => {
        const auto = mergeDocuments(base, mine, theirs);
        assertConflictsJustified(base, mine, theirs, auto.conflicts);
        assertConflictsReported(base, mine, theirs, auto.conflicts);
        const answerOf = (i: number): Side => (answers[i % answers.length] ? 'mine' : 'theirs');
        const mixed = Object.fromEntries(auto.conflicts.map((c, i) => [c.id, answerOf(i)]));
        for (const options of [{ prefer: 'mine' as const }, { prefer: 'theirs' as const }, { resolutions: mixed }]) {
          const r = mergeDocuments(base, mine, theirs, options);
          expect(r.conflicts).toEqual(auto.conflicts);
          expect(validateDocument(r.doc), JSON.stringify(options)).toEqual([]);
          assertNothingLost(base, mine, theirs, r);
          assertNothingLost(base, theirs, mine, r);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);

  it('is the identity when merging a side with itself or with the base', () => {
    fc.assert(
      fc.property(documentArbitrary, scriptArbitrary, (base, script) => {
        const edited = applyScript(base, script, 'm');
        for (const [m, t] of [
          [edited, fromWire(structuredClone(toWire(edited)))], // a copy as another process would get it
          [edited, base],
          [base, edited],
        ]) {
          const r = mergeDocuments(base, m, t);
          expect(r.conflicts).toEqual([]);
          expect(r.adjustments).toEqual([]);
          expect(r.doc).toEqual(edited);
        }
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  }, 300_000);

  it('merges tables read in line (listing-walk.ts) as it merges the same documents given as records, id by id', () => {
    fc.assert(
      fc.property(caseArbitrary, ({ base, mine, theirs, answers }) => {
        const asRecords = mergeDocuments(toDocumentData(base), toDocumentData(mine), toDocumentData(theirs), { prefer: answers[0] ? 'mine' : 'theirs' });
        const asTables = mergeDocuments(base, mine, theirs, { prefer: answers[0] ? 'mine' : 'theirs' });
        expect(toDocumentData(asTables.doc)).toEqual(asRecords.doc);
        expect(Object.keys(toDocumentData(asTables.doc).elements)).toEqual(Object.keys(asRecords.doc.elements));
        expect(Object.keys(toDocumentData(asTables.doc).relations)).toEqual(Object.keys(asRecords.doc.relations));
        expect(asTables.conflicts).toEqual(asRecords.conflicts);
        expect(asTables.adjustments).toEqual(asRecords.adjustments);
      }),
      { seed: SEED + 3, numRuns: RUNS / 2 },
    );
  });

  it('merges documents that share their unchanged items (one object on every side) as it merges separate copies of them', () => {
    // edit scripts share what they leave, as the merge command's check shares with the open project
    // what the other two files hold unchanged (parse-reusing.ts): the merge passes over such items
    const copy = (d: LakarDocument) => fromWire(structuredClone(toWire(d)));
    fc.assert(
      fc.property(caseArbitrary, ({ base, mine, theirs, answers }) => {
        const options = { prefer: answers[0] ? ('mine' as const) : ('theirs' as const) };
        const shared = mergeDocuments(base, mine, theirs, options);
        const separate = mergeDocuments(copy(base), copy(mine), copy(theirs), options);
        expect(toDocumentData(shared.doc)).toEqual(toDocumentData(separate.doc));
        for (const c of ['elements', 'relations'] as const) expect(shared.doc[c].ids()).toEqual(separate.doc[c].ids());
        expect(Object.keys(shared.doc.views)).toEqual(Object.keys(separate.doc.views));
        expect(shared.conflicts).toEqual(separate.conflicts);
        expect(shared.adjustments).toEqual(separate.adjustments);
      }),
      { seed: SEED + 4, numRuns: RUNS / 2 },
    );
  });

  it('applies as merge.apply, from files not sharing anything with the open project, the merge of the same documents, and undo gives the project back', () => {
    const copy = (d: LakarDocument) => fromWire(structuredClone(toWire(d)));
    fc.assert(
      fc.property(caseArbitrary, ({ base, mine, theirs, answers }) => {
        const prefer = answers[0] ? ('mine' as const) : ('theirs' as const);
        const expected = mergeDocuments(base, mine, theirs, { prefer }).doc;
        const applied = dispatch(initialState(mine), 'merge.apply', { base: copy(base), theirs: copy(theirs), prefer }).state;
        const got = toDocumentData(applied.doc);
        expect(got).toEqual(toDocumentData(expected));
        // the open project's order, what the merge added last (as the command writes it)
        const order = (d: LakarDocument, c: 'elements' | 'relations') => [...d[c].ids().filter((id) => expected[c].has(id)), ...expected[c].ids().filter((id) => !d[c].has(id))];
        for (const c of ['elements', 'relations'] as const) expect(applied.doc[c].ids()).toEqual(order(mine, c));
        const back = undo(applied).state.doc;
        expect(JSON.stringify(back)).toBe(JSON.stringify(mine));
      }),
      { seed: SEED + 5, numRuns: RUNS / 4 },
    );
  });

  it('edits scripts make valid documents (the generator itself is sound)', () => {
    fc.assert(
      fc.property(documentArbitrary, scriptArbitrary, (base, script) => {
        expect(validateDocument(base)).toEqual([]);
        expect(validateDocument(applyScript(base, script, 'm'))).toEqual([]);
      }),
      { seed: SEED + 2, numRuns: 200 },
    );
  });
});
