// @vitest-environment happy-dom
/**
 * The outline picture is painted again on each frame of a pan (OutlineLayer.tsx): it reads the
 * stylesheet's colours once, not on every paint (getComputedStyle per frame), and again when the
 * system's colours change (dark mode, forced colours).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { useEditor } from '../../state/editor';
import { useCanvas } from '../canvasStore';
import { OutlineLayer } from './OutlineLayer';
import type { OutlineBox } from './outlinePicture';

const BOXES: OutlineBox[] = [{ id: 'a', x: 0, y: 0, w: 170, h: 60, depth: 0, tone: 'business' }];
const NONE = new Set<string>();

/** A 2D context that records nothing: the test counts colour reads, not strokes. */
const fakeContext = () => ({ setTransform() {}, clearRect() {}, fillRect() {}, strokeRect() {}, beginPath() {}, moveTo() {}, lineTo() {}, closePath() {}, stroke() {}, fill() {} });

describe('the outline picture', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('reads its colours once over many paints, and again when the system colours change', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fakeContext() as never);
    const listeners: (() => void)[] = [];
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ media: query, matches: false, addEventListener: (_: string, f: () => void) => listeners.push(f), removeEventListener() {} }) as never,
    );
    const reads = vi.spyOn(window, 'getComputedStyle');
    const outlineReads = () => reads.mock.calls.filter(([el]) => (el as Element).classList?.contains('lmv-outline')).length;
    let store: ReturnType<typeof useStoreApi> | null = null;
    const Grab = () => {
      store = useStoreApi();
      return null;
    };
    const picture = (selected: ReadonlySet<string>) => (
      <ReactFlowProvider>
        <Grab />
        <OutlineLayer boxes={BOXES} selected={selected} hint="rangka" />
      </ReactFlowProvider>
    );
    const { rerender } = render(picture(NONE));
    expect(outlineReads()).toBe(1);
    // a pan of ten frames
    for (let i = 1; i <= 10; i++) {
      act(() => store!.setState({ transform: [i * 10, 0, 1] }));
      await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    }
    // a new selection painted too
    rerender(picture(new Set(['a'])));
    expect(outlineReads()).toBe(1);
    // dark mode switched on: the next paint reads the colours again
    act(() => listeners.forEach((f) => f()));
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
    expect(outlineReads()).toBe(2);
  });

  it('starts the arrow keys from the first element selected that the view shows, not from one it does not show', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => fakeContext() as never);
    // a row of three; the screen's middle (an unsized pane at the origin) is nearest the first
    const row: OutlineBox[] = ['a', 'b', 'c'].map((id, i) => ({ id, x: i * 400, y: 0, w: 170, h: 60, depth: 0, tone: 'business' }));
    // the view the picture shows: the keys go among its boxes as they go among its nodes
    const nodes = Object.fromEntries(row.map((b) => [b.id, { x: b.x, y: b.y, w: b.w, h: b.h }]));
    useEditor.setState({ activeViewId: 'v', history: { doc: { elements: new Map(), views: { v: { nodes } } } } as never });
    render(
      <ReactFlowProvider>
        <OutlineLayer boxes={row} selected={NONE} hint="rangka" />
      </ReactFlowProvider>,
    );
    // the selection begins with an element of another view (picked in the model tree), then b
    act(() => useEditor.getState().setSelection({ elements: ['on-another-view', 'b'], relations: [] }));
    act(() => void useCanvas.getState().outlineKey!('right'));
    expect(useEditor.getState().selection.elements).toEqual(['c']);
    useEditor.setState({ activeViewId: null, history: null });
  });
});
