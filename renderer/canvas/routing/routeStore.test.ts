import { beforeEach, describe, expect, it } from 'vitest';
import { useRoutes, type CanvasRoute } from './routeStore';

const line = (x: number, label?: string): CanvasRoute => ({ legs: [[{ x, y: 0 }, { x, y: 50 }]], ...(label ? { label: { x, y: 25, text: label } } : {}) });
const NONE = new Set<string>();
const listed = () => new Map(useRoutes.getState().routes.entries());

describe('the canvas route store', () => {
  beforeEach(() => useRoutes.getState().clear());

  it('takes an edit’s answer as changes: lines drawn differently replaced, lines no longer routed gone, the rest kept as they were', () => {
    const { applyRoutes } = useRoutes.getState();
    applyRoutes('view_main', new Map([['r1', line(10)], ['r2', line(20)], ['r3', line(30, 'Data')]]), true, NONE);
    const kept = useRoutes.getState().routes.get('r1');
    applyRoutes('view_main', new Map([['r2', line(25)], ['r3', undefined], ['r4', line(40)]]), false, new Set(['el_a']));
    expect(listed()).toEqual(new Map([['r1', line(10)], ['r2', line(25)], ['r4', line(40)]]));
    // an unchanged line is the very object drawn before: its edge does not render again
    expect(useRoutes.getState().routes.get('r1')).toBe(kept);
    expect(useRoutes.getState().stale).toEqual(new Set(['el_a']));
  });

  it('takes a whole answer as all the lines, keeping the objects of lines drawn as before', () => {
    const { applyRoutes } = useRoutes.getState();
    applyRoutes('view_main', new Map([['r1', line(10)], ['r2', line(20)]]), true, NONE);
    const r1 = useRoutes.getState().routes.get('r1');
    applyRoutes('view_main', new Map([['r1', line(10)], ['r5', line(50)]]), true, NONE);
    expect(listed()).toEqual(new Map([['r1', line(10)], ['r5', line(50)]]));
    expect(useRoutes.getState().routes.get('r1')).toBe(r1);
  });

  it('never mixes the lines of another view into an edit’s answer', () => {
    const { applyRoutes } = useRoutes.getState();
    applyRoutes('view_main', new Map([['r1', line(10)]]), true, NONE);
    applyRoutes('view_other', new Map([['q1', line(70)]]), false, NONE);
    expect(useRoutes.getState().viewId).toBe('view_other');
    expect(listed()).toEqual(new Map([['q1', line(70)]]));
  });
});
