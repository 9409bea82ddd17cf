/**
 * Random editing sessions on a view, for the canvas's long-session tests (renderer/canvas
 * flowModelLongSession.test.ts, parts/outlineCountsSession.test.ts): each edit of every kind the
 * canvas shows, written once. A test picks edits by its own mix (`chooseEdit` over a table of
 * cumulative chances) and checks what it cares about after each one.
 */
import { copyToClip, dispatch, initialState, pasteArgs, redo, undo, type EditorState } from '../../shared/commands';
import type { Element, LakarDocument, Relation } from '../../shared/model';
import { boxIds } from '../../shared/model/boxes-record';

/** An edit made by `CanvasSession.edit`. */
export type CanvasEdit =
  | 'move'
  | 'add'
  | 'paste'
  | 'reparent'
  | 'relation.add'
  | 'relation.remove'
  | 'hide'
  | 'place'
  | 'layout'
  | 'align'
  | 'merge'
  | 'resizeBand'
  | 'rename'
  | 'remove'
  | 'undo'
  | 'redo';

/** How a test's session edits: chances of far moves and of a second box in a removal, kinds pasted. */
export interface EditMix {
  /** Chance that a move goes far out (20,000 units), past where the view's boxes reached; 0: never asked. */
  farMoves?: number;
  /** Chance that a removal takes a second box of any kind. */
  secondRemoved: number;
  /** Kinds of the first box of a paste. */
  pasteKinds: Element['kind'][];
}

/**
 * The edit whose limit `r` is first under, in a table of cumulative chances; undo and redo only
 * when there is something to undo or redo; `otherwise` past the last limit.
 */
export function chooseEdit<T extends string>(table: readonly (readonly [number, T])[], r: number, state: EditorState, otherwise: T): T {
  for (const [limit, what] of table) {
    if (r >= limit) continue;
    if (what === 'undo' && !state.past.length) continue;
    if (what === 'redo' && !state.future.length) continue;
    return what;
  }
  return otherwise;
}

/** An editor state edited at random, seeded: the same seed gives the same session. */
export class CanvasSession {
  state: EditorState;
  readonly viewIds: string[];
  viewId: string;
  /** The project as opened: another copy edited from it comes back in by merge.apply. */
  opened: LakarDocument;
  private s: number;
  private n = 0;

  constructor(
    doc: LakarDocument,
    private readonly seed: number,
    private readonly tag: string,
  ) {
    this.state = initialState(doc);
    this.viewIds = Object.keys(doc.views);
    this.viewId = this.viewIds[0];
    this.opened = doc;
    this.s = seed * 7919 + 17;
  }

