/**
 * UI state of the canvas that is not part of the document and never enters the undo history:
 * the clipboard, requests to reveal an element, the viewport of each
 * view, and whether an auto-layout is running. Other panels (tree, palette, inspector) talk to the
 * canvas through this store.
 */
import { create } from 'zustand';
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { Clip } from '../../shared/commands';
import type { DrawnBoxes } from './interact/navigate';

export interface CanvasStore {
  clip: Clip | null;
  /** How many times the current clip was pasted (each paste lands a little further away). */
  pasteCount: number;
  /**
   * Element to bring into sight; `nonce` makes repeated requests for the same element count.
   * `gentle`: only when it is out of sight, panning without a zoom (a new element, keyboard travel).
   */
  reveal: { id: string; nonce: number; gentle?: boolean } | null;
  viewports: Record<string, Viewport>;
  layoutBusy: boolean;
  /** How far a running auto-layout is, 0–1. */
  layoutProgress: number;
  /** Whether the minimap is shown (it can hide nodes in a small window). */
  showMinimap: boolean;
  /** Whether lines other than data flows show their kind (or label) on the canvas. */
  showRelationLabels: boolean;
  /** Set while the canvas is mounted: lets menus and toolbars run canvas actions. */
  fitView: (() => void) | null;
  /** The mounted canvas's React Flow instance (viewport control for other panels and the benchmark). */
  instance: ReactFlowInstance | null;
  /** Set while the view is drawn in outline: what an arrow key or Enter does there (parts/OutlineLayer.tsx); true when the key was used. */
  outlineKey: ((key: OutlineKey) => boolean) | null;
  /** Set while the canvas is mounted: the view's boxes where the canvas draws them (the arrow keys travel over these, a reveal brings them into sight). */
  drawnBoxes: (() => DrawnBoxes | null) | null;
  setClip(clip: Clip | null): void;
  notePaste(): number;
  requestReveal(id: string, gentle?: boolean): void;
  saveViewport(viewId: string, viewport: Viewport): void;
  setLayoutBusy(busy: boolean): void;
  setLayoutProgress(fraction: number): void;
  toggleMinimap(): void;
  toggleRelationLabels(): void;
  setFitView(fit: (() => void) | null): void;
  setInstance(instance: ReactFlowInstance | null): void;
  setOutlineKey(outlineKey: ((key: OutlineKey) => boolean) | null): void;
  setDrawnBoxes(drawnBoxes: (() => DrawnBoxes | null) | null): void;
}

/** Keys the outline picture answers: the arrows, and Enter to zoom to the selected box. */
export type OutlineKey = 'left' | 'right' | 'up' | 'down' | 'enter';

let nonce = 0;

export const useCanvas = create<CanvasStore>((set, get) => ({
  clip: null,
  pasteCount: 0,
  reveal: null,
  viewports: {},
  layoutBusy: false,
  layoutProgress: 0,
  showMinimap: true,
  showRelationLabels: true,
  fitView: null,
  instance: null,
  outlineKey: null,
  drawnBoxes: null,
  setClip: (clip) => set({ clip, pasteCount: 0 }),
  notePaste: () => {
    const n = get().pasteCount + 1;
    set({ pasteCount: n });
    return n;
  },
  requestReveal: (id, gentle) => set({ reveal: { id, nonce: ++nonce, gentle } }),
  saveViewport: (viewId, viewport) => set({ viewports: { ...get().viewports, [viewId]: viewport } }),
  setLayoutBusy: (layoutBusy) => set({ layoutBusy }),
  setLayoutProgress: (layoutProgress) => set({ layoutProgress }),
  toggleMinimap: () => set({ showMinimap: !get().showMinimap }),
  toggleRelationLabels: () => set({ showRelationLabels: !get().showRelationLabels }),
  setFitView: (fitView) => set({ fitView }),
  setInstance: (instance) => set({ instance }),
  setOutlineKey: (outlineKey) => set({ outlineKey }),
  setDrawnBoxes: (drawnBoxes) => set({ drawnBoxes }),
}));
