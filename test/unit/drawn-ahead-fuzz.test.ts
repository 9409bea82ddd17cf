/**
 * Issue 18: a view not stored as drawn has its boxes as drawn made ahead in idle time
 * (shared/commands/drawn-ahead.ts) and handed on over undo, redo and commands that leave the view
 * alone; its first geometry edit takes them. Stale ones (made for a document that changed since) must
 * never be taken. On random small documents whose views are mostly not stored as drawn, random
 * scripts of every kind of command (renames making a box taller, parents, relations that list a
 * control in a site's box, band resizes, hides, view switches, merges, pastes, moves on either view,
 * undo, redo) give the same documents, patches and history whether the idle preparation ran fully,
 * partly or not at all between the steps, and the same as with no boxes ever made ahead or handed on.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { CommandError, dispatch, initialState, prepareForCommands, redo, undo, type EditorState } from '../../shared/commands';
import { fromDocumentData, toDocumentData, type LakarDocument, type LakarDocumentData } from '../../shared/model';
import { buildScene } from '../../shared/routing/scene';
import { buildDocument, commandFor, type EditStep } from '../helpers/edit-scripts';

// `off`: no boxes made ahead are found or handed on (every command draws the view it needs)
const flags = vi.hoisted(() => ({ off: false }));
vi.mock('../../shared/commands/drawn-ahead', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../shared/commands/drawn-ahead')>();
  return {
    ...m,
    drawnAheadOf: (...a: Parameters<typeof m.drawnAheadOf>) => (flags.off ? undefined : m.drawnAheadOf(...a)),
    drawnAheadIn: (...a: Parameters<typeof m.drawnAheadIn>) => (flags.off ? [] : m.drawnAheadIn(...a)),
    handOnDrawnAhead: (...a: Parameters<typeof m.handOnDrawnAhead>) => (flags.off ? undefined : m.handOnDrawnAhead(...a)),
  };
});

const text = (doc: LakarDocument) => JSON.stringify(toDocumentData(doc));
const reopened = (doc: LakarDocument) => fromDocumentData(JSON.parse(text(doc)) as LakarDocumentData) as LakarDocument;
const WIDE = ['Sistem Aplikasi Negeri', 'Sistem Maklumat Pengurusan Sumber'];
const LONG = 'sistem pengurusan maklumat bersepadu permohonan lesen negeri bagi semua agensi';

/**
 * A document of `kinds` whose views are not stored as drawn where `shift` says: boxes moved off their
 * band, applications given a size, modules put in an application shown on the same view.
 */
function documentOf(kinds: number[], links: [number, number][], second: boolean, shift: number[], parents: number[]): LakarDocument {
  const data = JSON.parse(text(buildDocument(kinds, links, second))) as LakarDocumentData;
  const ids = Object.keys(data.elements);
  shift.forEach((s, i) => {
    const id = ids[i % ids.length];
    for (const view of Object.values(data.views)) {
      const at = view.nodes[id];
      if (!at) continue;
      view.nodes[id] = s % 3 === 0 ? { ...at, y: at.y + 150 + s } : s % 3 === 1 ? { ...at, w: 260, h: 90 } : { ...at, x: at.x + s };
    }
  });
  const apps = ids.filter((id) => data.elements[id].kind === 'application');
  parents.forEach((p, i) => {
    const kids = ids.filter((id) => ['module', 'appService'].includes(data.elements[id].kind));
    if (!apps.length || !kids.length) return;
    (data.elements[kids[i % kids.length]] as { parentId?: string }).parentId = apps[p % apps.length];
  });
  return fromDocumentData(data) as LakarDocument;
}

type Op =
  | { t: 'edit'; step: EditStep }
  | { t: 'taller' | 'shorter' | 'wider'; e: number }
  | { t: 'move2'; e: number; dx: number }
  | { t: 'resize2'; band: number; h: number }
  | { t: 'paste'; n: number; v: number }
  | { t: 'merge' }
  | { t: 'undo' }
  | { t: 'redo' };

