// @vitest-environment happy-dom
/**
 * Clicks and hovers on the lines of a large view's window whose far box is outside it
 * (usePassingPick.ts): they reach as far as on the lines React Flow holds, at any zoom, and the
 * hover cue goes when a wheel pan or zoom takes the line from under a still pointer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import type { SceneNode } from '../../../shared/routing/scene';
import type { LmvEdge } from '../flowModel';
import { useEditor } from '../../state/editor';
import { useRoutes } from '../routing/routeStore';
import { useHoveredLine } from './PassingLines';
import { usePassingPick, type PassingSource } from './usePassingPick';

const window = { x0: 0, y0: 0, x1: 4000, y1: 2000 };
const box = (id: string, x: number, y: number) => ({ id, x, y, w: 170, h: 60 }) as unknown as SceneNode;

/** `n` level lines 40 flow px apart, from boxes 100,000 px to the left to boxes as far to the right. */
function parallel(n: number): PassingSource {
  const boxes = new Map<string, SceneNode>();
  const lines: LmvEdge[] = [];
  const routes = new Map<string, { legs: { x: number; y: number }[][] }>();
  for (let i = 0; i < n; i++) {
    const y = 40 * i;
    boxes.set(`a${i}`, box(`a${i}`, -100_000, y));
    boxes.set(`b${i}`, box(`b${i}`, 100_000, y));
    lines.push({ id: `r${i}`, source: `a${i}`, target: `b${i}`, data: { stroke: { color: '#333', width: 1.5 }, labelAt: 0.5, describe: { before: 'Bergantung: ', after: '' } } } as unknown as LmvEdge);
    routes.set(`r${i}`, { legs: [[{ x: -100_000 + 170, y }, { x: 100_000, y }]] });
  }
  useRoutes.getState().applyRoutes('v', routes, true, new Set());
  return { lines, boxes, window, kindLabels: true };
}

/** React Flow's viewport at the origin, zoomed to `zoom`. */
const viewport = (zoom: number) => ({ screenToFlowPosition: ({ x, y }: { x: number; y: number }) => ({ x: x / zoom, y: y / zoom }), getZoom: () => zoom });

afterEach(() => {
  vi.restoreAllMocks();
  useRoutes.getState().clear();
  useHoveredLine.setState({ id: null });
});

