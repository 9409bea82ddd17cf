/**
 * The whole drawing of an LMV view, in model units: the scene (boxes in their bands, children inside
 * their parents), the routed lines and buses, and the labels on them placed clear of the boxes and
 * of each other. The canvas, the SVG/PNG export, the view PDF and the Kertas Cadangan all draw this.
 */
import type { Lang } from '../i18n';
import { BAND_HEADER_WIDTH } from '../model/bands';
import type { LakarDocument, View } from '../model/schema';
import { listedInSite } from './protection';
import { placeLabels, type PlacedLabel } from './labels';
import type { Point } from './maze';
import { routeScene, type LineRequest, type Routing } from './router';
import { buildScene, holds, type Scene } from './scene';

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Diagram {
  scene: Scene;
  routing: Routing;
  labels: PlacedLabel[];
  /** Model-space window holding everything drawn (x0 is where the content area starts, right of the band labels). */
  bounds: Bounds;
}

/** The lines to draw on `scene`: relations with both ends on it, data flows by MyGDX through the MyGDX platform's box. */
export function lineRequests(doc: Pick<LakarDocument, 'elements' | 'relations'>, scene: Scene): LineRequest[] {
  // the MyGDX hub: the first MyGDX platform on the view (the flow stays one relation; the drawing shows the hub)
  const hub = scene.nodes
    .filter((n) => n.element.kind === 'platform' && n.element.platformType === 'myGdx')
    .map((n) => n.id)
    .sort()[0];
  const out: LineRequest[] = [];
  for (const id of doc.relations.ids()) {
    const relation = doc.relations.get(id)!;
    const { source, target } = relation;
    if (source === target || !scene.byId.has(source) || !scene.byId.has(target)) continue;
    // a module is drawn inside its application: a line between them would say it twice
    if (holds(scene, source, target) || holds(scene, target, source)) continue;
    // a control protecting a site is listed in the site's box (protection.ts)
    if (listedInSite(doc, relation)) continue;
    const viaHub = relation.kind === 'dataFlow' && relation.method === 'myGdx' && hub !== undefined && !holds(scene, hub, source) && !holds(scene, hub, target) && !holds(scene, source, hub) && !holds(scene, target, hub);
    out.push(viaHub ? { relation, source, target, via: hub } : { relation, source, target });
  }
  return out;
}

/** The drawing of `view` (its stored positions as they are: see shared/layout prepareView for views that need a layout). */
export function buildDiagram(doc: Pick<LakarDocument, 'elements' | 'relations'>, view: View, lang: Lang): Diagram {
  const scene = buildScene(doc, view);
  const routing = routeScene(scene, lineRequests(doc, scene));
  const labels = placeLabels(doc, scene, routing, lang);
  const pts: Point[] = [];
  for (const line of routing.lines) for (const leg of line.legs) pts.push(...leg);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const take = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0);
    minY = Math.min(minY, y0);
    maxX = Math.max(maxX, x1);
    maxY = Math.max(maxY, y1);
  };
  for (const n of scene.nodes) take(n.x, n.y, n.x + n.w, n.y + n.h);
  for (const p of pts) take(p.x, p.y, p.x, p.y);
  for (const l of labels) take(l.x - l.w / 2, l.y - l.h / 2, l.x + l.w / 2, l.y + l.h / 2);
  const last = scene.bands[scene.bands.length - 1];
  const height = last.top + last.height;
  // lines below the last row stay on the band's colour
  if (Number.isFinite(maxY) && maxY + 8 > height) last.height += maxY + 8 - height;
  const bounds: Bounds = Number.isFinite(minX)
    ? { x0: Math.min(BAND_HEADER_WIDTH, minX - 12), y0: Math.min(0, minY - 8), x1: Math.max(BAND_HEADER_WIDTH + 520, maxX + 20), y1: Math.max(last.top + last.height, maxY + 8) }
    : { x0: BAND_HEADER_WIDTH, y0: 0, x1: BAND_HEADER_WIDTH + 520, y1: height };
  return { scene, routing, labels, bounds };
}