/** The command `op` stands for in `doc`, or null when it has nothing to act on. */
function commandOf(doc: LakarDocument, op: Op, k: number, start: LakarDocument): [string, unknown] | null {
  const els = [...doc.elements.ids()].sort();
  const views = Object.keys(doc.views).sort();
  switch (op.t) {
    case 'edit':
      return commandFor(doc, op.step, 'a');
    case 'taller':
    case 'shorter':
    case 'wider': {
      // 'wider': two lines either way, a parent's head wider or narrower (shared/routing/scene.ts headWidth)
      const name = op.t === 'taller' ? LONG : op.t === 'wider' ? WIDE[k % 2] : `Pendek ${k}`;
      const parents = els.filter((id) => els.some((c) => (doc.elements.get(c) as { parentId?: string }).parentId === id));
      const pool = op.t === 'wider' && parents.length ? parents : els;
      return pool.length ? ['element.update', { id: pool[op.e % pool.length], patch: { name } }] : null;
    }
    case 'move2': {
      const viewId = views[views.length - 1];
      const ids = viewId ? Object.keys(doc.views[viewId].nodes) : [];
      const id = ids[op.e % (ids.length || 1)];
      const at = id && doc.views[viewId].nodes[id];
      return at ? ['element.move', { viewId, moves: [{ id, x: at.x + op.dx, y: at.y + 7 }] }] : null;
    }
    case 'resize2': {
      const viewId = views[views.length - 1];
      return viewId ? ['view.resizeBand', { viewId, band: op.band, height: op.h }] : null;
    }
    case 'paste': {
      const viewId = views[op.v % (views.length || 1)];
      const target = els[op.n % (els.length || 1)];
      const elements = [
        { id: `p${k}a`, kind: 'application', name: `Tampal ${k}` },
        { id: `p${k}b`, kind: 'module', name: `Modul tampal ${k}`, parentId: `p${k}a` },
        { id: `p${k}c`, kind: 'securityControl', name: `Kawalan ${k}`, controlType: 'hsm' },
      ];
      const site = els.find((id) => doc.elements.get(id)!.kind === 'site');
      const relations = site ? [{ id: `rp${k}`, kind: 'protects', source: `p${k}c`, target: site }] : [];
      void target;
      return ['element.addMany', { elements, relations, ...(viewId ? { viewId } : {}) }];
    }
    case 'merge': {
      // their side: a rename to a long name and a removal, made on the document the session opened
      const ids = start.elements.ids();
      if (ids.length < 2) return null;
      let theirs = initialState(reopened(start));
      theirs = dispatch(theirs, 'element.update', { id: ids[k % ids.length], patch: { name: LONG } }).state;
      theirs = dispatch(theirs, 'element.remove', { ids: [ids[(k + 1) % ids.length]] }).state;
      return ['merge.apply', { base: reopened(start), theirs: theirs.doc, prefer: 'mine' }];
    }
    default:
      return null;
  }
}

/** Run `op` on `state`; the state unchanged when the command is refused. */
function step(state: EditorState, op: Op, k: number, start: LakarDocument) {
  if (op.t === 'undo') return undo(state);
  if (op.t === 'redo') return redo(state);
  const cmd = commandOf(state.doc, op, k, start);
  if (!cmd) return { state, patches: [] };
  try {
    return dispatch(state, cmd[0], cmd[1]);
  } catch (e) {
    if (e instanceof CommandError) return { state, patches: [] };
    throw e;
  }
}

/** What a user can tell of each step of a run: the document, the patches (journal, save) and the history. */
function run(start: LakarDocument, ops: readonly Op[], prepare: readonly number[] | null, off: boolean): string[] {
  flags.off = off;
  const out: string[] = [];
  try {
    let state = initialState(reopened(start));
    let calls = 0;
    ops.forEach((op, k) => {
      const budget = prepare?.[k % prepare.length] ?? 0;
      // 0: no idle time; 1–3: idle time cut short every few looks at the clock; 4: all of it
      if (budget === 4) while (!prepareForCommands(state.doc, () => true));
      else if (budget > 0) prepareForCommands(state.doc, () => ++calls % (budget * 2) !== 0);
      const r = step(state, op, k, start);
      state = r.state;
      out.push(`${k} ${JSON.stringify(op)}\n${text(state.doc)}\n${JSON.stringify(r.patches)}\nundo ${state.past.length} redo ${state.future.length}`);
    });
  } finally {
    flags.off = false;
  }
  return out;
}