describe('a line to a box outside the window under the pointer', () => {
  it('zoomed out, is none between two lines 8 screen px apart, as between lines React Flow holds (their 16 px interaction stroke is in the flow)', () => {
    const source = parallel(10);
    const wrapper = { current: document.createElement('div') };
    const { result } = renderHook(() => usePassingPick(viewport(0.2), source, wrapper));
    // 20 flow px from the lines at y = 0 and y = 40: 4 screen px at 20 %
    expect(result.current.passingLineAt({ clientX: 100, clientY: 4 })).toBeUndefined();
    // a click on the bare pane there lets the selection go; on a line (5 flow px off it) takes it
    expect(result.current.passingLineAt({ clientX: 100, clientY: 1 })).toBe('r0');
    expect(result.current.passingLineAt({ clientX: 100, clientY: 9 })).toBe('r1');
  });

  it('zoomed in, is the line within half the interaction stroke of the lines React Flow holds', () => {
    const source = parallel(3);
    const wrapper = { current: document.createElement('div') };
    const { result } = renderHook(() => usePassingPick(viewport(2.5), source, wrapper));
    // 6 flow px below the line at y = 40: 15 screen px at 250 %
    expect(result.current.passingLineAt({ clientX: 250, clientY: 2.5 * 46 })).toBe('r1');
    expect(result.current.passingLineAt({ clientX: 250, clientY: 2.5 * 20 })).toBeUndefined();
  });

  it('loses its hover cue when a wheel pan or zoom (or a fit) moves the lines under a still pointer, not when the pane is pressed', () => {
    const source = parallel(3);
    const el = document.createElement('div');
    const { result } = renderHook(() => usePassingPick(viewport(1), source, { current: el }));
    const pane = el.appendChild(document.createElement('div'));
    pane.className = 'react-flow__pane';
    result.current.onPointerMove({ clientX: 300, clientY: 41, buttons: 0, target: pane });
    expect(useHoveredLine.getState().id).toBe('r1');
    expect(el.dataset.overLine).toBe('');
    // a press on the line (a click about to select it) starts React Flow's move too
    result.current.onMoveStart({ type: 'mousedown' });
    expect(el.dataset.overLine).toBe('');
    result.current.onMoveStart({ type: 'wheel' });
    expect(useHoveredLine.getState().id).toBeNull();
    expect(el.dataset.overLine).toBeUndefined();
    result.current.onPointerMove({ clientX: 300, clientY: 79, buttons: 0, target: pane });
    expect(useHoveredLine.getState().id).toBe('r2');
    result.current.onMoveStart(null);
    expect(useHoveredLine.getState().id).toBeNull();
  });

  it('shows what the line is on hover, as a line React Flow holds does (its tooltip: kind and ends), and nothing once the pointer leaves it', () => {
    const source = parallel(3);
    const el = document.createElement('div');
    const pane = el.appendChild(document.createElement('div'));
    pane.className = 'react-flow__pane';
    const names = new Map([['a1', { name: 'Sistem Gaji' }], ['b1', { name: 'Pangkalan Data HR' }]]);
    vi.spyOn(useEditor, 'getState').mockReturnValue({ history: { doc: { elements: names } } } as unknown as ReturnType<typeof useEditor.getState>);
    const { result } = renderHook(() => usePassingPick(viewport(1), source, { current: el }));
    result.current.onPointerMove({ clientX: 300, clientY: 41, target: pane });
    expect(pane.getAttribute('title')).toBe('Bergantung: Sistem Gaji → Pangkalan Data HR');
    result.current.onPointerMove({ clientX: 300, clientY: 60, target: pane });
    expect(pane.hasAttribute('title')).toBe(false);
  });

  it('follows the pointer only over the bare pane: over a node or anything else on it, no line is hovered', () => {
    const source = parallel(3);
    const el = document.createElement('div');
    const pane = el.appendChild(document.createElement('div'));
    pane.className = 'react-flow__pane';
    const node = pane.appendChild(document.createElement('div'));
    const { result } = renderHook(() => usePassingPick(viewport(1), source, { current: el }));
    result.current.onPointerMove({ clientX: 300, clientY: 41, target: pane });
    expect(useHoveredLine.getState().id).toBe('r1');
    result.current.onPointerMove({ clientX: 300, clientY: 41, target: node });
    expect(useHoveredLine.getState().id).toBeNull();
    // a move with a button held (a pan, a drag) looks for no line
    result.current.onPointerMove({ clientX: 300, clientY: 41, buttons: 1, target: pane });
    expect(useHoveredLine.getState().id).toBeNull();
  });
});

describe('a hovered line to a box outside the window taken off under a still pointer', () => {
  it('leaves no pointer and no tooltip of it on the pane (Delete on it, another view), and keeps them while it is still drawn', () => {
    const source = parallel(3);
    const el = document.createElement('div');
    const pane = el.appendChild(document.createElement('div'));
    pane.className = 'react-flow__pane';
    const wrapper = { current: el };
    const rf = viewport(1);
    const { result, rerender } = renderHook(({ src }) => usePassingPick(rf, src, wrapper), { initialProps: { src: source as PassingSource | null } });
    result.current.onPointerMove({ clientX: 300, clientY: 41, target: pane });
    expect(useHoveredLine.getState().id).toBe('r1');
    expect(pane.hasAttribute('title')).toBe(true);
    // an edit elsewhere: the lines drawn again, r1 among them
    rerender({ src: { ...source, lines: [...source.lines] } });
    expect(useHoveredLine.getState().id).toBe('r1');
    expect(el.dataset.overLine).toBe('');
    // r1 deleted, the pointer not moved
    rerender({ src: { ...source, lines: source.lines.filter((l) => l.id !== 'r1') } });
    expect(useHoveredLine.getState().id).toBeNull();
    expect(el.dataset.overLine).toBeUndefined();
    expect(pane.hasAttribute('title')).toBe(false);
    // and on a view no longer drawn in a window
    result.current.onPointerMove({ clientX: 300, clientY: 79, target: pane });
    expect(useHoveredLine.getState().id).toBe('r2');
    rerender({ src: null });
    expect(useHoveredLine.getState().id).toBeNull();
    expect(pane.hasAttribute('title')).toBe(false);
  });
});
