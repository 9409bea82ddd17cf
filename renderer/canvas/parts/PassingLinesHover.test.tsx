// @vitest-environment happy-dom
/**
 * A hover on a line to a box outside a large view's window (usePassingPick.ts) shows the line's
 * label as hovered, and makes no more of the layer again: thousands of lines are drawn in it, and
 * the pointer crosses them on every move.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { SceneNode } from '../../../shared/routing/scene';
import type { LmvEdge } from '../flowModel';
import { useRoutes } from '../routing/routeStore';

const layerRenders = vi.hoisted(() => ({ count: 0 }));
// the layer's portal into React Flow's label layer, counted: it is made again on each render of the layer
vi.mock('@xyflow/react', () => ({
  EdgeLabelRenderer: ({ children }: { children: ReactNode }) => {
    layerRenders.count++;
    return <>{children}</>;
  },
}));

const { PassingLines, useHoveredLine } = await import('./PassingLines');

const window = { x0: 0, y0: 0, x1: 4000, y1: 2000 };
const box = (id: string, x: number, y: number) => ({ id, x, y, w: 170, h: 60 }) as unknown as SceneNode;

function lines(n: number) {
  const boxes = new Map<string, SceneNode>();
  const edges: LmvEdge[] = [];
  const routes = new Map<string, { legs: { x: number; y: number }[][]; label: { x: number; y: number } }>();
  for (let i = 0; i < n; i++) {
    const y = 40 * i;
    boxes.set(`a${i}`, box(`a${i}`, -100_000, y));
    boxes.set(`b${i}`, box(`b${i}`, 100_000, y));
    edges.push({ id: `r${i}`, source: `a${i}`, target: `b${i}`, data: { stroke: { color: '#333', width: 1.5 }, labelAt: 0.5, label: `bergantung ${i}`, kindLabel: true } } as unknown as LmvEdge);
    routes.set(`r${i}`, { legs: [[{ x: -100_000 + 170, y }, { x: 100_000, y }]], label: { x: 300, y } });
  }
  useRoutes.getState().applyRoutes('v', routes as never, true, new Set());
  return { edges, boxes };
}

afterEach(() => {
  useRoutes.getState().clear();
  useHoveredLine.setState({ id: null });
});

describe('the hover of a line to a box outside the window', () => {
  it('shows its label as hovered, without drawing the layer of lines again', () => {
    const { edges, boxes } = lines(20);
    const { container } = render(<PassingLines lines={edges} boxes={boxes} window={window} />);
    const before = layerRenders.count;
    expect(container.querySelectorAll('.lmv-edge-label')).toHaveLength(20);
    act(() => useHoveredLine.setState({ id: 'r7' }));
    const hovered = container.querySelector('.lmv-edge-label.is-hovered');
    expect(hovered?.textContent).toBe('bergantung 7');
    act(() => useHoveredLine.setState({ id: 'r8' }));
    expect(container.querySelector('.lmv-edge-label.is-hovered')?.textContent).toBe('bergantung 8');
    act(() => useHoveredLine.setState({ id: null }));
    expect(container.querySelector('.lmv-edge-label.is-hovered')).toBeNull();
    expect(layerRenders.count).toBe(before);
  });
});
