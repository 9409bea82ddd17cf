/**
 * The same LMV drawing as the PDF, as an SVG string, for printing from the app (window.print on an
 * inline SVG works under the strict CSP, where a PDF in a frame would not). Drawn from the shared
 * diagram, so print, PDF, SVG export and screen share one geometry and one palette.
 */
import type { Lang } from '../../i18n';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import { bandsSvg, labelsSvg, linesSvg, markerDefs, nodesSvg, rgb } from '../svg/lmv-parts';
import type { DiagramGeometry } from './lmv';
import { COLORS } from './theme';

/** SVG of the whole diagram in model units (width/height attributes in model units too). */
export function diagramSvg(geom: DiagramGeometry, lang: Lang): string {
  const b = geom.bounds;
  const W = BAND_HEADER_WIDTH + b.x1 - b.x0;
  const H = b.y1 - b.y0;
  const frame = { X: (x: number) => BAND_HEADER_WIDTH + x - b.x0, Y: (y: number) => y - b.y0, width: W };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="Helvetica, Arial, sans-serif">`,
    markerDefs(),
    bandsSvg(geom, lang, frame),
    nodesSvg(geom, lang, frame),
    linesSvg(geom, frame),
    labelsSvg(geom, frame),
    `<rect x="0" y="0" width="${W}" height="${H}" fill="none" stroke="${rgb(COLORS.muted)}"/>`,
    '</svg>',
  ].join('');
}
