/**
 * What an export job is and how to run it. Runs inside the export worker (and inline where workers
 * are unavailable, e.g. unit tests): only pure shared/ code, no DOM, no React.
 */
import type { Lang } from '../../shared/i18n';
import type { LakarDocument } from '../../shared/model/schema';
import { buildProposalPdf, buildViewPdf, type Orientation, type PaperFormat, type ProgressOptions } from '../../shared/export/pdf';
import { buildIddFiles, buildIddJson, iddSuppliers, zipFiles } from '../../shared/export/idd';
import { buildKertasUlasanPdf } from '../../shared/review/pdf';
import type { Review } from '../../shared/review/schema';

export type IddFormat = 'pdf' | 'md' | 'json';

export type ExportJob =
  | { kind: 'proposal'; doc: LakarDocument; lang: Lang }
  | { kind: 'view'; doc: LakarDocument; lang: Lang; viewId: string; paper: PaperFormat; orientation: Orientation }
  | { kind: 'idd'; doc: LakarDocument; lang: Lang; format: IddFormat; flowIds?: string[] }
  /** The Kertas Ulasan JDN of `review`, its comments read against `doc` (the open model). */
  | { kind: 'kertasUlasan'; doc: LakarDocument; lang: Lang; review: Review };

const encoder = new TextEncoder();

/** Build the bytes of `job`, reporting progress and honouring cancellation. */
export async function runJob(job: ExportJob, progress: ProgressOptions): Promise<Uint8Array> {
  switch (job.kind) {
    case 'proposal':
      return buildProposalPdf(job.doc, { lang: job.lang, ...progress });
    case 'view':
      return buildViewPdf(job.doc, job.viewId, { lang: job.lang, paper: job.paper, orientation: job.orientation, ...progress });
    case 'kertasUlasan':
      return buildKertasUlasanPdf(job.review, { lang: job.lang, doc: job.doc, ...progress });
    case 'idd': {
      const date = new Date();
      if (job.format === 'json') return encoder.encode(buildIddJson(job.doc, { lang: job.lang, date, flowIds: job.flowIds }));
      // one document per supplying agency: a single file, or a zip of them (003 Lampiran A §1.1)
      const files = await buildIddFiles(job.doc, job.format, { lang: job.lang, date, flowIds: job.flowIds, ...progress });
      return files.length === 1 ? files[0].data : zipFiles(files, date);
    }
  }
}

/** File kind (for the save dialog) and suggested file name of a job's output. */
export function outputOf(job: ExportJob): { kind: 'pdf' | 'md' | 'json' | 'zip'; suggestedName: string } {
  const base = slug(job.doc.meta.title) || 'lakar';
  if (job.kind === 'proposal') return { kind: 'pdf', suggestedName: `${base}-kertas-cadangan.pdf` };
  if (job.kind === 'kertasUlasan') return { kind: 'pdf', suggestedName: `Kertas Ulasan JDN - ${job.review.proposal.title.trim() || 'projek'}.pdf` };
  if (job.kind === 'view') return { kind: 'pdf', suggestedName: `${base}-${slug(job.doc.views[job.viewId]?.name ?? 'lmv') || 'lmv'}.pdf` };
  const flow = job.flowIds?.length === 1 ? job.doc.relations.get(job.flowIds[0]) : undefined;
  const which = flow?.kind === 'dataFlow' ? slug(flow.serviceId ?? flow.id) : 'mygdx';
  const kind = job.format !== 'json' && iddSuppliers(job.doc, job.flowIds).length > 1 ? 'zip' : job.format;
  return { kind, suggestedName: `${base}-idd-${which}.${kind}` };
}

/** A file-name-safe version of `text`: lower case ASCII words joined by hyphens. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
