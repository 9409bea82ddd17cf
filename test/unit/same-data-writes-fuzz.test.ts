/**
 * An edit writing an item that holds the same data as the stored one writes nothing (TableDraft.set,
 * element.update: `sameData`). On random scripts of edits — names, fields, parents, relations, views,
 * edits giving the values an element has (a trailing space the schema trims, its parent or agency
 * again) in typing bursts (`mergeKey`), a flow's data listed in another order, a merge, undos and redos — the documents after each step, and
 * how many steps there are to undo and redo, are those of a run where every write is made (sameData
 * never true), once an edit leaving the document as it was counts as none in both runs.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { documentArbitrary, scriptArbitrary, commandFor, applyScript, type EditStep } from '../helpers/edit-scripts';
import type { LakarDocument } from '../../shared/model';
import { CommandError, dispatch, executeCommand, initialState, redo, undo, type EditorState } from '../../shared/commands';

const flags = vi.hoisted(() => ({ alwaysWrite: false }));
vi.mock('../../shared/model/parse-reusing', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../shared/model/parse-reusing')>();
  return { ...m, sameData: (a: unknown, b: unknown) => (flags.alwaysWrite ? false : m.sameData(a, b)) };
});

type Json = Record<string, unknown>;
const sortKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .filter((k) => (v as Json)[k] !== undefined)
            .sort()
            .map((k) => [k, sortKeys((v as Json)[k])]),
        )
      : v;
// boxes by id only: an element.update giving the values the element has no longer draws again the views
// showing it (a view left not as drawn, by a merge say, keeps its stored boxes; the canvas draws them as before)
const content = (d: LakarDocument) =>
  JSON.stringify(sortKeys({ meta: d.meta, elements: d.elements.toRecord(), relations: d.relations.toRecord(), views: Object.values(d.views).map((v) => ({ ...v, nodes: Object.keys(v.nodes) })) }));
/** What a user sees the order of (the stored items' own members aside). */
const order = (d: LakarDocument) => JSON.stringify({ e: d.elements.ids(), r: d.relations.ids(), v: Object.keys(d.views), n: Object.values(d.views).map((v) => Object.keys(v.nodes)) });

type Op = { t: 'edit'; step: EditStep; typing: boolean } | { t: 'undo' } | { t: 'redo' } | { t: 'same'; e: number; v: number } | { t: 'carryAll'; r: number; v: number } | { t: 'merge' };

/** The command `op` stands for in `doc`, with its merge key; null when none. */
function commandOf(doc: LakarDocument, op: Op, start: LakarDocument, theirs: LakarDocument): [string, unknown, string | undefined] | null {
  if (op.t === 'edit') {
    const cmd = commandFor(doc, op.step, 'a');
    return cmd && [cmd[0], cmd[1], op.typing ? 'typing' : undefined];
  }
  if (op.t === 'merge') return ['merge.apply', { base: start, theirs, prefer: 'mine' }, undefined];
  if (op.t === 'carryAll') {
    // a flow carrying every data entity, in one order or the other: the same list in another order is a change
    const flows = doc.relations.values().filter((r) => r.kind === 'dataFlow');
    const data = doc.elements.ids().filter((id) => doc.elements.get(id)!.kind === 'dataEntity');
    if (!flows.length || !data.length) return null;
    return ['relation.update', { id: flows[op.r % flows.length].id, patch: { dataEntityIds: op.v % 2 ? data : [...data].reverse() } }, undefined];
  }
  if (op.t !== 'same') return null;
  const ids = doc.elements.ids();
  if (!ids.length) return null;
  const e = doc.elements.get(ids[op.e % ids.length]) as Json & { id: string; name: string };
  // the values it has: its name with a trailing space the schema trims, its parent, its agency (and no description)
  const patch = op.v === 0 ? { name: `${e.name} ` } : op.v === 1 ? { parentId: e.parentId } : { agency: e.agency, description: undefined };
  return ['element.update', { id: e.id, patch }, 'typing'];
}

function run(start: LakarDocument, ops: readonly Op[], theirs: LakarDocument, alwaysWrite: boolean): string[] {
  flags.alwaysWrite = alwaysWrite;
  let state: EditorState = initialState(start);
  const out: string[] = [];
  try {
    for (const op of ops) {
      if (op.t === 'undo') state = undo(state).state;
      else if (op.t === 'redo') state = redo(state).state;
      const cmd = commandOf(state.doc, op, start, theirs);
      if (cmd) {
        try {
          const next = dispatch(state, cmd[0], cmd[1], { mergeKey: cmd[2] }).state;
          // an edit leaving the document as it was is none (in both runs: writing every item, such an
          // edit makes patches)
          if (content(next.doc) !== content(state.doc) || order(next.doc) !== order(state.doc)) state = next;
        } catch (e) {
          if (!(e instanceof CommandError)) throw e;
        }
      }
      out.push(`${content(state.doc)}\n${order(state.doc)}\nundo ${state.past.length} redo ${state.future.length}`);
    }
  } finally {
    flags.alwaysWrite = false;
  }
  return out;
}

/** The first difference of two runs, readable: the step, which part, and the text around it. */
function firstDifference(a: string[], b: string[], ops: readonly Op[]): string | null {
  const i = a.findIndex((x, k) => x !== b[k]);
  if (i < 0) return null;
  const [pa, pb] = [a[i].split('\n'), b[i].split('\n')];
  const part = pa.findIndex((x, k) => x !== pb[k]);
  let at = 0;
  while (pa[part][at] === pb[part][at]) at++;
  const around = (s: string) => s.slice(Math.max(0, at - 200), at + 200);
  return `after ${JSON.stringify(ops.slice(0, i + 1))}\nskipping: ${around(pa[part])}\nwriting:  ${around(pb[part])}`;
}

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ t: fc.constant('edit' as const), step: scriptArbitrary.filter((s) => s.length > 0).map((s) => s[0]), typing: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('undo' as const) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('redo' as const) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('same' as const), e: fc.nat(40), v: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('carryAll' as const), r: fc.nat(20), v: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('merge' as const) }) },
);

/** `doc` with two applications, a data flow between them and three data entities besides (so `carryAll` has a flow and data). */
function withFlow(doc: LakarDocument): LakarDocument {
  const el = (id: string, kind: string) => ({ id, kind, name: `Tetap ${id}` });
  const elements = [el('fa', 'application'), el('fb', 'application'), el('d1', 'dataEntity'), el('d2', 'dataEntity'), el('d3', 'dataEntity')];
  return executeCommand(doc, 'element.addMany', { elements, relations: [{ id: 'ff', kind: 'dataFlow', source: 'fa', target: 'fb', method: 'api' }], viewId: 'view_main' }).doc;
}

describe('edits writing items equal to the stored ones', () => {
  it('leave the documents, undo and redo as writing them did', () => {
    fc.assert(
      fc.property(documentArbitrary.map(withFlow), fc.array(opArbitrary, { maxLength: 14 }), scriptArbitrary, (doc, ops, theirScript) => {
        const theirs = applyScript(doc, theirScript, 'b');
        expect(firstDifference(run(doc, ops, theirs, false), run(doc, ops, theirs, true), ops)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
