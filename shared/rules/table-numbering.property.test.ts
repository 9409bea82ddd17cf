import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Table, type Element, type LakarDocument, type Relation } from '../model';
import { ELEMENT_KINDS, RELATION_RULES } from '../model/kinds';
import { CLASSIFICATIONS } from '../model/vocabulary';
import { CommandError, dispatch, initialState, redo, undo, type EditorState } from '../commands';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { numberTablesBefore } from '../../test/helpers/table-numbering-before';
import { hashOf } from './id-slots';
import { numberingOf, type TableNumbering } from './table-numbering';
import { checkDocument, createChecker } from './index';
import type { CheckReport } from './types';

// Pairs of ids whose whole 32-bit hashes are equal (found by search): the slots' table tells them
// apart only by comparing the keys.
const COLLIDING = [
  ['el_txpcqlg', 'el_iborfqt'],
  ['el_l0dkkuc', 'el_tkc0v7k'],
  ['el_y0vd0d3', 'el_9avzizm'],
];

// Ids an element key, an element's own id, a relation's key or id, an end or a carried id may be:
// array indices (a table lists them first), an empty id, names Object.prototype has, the colliding ids.
const POOL = ['el_a', 'el_b', 'el_c', 'el_d', 'rel_a', 'rel_b', '0', '42', '7', '', '__proto__', 'constructor', 'Ünî', ...COLLIDING.flat()];
const ELEMENT_KIND_NAMES = [...ELEMENT_KINDS.map((k) => k.kind), 'notAKind'];
const RELATION_KIND_NAMES = [...Object.keys(RELATION_RULES), 'notAKind'];

/** The same characters in a string of its own (a document read from JSON shares none with its keys). */
const own = (s: string): string => (' ' + s).slice(1);
const anId = fc.constantFrom(...POOL).chain((s) => fc.constantFrom(s, own(s)));

/** An element as a hand-built table may hold it: under its own id or under another key. */
const anElement = fc.record({
  key: anId,
  id: fc.option(anId, { nil: undefined }),
  kind: fc.constantFrom(...ELEMENT_KIND_NAMES),
  parentId: fc.option(anId, { nil: undefined }),
});
/** A relation: ends elements', relations', no one's, the same end twice; what a flow carries, repeated or not. */
const aRelation = fc.record({
  key: anId,
  id: fc.option(anId, { nil: undefined }),
  kind: fc.constantFrom(...RELATION_KIND_NAMES, 'dataFlow', 'dataFlow'),
  source: anId,
  target: fc.option(anId, { nil: undefined }),
  dataEntityIds: fc.option(fc.array(anId, { maxLength: 5 }), { nil: undefined }),
  classification: fc.option(fc.constantFrom(...CLASSIFICATIONS, 'notAClass'), { nil: undefined }),
});

type Tables = Pick<LakarDocument, 'elements' | 'relations'>;

const tablesArb = fc
  .record({ elements: fc.array(anElement, { maxLength: 14 }), relations: fc.array(aRelation, { maxLength: 14 }) })
  .map(({ elements, relations }): Tables => ({
    elements: Table.fromEntries(
      elements.map((e) => [e.key, { id: e.id ?? e.key, kind: e.kind, name: `n ${e.key}`, ...(e.parentId !== undefined ? { parentId: e.parentId } : {}) } as unknown as Element] as const),
    ),
    relations: Table.fromEntries(
      relations.map((r) => {
        const item: Record<string, unknown> = { id: r.id ?? r.key, kind: r.kind, source: r.source, target: r.target ?? r.source };
        if (r.dataEntityIds) item.dataEntityIds = r.dataEntityIds;
        if (r.classification) item.classification = r.classification;
        return [r.key, item as unknown as Relation] as const;
      }),
    ),
  }));

