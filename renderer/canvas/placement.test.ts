import { describe, expect, it } from 'vitest';
import { BAND_HEADER_WIDTH, bandLayout, createEmptyDocument, NODE_HEIGHT, NODE_WIDTH, type View } from '../../shared/model';
import { dropSpot } from './placement';

function viewWith(nodes: View['nodes']): View {
  return { ...createEmptyDocument('t', '2026-01-01T00:00:00.000Z').views.view_main, nodes };
}

const apps = bandLayout(viewWith({})).find((r) => r.band === 'applications')!;
const rowY = apps.top + 40;

describe('dropSpot', () => {
  it('keeps a drop on free ground where it was dropped, on the grid', () => {
    expect(dropSpot(viewWith({}), 'applications', { x: 403, y: rowY + 2 })).toEqual({ x: 400, y: rowY });
  });

  it('moves a node dropped onto another node to the next free spot to its right, in the same row', () => {
    const view = viewWith({ a: { x: 400, y: rowY }, b: { x: 600, y: rowY } });
    const spot = dropSpot(view, 'applications', { x: 420, y: rowY + 10 });
    expect(spot.y).toBe(rowY + 10);
    // past a and b, which sit side by side
    expect(spot.x).toBeGreaterThanOrEqual(600 + NODE_WIDTH);
    for (const n of Object.values(view.nodes)) {
      const apart = spot.x >= n.x + NODE_WIDTH || spot.x + NODE_WIDTH <= n.x || spot.y >= n.y + NODE_HEIGHT || spot.y + NODE_HEIGHT <= n.y;
      expect(apart).toBe(true);
    }
  });

  it('brings a drop outside the band of its kind back into that band', () => {
    const spot = dropSpot(viewWith({}), 'applications', { x: 400, y: 5 });
    expect(spot.y).toBeGreaterThanOrEqual(apps.top);
    expect(spot.y + NODE_HEIGHT).toBeLessThanOrEqual(apps.top + apps.height);
  });

  it('keeps a drop on the band labels, or left of the bands, right of the label column', () => {
    for (const x of [40, -500]) expect(dropSpot(viewWith({}), 'applications', { x, y: rowY }).x).toBeGreaterThan(BAND_HEADER_WIDTH);
  });
});