  readonly rand = (): number => (this.s = (Math.imul(this.s, 1103515245) + 12345) >>> 0) / 4294967296;
  readonly pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(this.rand() * xs.length)];
  /** A new id, and the names' counter. */
  readonly fresh = (prefix: string): string => `${prefix}_${this.tag}${this.seed}_${this.n++}`;

  run(id: string, args: unknown): void {
    this.state = dispatch(this.state, id, args).state;
  }

  /** The boxes of view `viewId` (of the kinds given, if any). */
  onView(viewId: string, ...kinds: Element['kind'][]): string[] {
    const doc = this.state.doc;
    return boxIds(doc.views[viewId].nodes).filter((id) => {
      const e = doc.elements.get(id);
      return e && (!kinds.length || kinds.includes(e.kind));
    });
  }

  /** One move in each view: the first after loading stores the generated views as drawn. */
  storeViewsAsDrawn(): void {
    for (const v of this.viewIds) {
      const first = this.onView(v)[0];
      const at = this.state.doc.views[v].nodes[first];
      this.run('element.move', { viewId: v, moves: [{ id: first, x: at.x + 10, y: at.y }] });
    }
  }

  /**
   * Make edit `what` in the current view; false when the random pick found nothing to do it on.
   * Returns the ids a removal took (a test may keep them selected). A command refusing what the
   * random pick gave (a damaged field, a parent of the wrong kind) throws its CommandError.
   */
  edit(what: CanvasEdit, mix: EditMix): string[] | false {
    const { rand, pick, fresh } = this;
    const doc = this.state.doc;
    const viewId = this.viewId;
    const view = doc.views[viewId];
    const onView = (...kinds: Element['kind'][]) => this.onView(viewId, ...kinds);
    switch (what) {
      case 'move': {
        const ids = [pick(onView())!];
        if (rand() < 0.3) ids.push(pick(onView())!);
        const far = mix.farMoves && rand() < mix.farMoves ? 20_000 : 600;
        this.run('element.move', { viewId, moves: [...new Set(ids)].map((id) => ({ id, x: view.nodes[id].x + Math.round((rand() - 0.5) * far), y: view.nodes[id].y + Math.round((rand() - 0.5) * 200) })) });
        return [];
      }
      case 'add': {
        const like = pick([...doc.elements.values()])!;
        const el = { ...structuredClone(like), id: fresh('el'), name: `baru ${this.n}` } as Element;
        if (rand() < 0.5) delete (el as { parentId?: string }).parentId;
        this.run('element.add', { element: el, viewId, position: rand() < 0.5 ? { x: Math.round(rand() * 2000), y: view.nodes[pick(onView())!].y } : undefined });
        return [];
      }
      case 'paste': {
        const ids = [pick(onView(...mix.pasteKinds))!, pick(onView())!];
        const clip = copyToClip(doc, viewId, [...new Set(ids)]);
        this.run('element.addMany', pasteArgs(doc, clip, { viewId, offset: { x: 40, y: 20 }, newId: fresh }).args);
        return [];
      }
      case 'reparent': {
        const child = pick(onView('module', 'appService'));
        if (!child) return false;
        const kind = doc.elements.get(child)!.kind === 'module' ? 'application' : (pick(['module', 'application'] as const) ?? 'module');
        const parent = rand() < 0.2 ? undefined : pick(onView(kind));
        this.run('element.update', { id: child, patch: { parentId: parent } });
        return [];
      }
      case 'relation.add': {
        const like = pick([...doc.relations.values()])! as Relation;
        const kindOf = (id: string) => doc.elements.get(id)?.kind;
        const target = rand() < 0.5 ? (pick([...doc.elements.values()].filter((e) => e.kind === kindOf(like.target)))?.id ?? like.target) : like.target;
        const source = rand() < 0.5 ? (pick([...doc.elements.values()].filter((e) => e.kind === kindOf(like.source)))?.id ?? like.source) : like.source;
        this.run('relation.add', { relation: { ...structuredClone(like), id: fresh('rel'), source, target } });
        return [];
      }
      case 'relation.remove': {
        const protects = [...doc.relations.values()].filter((x) => x.kind === 'protects');
        const rel = rand() < 0.4 && protects.length ? pick(protects)! : pick([...doc.relations.values()])!;
        this.run('relation.remove', { ids: [rel.id] });
        return [];
      }
      case 'hide':
        this.run('view.hideElements', { viewId, ids: [pick(onView(...(rand() < 0.5 ? (['module', 'application'] as const) : [])))!] });
        return [];
      case 'place': {
        const off = [...doc.elements.values()].filter((e) => !(e.id in view.nodes));
        const ids = [pick(off)?.id, pick(off)?.id].filter((x): x is string => !!x);
        if (!ids.length) return false;
        this.run('view.placeElements', { viewId, ids: [...new Set(ids)] });
        return [];
      }
      case 'layout': {
        const ids = onView().filter(() => rand() < 0.1);
        if (!ids.length) return false;
        this.run('view.layout', { viewId, nodes: Object.fromEntries(ids.map((id) => [id, { ...view.nodes[id], x: view.nodes[id].x + 30 }])) });
        return [];
      }
      case 'align': {
        const ids = [...new Set([pick(onView())!, pick(onView())!, pick(onView())!])];
        if (ids.length < 2) return false;
        this.run('view.align', { viewId, ids, mode: pick(['left', 'top', 'centre', 'middle', 'right', 'bottom'] as const) });
        return [];
      }
      case 'merge': {
        const opened = this.opened;
        let theirs: EditorState = initialState(opened);
        const ids = boxIds(opened.views[viewId].nodes);
        const gone = pick(ids)!;
        theirs = dispatch(theirs, 'element.remove', { ids: [gone] }).state;
        const moved = pick(ids.filter((id) => id !== gone && theirs.doc.elements.has(id)))!;
        const at = theirs.doc.views[viewId].nodes[moved];
        theirs = dispatch(theirs, 'element.move', { viewId, moves: [{ id: moved, x: at.x + 200, y: at.y + 10 }] }).state;
        this.run('merge.apply', { base: opened, theirs: theirs.doc, prefer: rand() < 0.5 ? 'mine' : 'theirs' });
        return [];
      }
      case 'resizeBand':
        this.run('view.resizeBand', { viewId, band: Math.floor(rand() * 7), height: 200 + Math.round(rand() * 800) });
        return [];
      case 'rename': {
        const id = pick(onView())!;
        this.run('element.update', { id, patch: { name: rand() < 0.5 ? `nama ${this.n++}` : `nama yang sangat panjang untuk dua atau tiga baris ${this.n++} ${'x'.repeat(Math.floor(rand() * 40))}` } });
        return [];
      }
      case 'remove': {
        const kinds: Element['kind'][][] = [[], ['application'], ['module', 'appService'], ['site'], ['network', 'securityControl']];
        const ids = [...new Set([pick(onView(...pick(kinds)!)), rand() < mix.secondRemoved ? pick(onView()) : undefined].filter((x): x is string => !!x))];
        if (!ids.length) return false;
        this.run('element.remove', { ids });
        return ids;
      }
      case 'undo': {
        const k = 1 + Math.floor(rand() * 4);
        for (let i = 0; i < k && this.state.past.length; i++) this.state = undo(this.state).state;
        return [];
      }
      case 'redo': {
        const k = 1 + Math.floor(rand() * 4);
        for (let i = 0; i < k && this.state.future.length; i++) this.state = redo(this.state).state;
        return [];
      }
    }
  }
}