/** What a numbering says, as plain data: the slot of every id it may be asked, and everything else. */
function described(numbering: TableNumbering, tables: Tables): unknown {
  const asked = new Set<string>(POOL);
  for (const r of tables.relations.values()) {
    asked.add(r.source);
    asked.add(r.target);
    for (const id of (r as { dataEntityIds?: string[] }).dataEntityIds ?? []) asked.add(id);
  }
  const { carried } = numbering;
  return {
    size: numbering.slotOf.size,
    slots: [...asked].map((id) => [id, numbering.slotOf.get(id)]),
    elementCodes: [...numbering.elementCodes],
    relationCodes: [...numbering.relationCodes],
    ends: [...numbering.ends],
    keysAreIds: numbering.keysAreIds,
    relationKeysAreIds: numbering.relationKeysAreIds,
    parts: [numbering.partSlots, numbering.partIds, numbering.parentIds],
    carried: {
      serialOf: [...carried.serialOf],
      // by place in the table: the very element, not an equal one
      elements: carried.elements.map((e) => (e ? tables.elements.values().indexOf(e) : null)),
      flowPlaces: [...carried.flowPlaces],
      starts: [...carried.starts],
      serials: [...carried.serials],
    },
    flowRanks: [...numbering.flowRanks],
    carriesNonData: [...numbering.carriesNonData],
  };
}

const before = (tables: Tables): unknown =>
  described(numberTablesBefore(tables.elements.ids(), tables.elements.values(), tables.relations.ids(), tables.relations.values()), tables);

/** Every finding in report order, as text. */
function findingsDigest(report: CheckReport): string {
  return report.problems.map((p) => [p.ruleId, p.severity, p.message.en, p.elementIds.join(','), p.relationIds.join(','), JSON.stringify(p.params ?? null)].join('|')).join('\n');
}

