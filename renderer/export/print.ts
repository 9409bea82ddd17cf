/**
 * Print a view: the LMV as an inline SVG (the same drawing as the PDF) in a print-only container,
 * with the chosen paper size and orientation set through `@page`, then `window.print()`. Printing a
 * PDF blob in a frame is not possible under the app's CSP (no frame-src), an inline SVG is.
 */
import { diagramGeometry } from '../../shared/export/pdf/lmv';
import { diagramSvg } from '../../shared/export/pdf/lmv-svg';
import type { Orientation, PaperFormat } from '../../shared/export/pdf';
import type { Lang } from '../../shared/i18n';
import type { LakarDocument } from '../../shared/model/schema';

const CONTAINER_ID = 'lakar-print';

/** The print container's markup: title, then the SVG scaled to the page. */
export function printMarkup(doc: LakarDocument, viewId: string, lang: Lang): string {
  const view = doc.views[viewId];
  const svg = diagramSvg(diagramGeometry(doc, view, lang), lang).replace('<svg ', '<svg preserveAspectRatio="xMidYMin meet" style="width:100%;height:auto;max-height:92vh" ');
  const title = `${doc.meta.title || ''} — Landscape Map View — ${view.name}`.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<h1 style="font:bold 12pt Helvetica,Arial,sans-serif;margin:0 0 4mm">${title}</h1>${svg}`;
}

/** Print `viewId` of `doc` on `paper` in `orientation`. */
export function printView(doc: LakarDocument, viewId: string, paper: PaperFormat, orientation: Orientation, lang: Lang): void {
  document.getElementById(CONTAINER_ID)?.remove();
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  container.innerHTML = printMarkup(doc, viewId, lang);
  const style = document.createElement('style');
  style.textContent = `@media screen { #${CONTAINER_ID} { display: none } }
@media print { body > *:not(#${CONTAINER_ID}) { display: none !important } #${CONTAINER_ID} { display: block } }
@page { size: ${paper.toUpperCase()} ${orientation}; margin: 10mm }`;
  container.prepend(style);
  document.body.append(container);
  const cleanup = () => container.remove();
  window.addEventListener('afterprint', cleanup, { once: true });
  window.print();
}
