/**
 * Sizes of the workspace's resizable regions (left column, inspector, problems, and the palette's
 * share of the left column), in CSS pixels. UI preferences of this computer, not of a project: kept
 * in localStorage, never in the file or the undo history. Collapsing a region is the shell store's
 * `hidden` flag; its size is kept for when it comes back.
 */
import { create } from 'zustand';

export type SizedRegion = 'left' | 'right' | 'bottom' | 'palette';

/** Smallest, default and largest size of each region (px). */
export const SIZE_LIMITS: Record<SizedRegion, { min: number; initial: number; max: number }> = {
  left: { min: 180, initial: 250, max: 520 },
  right: { min: 220, initial: 290, max: 560 },
  bottom: { min: 90, initial: 170, max: 640 },
  palette: { min: 80, initial: 300, max: 1200 },
};

/** Dragging a region this far below its minimum collapses it (to its rail). */
export const COLLAPSE_SLACK = 60;

const STORAGE_KEY = 'lakar.panelSizes.v1';

export type PanelSizes = Record<SizedRegion, number>;

/** `size` kept within the region's limits (a stored or dragged value that makes no sense gives the default). */
export function clampSize(region: SizedRegion, size: number): number {
  const { min, max, initial } = SIZE_LIMITS[region];
  if (!Number.isFinite(size)) return initial;
  return Math.round(Math.min(max, Math.max(min, size)));
}

/** Sizes read back from storage text; anything unreadable falls back to the defaults. */
export function parseSizes(text: string | null): PanelSizes {
  const out = Object.fromEntries(Object.entries(SIZE_LIMITS).map(([k, v]) => [k, v.initial])) as PanelSizes;
  if (!text) return out;
  try {
    const raw = JSON.parse(text) as Record<string, unknown>;
    for (const region of Object.keys(SIZE_LIMITS) as SizedRegion[]) {
      if (typeof raw[region] === 'number') out[region] = clampSize(region, raw[region]);
    }
  } catch {
    // a damaged preference is not worth a message: the defaults do
  }
  return out;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

interface PanelSizeStore {
  sizes: PanelSizes;
  setSize(region: SizedRegion, size: number): void;
}

export const usePanelSizes = create<PanelSizeStore>((set, get) => ({
  sizes: parseSizes(storage()?.getItem(STORAGE_KEY) ?? null),
  setSize: (region, size) => {
    const sizes = { ...get().sizes, [region]: clampSize(region, size) };
    set({ sizes });
    try {
      storage()?.setItem(STORAGE_KEY, JSON.stringify(sizes));
    } catch {
      // storage full or denied: the size still applies for this session
    }
  },
}));