describe('the numbering of a document’s tables', () => {
  it('the colliding ids share their whole hash', () => {
    for (const [a, b] of COLLIDING) expect(hashOf(a)).toBe(hashOf(b));
  });

  it('is the one main gave before session 28, for any tables: keys not ids, ends no element has or a relation’s, colliding ids, carried ids repeated or none', () => {
    fc.assert(
      fc.property(tablesArb, (tables) => {
        const expected = before(tables);
        // numbered now
        const made = numberingOf(tables, true);
        expect(described(made, tables)).toEqual(expected);
        // then taken as kept, and numbered again when asked as unseen
        expect(numberingOf(tables)).toBe(made);
        const again = numberingOf(tables, true);
        expect(again).not.toBe(made);
        expect(described(again, tables)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('checked finds the same with the numbering kept, made anew, and on a copy of the tables no check saw', () => {
    fc.assert(
      fc.property(tablesArb, (tables) => {
        const doc: LakarDocument = { ...makeDocument(), ...tables };
        const copy: LakarDocument = { ...doc, elements: Table.fromEntries(doc.elements.ids().map((id) => [own(id), doc.elements.get(id)!] as const)), relations: Table.fromEntries(doc.relations.ids().map((id) => [own(id), doc.relations.get(id)!] as const)) };
        const first = findingsDigest(checkDocument(doc, { tablesUnseen: true }));
        expect(findingsDigest(checkDocument(doc))).toBe(first);
        expect(findingsDigest(checkDocument(doc, { tablesUnseen: true }))).toBe(first);
        expect(findingsDigest(checkDocument(copy))).toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it('of the empty tables is the empty numbering main gave', () => {
    const tables: Tables = { elements: Table.fromEntries([]), relations: Table.fromEntries([]) };
    expect(described(numberingOf(tables, true), tables)).toEqual(before(tables));
  });

  it('kept for one pair of tables is never given for another: either table swapped, as edits and undo make them', () => {
    fc.assert(
      fc.property(fc.array(tablesArb, { minLength: 2, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (sets, picks) => {
        for (const [i, j] of picks) {
          // the elements of one set with the relations of another (a document given another element table)
          const tables: Tables = { elements: sets[i % sets.length].elements, relations: sets[j % sets.length].relations };
          expect(described(numberingOf(tables), tables)).toEqual(before(tables));
        }
      }),
      { numRuns: 100 },
    );
  });
});

// The checker over documents edited and undone: the findings of its full check (numbering kept or
// made anew), of the editor's incremental check and of a check of a copy of the tables never checked.
describe('a check as the tables change, with and without tablesUnseen', () => {
  const KINDS = ['application', 'dataEntity', 'externalSystem', 'module'] as const;
  type Step = { op: 'addElement'; kind: (typeof KINDS)[number]; parent: number } | { op: 'addRelation'; kind: string; a: number; b: number; carries: number[] } | { op: 'remove'; which: number } | { op: 'undo' } | { op: 'redo' };
  const aStep: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ op: fc.constant('addElement' as const), kind: fc.constantFrom(...KINDS), parent: fc.nat() }),
    fc.record({ op: fc.constant('addRelation' as const), kind: fc.constantFrom('dataFlow', 'association', 'accesses'), a: fc.nat(), b: fc.nat(), carries: fc.array(fc.nat(), { maxLength: 3 }) }),
    fc.record({ op: fc.constant('remove' as const), which: fc.nat() }),
    fc.constant({ op: 'undo' as const }),
    fc.constant({ op: 'redo' as const }),
  );

  /** `step` done on `state`; `state` when the command refuses it (an end or a carried id it does not allow). */
  function apply(state: EditorState, step: Step, n: number): EditorState {
    try {
      return tried(state, step, n);
    } catch (e) {
      if (e instanceof CommandError) return state;
      throw e;
    }
  }

  function tried(state: EditorState, step: Step, n: number): EditorState {
    const ids = state.doc.elements.ids();
    // some ends name no element (dangling) or a relation
    const endOf = (x: number) => (x % 7 === 6 ? `el_gone_${x % 3}` : x % 7 === 5 && state.doc.relations.size > 0 ? state.doc.relations.ids()[x % state.doc.relations.size] : ids[x % Math.max(1, ids.length)] ?? 'el_none');
    switch (step.op) {
      case 'undo':
        return undo(state).state;
      case 'redo':
        return redo(state).state;
      case 'addElement': {
        const extra = step.kind === 'module' ? { parentId: endOf(step.parent) } : {};
        return dispatch(state, 'element.add', { element: makeElement(step.kind, { id: `el_s${n}`, name: `E ${n % 3}`, ...extra } as never), viewId: 'view_main' }).state;
      }
      case 'addRelation': {
        const extra = step.kind === 'dataFlow' ? { dataEntityIds: step.carries.map(endOf) } : {};
        return dispatch(state, 'relation.add', { relation: makeRelation(step.kind as Relation['kind'], endOf(step.a), endOf(step.b), { id: `rel_s${n}`, ...extra } as never) }).state;
      }
      case 'remove': {
        const rels = state.doc.relations.ids();
        if (step.which % 2 === 0 && rels.length > 0) return dispatch(state, 'relation.remove', { ids: [rels[step.which % rels.length]] }).state;
        if (ids.length === 0) return state;
        return dispatch(state, 'element.remove', { ids: [ids[step.which % ids.length]] }).state;
      }
    }
  }

  it('finds the same with the numbering kept, made anew and on tables no check saw, after any edits and undos', () => {
    const start = makeDocument([
      makeElement('application', { id: 'el_app1', name: 'A' }),
      makeElement('application', { id: 'el_app2', name: 'B' }),
      makeElement('dataEntity', { id: 'el_data1', name: 'D' }),
      makeElement('externalSystem', { id: 'el_ext1', name: 'X' }),
    ]);
    fc.assert(
      fc.property(fc.array(aStep, { maxLength: 10 }), (steps) => {
        let state = initialState(start);
        const editor = createChecker();
        editor.check(state.doc);
        steps.forEach((step, n) => {
          state = apply(state, step, n);
          const doc = state.doc;
          const kept = findingsDigest(checkDocument(doc));
          expect(findingsDigest(checkDocument(doc, { tablesUnseen: true }))).toBe(kept);
          expect(findingsDigest(editor.check(doc))).toBe(kept);
          const copy: LakarDocument = { ...doc, elements: Table.fromEntries(doc.elements.ids().map((id) => [own(id), doc.elements.get(id)!] as const)), relations: Table.fromEntries(doc.relations.ids().map((id) => [own(id), doc.relations.get(id)!] as const)) };
          expect(findingsDigest(checkDocument(copy))).toBe(kept);
          expect(described(numberingOf(doc), doc)).toEqual(before(doc));
        });
      }),
      { numRuns: 40 },
    );
  });
});
