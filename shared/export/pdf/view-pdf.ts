/**
 * View › Export view as PDF: one LMV view on a single A4 or A3 page, portrait or landscape, scaled
 * to fit the page, as vectors. Also what Print uses.
 */
import type { Lang } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { diagramGeometry, drawDiagram, drawLegend, fitScale, legendItems } from './lmv';
import { checkpoint, type CancelSignal, type ExportProgress } from './progress';
import { formatDate, PROPOSAL_STRINGS } from './strings';
import { BAND_HEADER_WIDTH } from '../../model/bands';
import { COLORS, MARGIN, SIZE } from './theme';
import { PdfWriter, type Orientation, type PaperFormat } from './writer';

export interface ViewPdfOptions {
  lang: Lang;
  paper: PaperFormat;
  orientation: Orientation;
  date?: Date;
  onProgress?: (progress: ExportProgress) => void;
  signal?: CancelSignal;
}

/** Thrown when the requested view does not exist in the document. */
export class ViewNotFoundError extends Error {
  constructor(readonly viewId: string) {
    super('export.viewNotFound');
    this.name = 'ViewNotFoundError';
  }
}

/** One view of `doc` fitted to a single page. */
export async function buildViewPdf(doc: LakarDocument, viewId: string, options: ViewPdfOptions): Promise<Uint8Array> {
  const view = doc.views[viewId];
  if (!view) throw new ViewNotFoundError(viewId);
  const s = PROPOSAL_STRINGS[options.lang];
  const date = options.date ?? new Date();
  const title = doc.meta.title.trim() || s.untitled;
  const agency = doc.meta.pemilikProjek ?? doc.meta.penerajuProjek ?? '';
  await checkpoint(options, 0, 'lmv');

  const w = new PdfWriter({
    firstPage: { format: options.paper, orientation: options.orientation, kind: 'diagram' },
    runningHeader: title,
    footerLeft: [agency, formatDate(date, options.lang), 'Lakar'].filter(Boolean).join(' · '),
    pageLabel: s.pageLabel,
    tocTitle: s.toc,
    properties: { title: `${title} — ${view.name}`, subject: 'Landscape Map View (LMV)', author: doc.meta.author || agency || 'Lakar', keywords: s.props.keywords, creator: 'Lakar' },
    creationDate: date,
    language: options.lang === 'ms' ? 'ms-MY' : 'en-GB',
  });

  w.setFont(SIZE.h2, 'bold', COLORS.accent);
  w.textAt(w.fitText(`Landscape Map View — ${view.name}`, w.width), MARGIN.left, w.y, SIZE.h2);
  w.y += 8;
  const geom = diagramGeometry(doc, view, options.lang);
  if (geom.nodes.length === 0) {
    w.paragraph(s.lmv.emptyView, { style: 'italic' });
  } else {
    const area = { x: MARGIN.left, y: w.y, w: w.width, h: w.bottom - w.y - 14 };
    const scale = fitScale(geom, area.w, area.h);
    const b = geom.bounds;
    const drawH = (b.y1 - b.y0) * scale;
    drawDiagram(w.pdf, geom, options.lang, { x: area.x, y: area.y, w: (BAND_HEADER_WIDTH + b.x1 - b.x0) * scale, h: drawH }, b, scale);
    drawLegend(w.pdf, area.x, area.y + drawH + 5, legendItems(geom, options.lang, { flow: s.lmv.legendFlow, relation: s.lmv.legendRelation, external: s.lmv.legendExternal, platform: s.lmv.legendPlatform, bundle: s.lmv.legendBundle, hub: s.lmv.legendHub }), w.width);
  }
  await checkpoint(options, 0.8, 'finish');
  const bytes = w.finish();
  await checkpoint(options, 1, 'done');
  return bytes;
}
