/**
 * Visual constants of Lakar's printed documents: one place for colours, type sizes and margins so
 * the proposal paper, the IDD and the single-view export look like one family.
 */
import type { Band } from '../../model/vocabulary';

/** Jadual 3-1 names the BDAT layers in English in both languages. */
export const LAYER_TITLE = { business: 'Business Architecture', application: 'Application Architecture', data: 'Data Architecture', technology: 'Technology Architecture' } as const;

export type Rgb = readonly [number, number, number];

export const COLORS = {
  ink: [33, 37, 41] as Rgb,
  muted: [108, 117, 125] as Rgb,
  rule: [200, 205, 212] as Rgb,
  accent: [21, 59, 112] as Rgb,
  accentLight: [231, 238, 248] as Rgb,
  tableHeader: [21, 59, 112] as Rgb,
  tableHeaderText: [255, 255, 255] as Rgb,
  zebra: [245, 247, 250] as Rgb,
  white: [255, 255, 255] as Rgb,
  error: [176, 32, 32] as Rgb,
  warning: [184, 118, 0] as Rgb,
  advice: [34, 102, 170] as Rgb,
  ok: [34, 125, 70] as Rgb,
  flow: [201, 84, 0] as Rgb,
  relation: [150, 160, 172] as Rgb,
};

/** Per-band colours of the LMV: ArchiMate-like layer tints (business yellow, application blue, technology green). */
export const BAND_COLORS: Record<Band, { band: Rgb; header: Rgb; node: Rgb; border: Rgb }> = {
  users: { band: [255, 250, 230], header: [250, 232, 170], node: [255, 240, 190], border: [190, 150, 40] },
  channels: { band: [255, 247, 222], header: [250, 232, 170], node: [255, 240, 190], border: [190, 150, 40] },
  services: { band: [255, 250, 230], header: [250, 232, 170], node: [255, 240, 190], border: [190, 150, 40] },
  processes: { band: [255, 247, 222], header: [250, 232, 170], node: [255, 240, 190], border: [190, 150, 40] },
  applications: { band: [228, 240, 252], header: [190, 218, 245], node: [200, 225, 250], border: [60, 120, 190] },
  data: { band: [240, 235, 250], header: [215, 203, 240], node: [225, 215, 245], border: [110, 80, 170] },
  infrastructure: { band: [232, 245, 229], header: [195, 228, 188], node: [205, 235, 198], border: [70, 135, 60] },
};

/** DPI and shared platforms stand out from ordinary applications. */
export const PLATFORM_COLORS = { node: [255, 221, 190] as Rgb, border: [200, 100, 20] as Rgb };

export const FONT = 'helvetica';
export const MONO = 'courier';

/** Type sizes in points. */
export const SIZE = { title: 24, h1: 15, h2: 12, h3: 10.5, body: 10, table: 8.5, small: 7.5, header: 7.5 };

/** Millimetres per point. */
export const PT = 25.4 / 72;

/** Page margins in mm (A4 body pages). */
export const MARGIN = { top: 22, bottom: 20, left: 22, right: 20 };

/** `c` mixed with white by `amount` (0 = c, 1 = white). */
export function tint(c: Rgb, amount: number): Rgb {
  return [Math.round(c[0] + (255 - c[0]) * amount), Math.round(c[1] + (255 - c[1]) * amount), Math.round(c[2] + (255 - c[2]) * amount)];
}
