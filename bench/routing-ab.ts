/**
 * What the router A/B scripts (routing-hash.ts, routing-shapes-hash.ts) share: the modules of the
 * worktree under test, loaded by path so that base and new run the same script, and what a diagram
 * draws as text, to hash.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/* eslint-disable @typescript-eslint/no-explicit-any -- modules of another worktree, loaded by path */

/** The modules the scripts route with, from the worktree at `root`. */
export async function routingModules(root: string) {
  const load = (file: string): Promise<any> => import(pathToFileURL(path.join(path.resolve(root), file)).href);
  return {
    model: await load('shared/model/index.ts'),
    bands: await load('shared/model/bands.ts'),
    kinds: await load('shared/model/kinds.ts'),
    layout: await load('shared/layout/index.ts'),
    diagram: await load('shared/routing/diagram.ts'),
    factories: await load('test/helpers/factories.ts'),
  };
}

/** What a diagram draws (lines, buses, channels, rows, labels, bounds), as text. */
export const drawn = (d: any): string =>
  JSON.stringify({
    lines: d.routing.lines.map((l: any) => [l.relation.id, l.legs, l.via, l.bundle]),
    buses: d.routing.buses.map((b: any) => [b.bundle.id, b.y, b.x0, b.x1]),
    channels: d.routing.channels,
    rows: d.routing.rows,
    labels: d.labels,
    bounds: d.bounds,
  });
