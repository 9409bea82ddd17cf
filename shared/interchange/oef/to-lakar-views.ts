/**
 * Diagrams → LMV views. A view Lakar wrote (it has `lakar:order`) comes back exactly: node geometry
 * from the file, refined by `lakar:geometry` for nodes whose real position was not an OEF integer —
 * unless the node was moved in another tool since, then the file wins. A foreign view keeps the
 * elements it shows, placed into the seven bands in the diagram's reading order.
 */
import { hasOwn, isSafeId } from '../../model/ids';
import { viewSchema, type Element, type NodeLayout, type View } from '../../model/schema';
import type { ImportWarning } from './errors';
import { writtenGeometry } from './from-lakar';
import { P_BAND_HEIGHTS, P_GEOMETRY, P_ID, P_VIEW_IMPORTED, P_VIEW_ORDER, P_VIEW_STATE } from './keys';
import { pickText, type AmNode, type AmView } from './model';
import { placeInBands } from './place';
import { MAX_NAME } from './props';
import type { Table } from '../../model/table';

/** Every node of a diagram, depth first (nested nodes included), without recursion. */
export function flattenNodes(nodes: readonly AmNode[]): AmNode[] {
  const out: AmNode[] = [];
  const work = [...nodes].reverse();
  while (work.length > 0) {
    const n = work.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) work.push(n.children[i]);
  }
  return out;
}

/**
 * Convert the diagrams; a model without diagrams gets one view holding every element. `laidOut`
 * lists the views placed here (foreign ones) so the caller can refine them with the auto-layout.
 */
export function viewsToLakar(amViews: readonly AmView[], elements: Table<Element>, elementIdOf: Map<string, string>, warnings: ImportWarning[]): { views: Record<string, View>; laidOut: string[] } {
  const views: Record<string, View> = {};
  const laidOut: string[] = [];
  amViews.forEach((av, index) => {
    const props = new Map(av.properties.map((p) => [p.key, p.value]));
    const fileId = props.get(P_ID) ?? av.id;
    const shownId = fileId.slice(0, 80);
    let id = fileId;
    if (id.length > 200 || !isSafeId(id) || hasOwn(views, id)) id = `view_${index + 1}`;
    while (hasOwn(views, id)) id = `${id}_`;
    if (!isSafeId(fileId)) warnings.push({ key: 'warning.idReplaced', params: { id: shownId, newId: id } });
    const name = (pickText(av.names)?.text ?? '').trim().slice(0, MAX_NAME) || `View ${index + 1}`;
    const ours = props.has(P_VIEW_ORDER);
    const order = ours ? intOr(props.get(P_VIEW_ORDER), index) : index;
    const view: View = { id, name, order, nodes: {} };

    const refs: { id: string; node: AmNode }[] = [];
    const seen = new Set<string>();
    let skipped = 0;
    for (const node of flattenNodes(av.nodes)) {
      const elId = node.elementRef ? elementIdOf.get(node.elementRef) : undefined;
      if (!elId) {
        if (!ours && (node.type !== 'Element' || node.elementRef)) skipped++;
        continue;
      }
      if (seen.has(elId)) continue;
      seen.add(elId);
      refs.push({ id: elId, node });
    }
    if (skipped > 0) warnings.push({ key: 'warning.viewNodesSkipped', params: { view: name, count: skipped } });

    if (ours) {
      const bandHeights = parseBandHeights(props.get(P_BAND_HEIGHTS));
      if (bandHeights) view.bandHeights = bandHeights;
      Object.assign(view, viewMarks(props));
      const exact = parseGeometry(props.get(P_GEOMETRY));
      for (const { id: elId, node } of refs) view.nodes[elId] = exactOrFile(exact[elId], node);
    } else {
      // Reading order of the source diagram: top to bottom, then left to right.
      refs.sort((a, b) => a.node.y - b.node.y || a.node.x - b.node.x);
      // another tool's diagram keeps its name and viewpoint; the paper does not call it an LMV
      view.imported = av.viewpoint ? { viewpoint: av.viewpoint.slice(0, 500) } : {};
      const placed = placeInBands(refs.map((r) => ({ id: r.id, kind: elements.get(r.id)!.kind })));
      view.nodes = placed.nodes;
      if (placed.bandHeights) view.bandHeights = placed.bandHeights;
      laidOut.push(id);
    }
    views[id] = view;
  });
  if (amViews.length === 0) {
    const placed = placeInBands(elements.values().map((e) => ({ id: e.id, kind: e.kind })));
    views.view_main = { id: 'view_main', name: 'LMV', order: 0, nodes: placed.nodes, ...(placed.bandHeights ? { bandHeights: placed.bandHeights } : {}) };
    laidOut.push('view_main');
  }
  return { views, laidOut };
}

/** The As-Is/To-Be state and the imported mark a Lakar view carries in its properties (a bad value is dropped). */
function viewMarks(props: Map<string, string>): Pick<View, 'state' | 'imported'> {
  const out: Pick<View, 'state' | 'imported'> = {};
  const state = viewSchema.shape.state.safeParse(props.get(P_VIEW_STATE));
  if (state.success && state.data) out.state = state.data;
  const raw = props.get(P_VIEW_IMPORTED);
  if (raw !== undefined) {
    try {
      const imported = viewSchema.shape.imported.safeParse(JSON.parse(raw));
      if (imported.success && imported.data) out.imported = imported.data;
    } catch {
      // a hand-edited mark that is not JSON only costs the mark
    }
  }
  return out;
}

function intOr(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 100_000 ? n : fallback;
}

function parseBandHeights(text: string | undefined): number[] | undefined {
  if (!text) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    if (Array.isArray(v) && v.length === 7 && v.every((h) => typeof h === 'number' && h > 0 && h <= 100_000)) return v as number[];
  } catch {
    // a damaged property only costs the custom band heights
  }
  return undefined;
}

type Exact = [number, number, number | null, number | null];

function parseGeometry(text: string | undefined): Record<string, Exact> {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, Exact>;
  } catch {
    // fall back to the file's integer geometry
  }
  return {};
}

/** The node's geometry as the file gives it (made only when it is the one kept). */
function fileLayout(node: AmNode): NodeLayout {
  return { x: node.x, y: node.y, w: node.w, h: node.h };
}

function exactOrFile(exact: Exact | undefined, node: AmNode): NodeLayout {
  if (!Array.isArray(exact) || exact.length !== 4) return fileLayout(node);
  const [x, y, w, h] = exact;
  if (!finite(x) || !finite(y) || (w !== null && !positive(w)) || (h !== null && !positive(h))) return fileLayout(node);
  const layout: NodeLayout = { x, y };
  if (w !== null) layout.w = w;
  if (h !== null) layout.h = h;
  const g = writtenGeometry(layout);
  // Moved or resized in another tool since Lakar wrote it: the file is the truth.
  if (g.x !== node.x || g.y !== node.y || g.w !== node.w || g.h !== node.h) return fileLayout(node);
  return layout;
}

function finite(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}
function positive(n: unknown): n is number {
  return finite(n) && n > 0 && n <= 100_000;
}