const firstDifference = (a: string[], b: string[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  if (i < 0) return null;
  const [pa, pb] = [a[i].split('\n'), b[i].split('\n')];
  const part = pa.findIndex((x, k) => x !== pb[k]);
  let at = 0;
  while (pa[part][at] === pb[part][at]) at++;
  return `step ${pa[0]} (part ${part})\n  ${pa[part].slice(Math.max(0, at - 150), at + 150)}\n  ${pb[part].slice(Math.max(0, at - 150), at + 150)}`;
};

const small = fc.nat(40);
const editStep: fc.Arbitrary<EditStep> = fc.oneof(
  fc.record({ t: fc.constantFrom('name', 'desc', 'field', 'remove', 'parent'), e: small, v: fc.nat(3) }),
  fc.record({ t: fc.constant('add'), kind: fc.nat(30), n: fc.nat(3) }),
  fc.record({ t: fc.constant('rel'), s: small, e: small, n: fc.nat(3) }),
  fc.record({ t: fc.constantFrom('relKind', 'relEnd', 'relRemove', 'carry'), r: small, v: small }),
  fc.record({ t: fc.constant('move'), e: small, dx: fc.integer({ min: -200, max: 200 }), dy: fc.integer({ min: -60, max: 60 }) }),
  fc.record({ t: fc.constant('resize'), band: fc.nat(6), h: fc.integer({ min: 80, max: 300 }) }),
  fc.record({ t: fc.constantFrom('viewAdd', 'viewRemove', 'hide', 'place'), vi: fc.nat(3), e: small, v: fc.nat(3) }),
);
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('edit' as const), step: editStep }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constantFrom('taller' as const, 'shorter' as const, 'wider' as const), e: small }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('move2' as const), e: small, dx: fc.integer({ min: -150, max: 150 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('resize2' as const), band: fc.nat(6), h: fc.integer({ min: 80, max: 300 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('paste' as const), n: small, v: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('merge' as const) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('undo' as const) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('redo' as const) }) },
);
const documentArbitrary = fc
  .record({
    kinds: fc.array(fc.nat(30), { minLength: 4, maxLength: 14 }),
    links: fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 12 }),
    second: fc.boolean(),
    shift: fc.array(fc.nat(60), { maxLength: 6 }),
    parents: fc.array(fc.nat(5), { maxLength: 3 }),
  })
  .map(({ kinds, links, second, shift, parents }) => documentOf(kinds, links, second, shift, parents));

describe('boxes as drawn made ahead, then documents changed in every way', () => {
  it('give the documents, patches, undo and redo of a session where none were made ahead', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.array(opArbitrary, { minLength: 1, maxLength: 14 }), fc.array(fc.nat(4), { minLength: 1, maxLength: 14 }), (start, ops, prepare) => {
        const none = run(start, ops, null, true);
        expect(firstDifference(run(start, ops, null, false), none)).toBeNull();
        expect(firstDifference(run(start, ops, prepare, false), none)).toBeNull();
      }),
      { numRuns: Number(process.env.LAKAR_DRAWN_FUZZ_RUNS ?? 200), seed: Number(process.env.LAKAR_DRAWN_FUZZ_SEED ?? 27) },
    );
  });
});

describe('a parent renamed to a name its head needs more width for (the same lines)', () => {
  // an application (e0) with a module (e1) drawn inside it, and another application (e2), on a view
  // not stored as drawn (a child stored beside its parent)
  const start = () => {
    const data = JSON.parse(text(buildDocument([0, 0, 0], [], false))) as LakarDocumentData;
    data.elements = {
      e0: { id: 'e0', kind: 'application', name: 'Sistem Aplikasi Negeri' },
      e1: { id: 'e1', kind: 'module', name: 'Modul', parentId: 'e0' },
      e2: { id: 'e2', kind: 'application', name: 'Lain' },
    } as unknown as LakarDocumentData['elements'];
    data.views.view_main.nodes = { e0: { x: 200, y: 724 }, e1: { x: 400, y: 724 }, e2: { x: 600, y: 724 } };
    return fromDocumentData(data) as LakarDocument;
  };
  const renameThenMove = (state: EditorState) => {
    state = dispatch(state, 'element.update', { id: 'e0', patch: { name: 'Sistem Maklumat Pengurusan Sumber' } }).state;
    const at = state.doc.views.view_main.nodes.e2;
    return dispatch(state, 'element.move', { viewId: 'view_main', moves: [{ id: 'e2', x: at.x + 30, y: at.y }] }).state.doc;
  };
  const drawnWidth = (doc: LakarDocument) => buildScene(doc, doc.views.view_main).byId.get('e0')!.w;

  it('is stored as wide as drawn after the next move, whether or not the idle preparation ran before the rename', () => {
    const state = initialState(start());
    while (!prepareForCommands(state.doc, () => true));
    const prepared = renameThenMove(state);
    const without = renameThenMove(initialState(start()));
    expect(prepared.views.view_main.nodes.e0.w).toBe(Math.round(drawnWidth(prepared)));
    expect(text(prepared)).toBe(text(without));
  });

});
