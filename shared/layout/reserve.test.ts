import { describe, expect, it } from 'vitest';
import { makeLargeDocument } from '../../test/helpers/factories';
import { lineRequests } from '../routing/diagram';
import { drawRoutes, planRoutes } from '../routing/router';
import { buildScene } from '../routing/scene';
import { planChannels, reserveChannels } from './reserve';
import { placedInRows } from '../../test/helpers/placed-rows';

describe('auto-layout reads the crowding of a placement from its plan, before drawing its lines', () => {
  // the layout widens the gaps of a crowded view from the plan's crowding alone and never draws the
  // lines of the placement it throws away: that is only right while drawing changes no crowding
  it.each([50, 200, 300])('drawing the lines of a planned %i-element view leaves every row as crowded as planned', (n) => {
    const doc = makeLargeDocument(n);
    const scene = buildScene(doc, placedInRows(doc));
    const planned = planRoutes(scene, lineRequests(doc, scene))!;
    const rows = structuredClone(planned.rows);
    expect(rows.some((r) => r.crossings > 0)).toBe(true);
    expect(drawRoutes(planned).rows).toEqual(rows);
  });

  it.each([50, 300])('a %i-element view gets the same room for its lines and the same crowding, planned first or routed at once', (n) => {
    const doc = makeLargeDocument(n);
    const view = placedInRows(doc);
    const plan = planChannels(doc, view);
    const reserved = reserveChannels(doc, view);
    expect(plan.crowding).toBe(reserved.crowding);
    expect(plan.reserve()).toEqual(reserved);
  });

  it('a view with no boxes has nothing to plan and keeps its bands', () => {
    const doc = makeLargeDocument(10);
    const view = { ...doc.views.view_main, nodes: {} };
    const plan = planChannels(doc, view);
    expect(plan.crowding).toBe(0);
    expect(plan.reserve()).toEqual(reserveChannels(doc, view));
  });
});
