/**
 * CLI exporters of issue 5: the proposal paper (`--format pdf`, with the WoG check report as its
 * appendix) and the MyGDX Interface Description Document (`--format idd`; PDF, Markdown or JSON
 * chosen by the output file's extension). `--view <id>` with `--paper`/`--orientation` export a
 * single view instead of the proposal paper. Ctrl+C cancels a running export; the CLI framework
 * writes the output atomically, so nothing is left behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../shared/i18n';
import type { LakarDocument } from '../shared/model';
import { hasOwn } from '../shared/model/ids';
import type { Orientation, PaperFormat } from '../shared/export/pdf';
import { UserError } from '../shared/ipc/errors';
import type { Exporter, FormatModule } from './formats';
import { interruptSignal } from './interrupt';


/** The PDF and IDD builders, loaded on first use so other commands (and --help) start fast without jsPDF. */
const pdfModule = () => import('../shared/export/pdf');
const iddModule = () => import('../shared/export/idd');

/** Run an export that Ctrl+C can stop (cli/interrupt.ts). */
async function cancellable<T>(run: (signal: { readonly aborted: boolean }) => Promise<T>): Promise<T> {
  const { ExportCancelledError } = await pdfModule();
  try {
    return await run(interruptSignal());
  } catch (e) {
    if (e instanceof ExportCancelledError) throw new UserError('export.cancelled');
    throw e;
  }
}

function pick<T extends string>(value: unknown, allowed: readonly T[], key: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as T;
  throw new UserError(key, { value: String(value), allowed: allowed.join(', ') });
}

const pdfExporter: Exporter = {
  name: 'pdf',
  description: {
    ms: 'Kertas Cadangan (PDF A4) berserta lakaran LMV, jadual Jadual 3-1, senarai semak WoG dan laporan pemeriksaan',
    en: 'Proposal paper (A4 PDF) with the LMV sketch, Table 3-1 tables, WoG checklist and check report',
  },
  extension: '.pdf',
  options: [
    { flags: '--view <id>', description: { ms: 'eksport satu paparan sahaja (id atau nama), bukan kertas cadangan', en: 'export one view only (id or name), not the proposal paper' } },
    { flags: '--paper <a4|a3>', description: { ms: 'dengan --view: saiz kertas (lalai a4)', en: 'with --view: paper size (default a4)' } },
    { flags: '--orientation <portrait|landscape>', description: { ms: 'dengan --view: orientasi (lalai landscape)', en: 'with --view: orientation (default landscape)' } },
  ],
  async write(doc: LakarDocument, { lang, options }: { lang: Lang; options: Record<string, unknown> }) {
    const asked = options.view as string | undefined;
    if (asked !== undefined) {
      // Same rule as the svg/png exporters: a view id, or a view name.
      const viewId = hasOwn(doc.views, asked) ? asked : Object.values(doc.views).find((v) => v.name.toLowerCase() === asked.toLowerCase())?.id;
      if (!viewId) throw new UserError('export.viewNotFound', { view: asked, views: Object.values(doc.views).map((v) => `${v.id} (${v.name})`).join(', ') });
      const paper = pick<PaperFormat>(options.paper, ['a4', 'a3'], 'export.badPaper') ?? 'a4';
      const orientation = pick<Orientation>(options.orientation, ['portrait', 'landscape'], 'export.badOrientation') ?? 'landscape';
      const { buildViewPdf } = await pdfModule();
      return cancellable((signal) => buildViewPdf(doc, viewId, { lang, paper, orientation, signal }));
    }
    const { buildProposalPdf } = await pdfModule();
    return cancellable((signal) => buildProposalPdf(doc, { lang, signal }));
  },
};

/** The IDD's form from the output name: .md, .json, .zip, a folder (ending in a slash or an existing folder), else PDF. */
export function iddForm(output: unknown, resolved: unknown = output): 'pdf' | 'md' | 'json' | 'zip' | 'folder' {
  const name = typeof output === 'string' ? output : '';
  const lower = name.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.zip')) return 'zip';
  if (/[\\/]$/.test(name) || (name !== '' && name !== '-' && typeof resolved === 'string' && isFolder(resolved))) return 'folder';
  return 'pdf';
}

function isFolder(name: string): boolean {
  try {
    return fs.statSync(path.resolve(name)).isDirectory();
  } catch {
    return false;
  }
}

const iddExporter: Exporter = {
  name: 'idd',
  description: {
    ms: 'Interface Description Document MyGDX (Lampiran A), satu dokumen bagi setiap agensi pembekal: folder (-o folder/) atau .zip bagi beberapa dokumen, .pdf/.md bagi satu, .json bagi semua',
    en: 'MyGDX Interface Description Documents (Appendix A), one per supplying agency: a folder (-o folder/) or .zip for several, .pdf/.md for one, .json for all',
  },
  extension: '.idd.pdf',
  options: [
    { flags: '--flow <ids>', description: { ms: 'hanya aliran MyGDX ini (id aliran, dipisahkan koma), cth. satu fail .md bagi setiap aliran', en: 'only these MyGDX flows (flow ids, comma-separated), e.g. one .md file per flow' } },
    { flags: '--idd-form <pdf|md>', description: { ms: 'bentuk dokumen dalam folder atau .zip (lalai pdf)', en: 'form of the documents in a folder or .zip (default pdf)' } },
  ],
  async write(doc: LakarDocument, { lang, options }: { lang: Lang; options: Record<string, unknown> }) {
    const idd = await iddModule();
    const flows = idd.mygdxFlows(doc);
    if (flows.length === 0) throw new UserError('export.noMygdxFlows');
    let flowIds: string[] | undefined;
    if (typeof options.flow === 'string') {
      flowIds = options.flow.split(',').map((f) => f.trim()).filter(Boolean);
      const unknown = flowIds.find((id) => !flows.some((f) => f.id === id));
      if (unknown) throw new UserError('export.flowNotFound', { flow: unknown, flows: flows.map((f) => `${f.id}${f.serviceId ? ` (${f.serviceId})` : ''}`).join(', ') });
    }
    const form = iddForm(options.output ?? options.o, options.outputPath);
    if (form === 'json') return idd.buildIddJson(doc, { lang, flowIds });
    const date = new Date();
    if (form === 'folder' || form === 'zip') {
      const inner = pick<'pdf' | 'md'>(options.iddForm, ['pdf', 'md'], 'export.badIddForm') ?? 'pdf';
      const files = await cancellable((signal) => idd.buildIddFiles(doc, inner, { lang, date, flowIds, signal }));
      return form === 'zip' ? idd.zipFiles(files, date) : { files, replaces: /^idd-[a-z0-9-]+\.(pdf|md)$/ };
    }
    // one file: only when one agency supplies every service asked for
    const suppliers = idd.iddSuppliers(doc, flowIds);
    if (suppliers.length > 1) throw new UserError('export.iddSeveral', { n: suppliers.length, suppliers: suppliers.join(', '), output: String(options.output ?? options.o) });
    const files = await cancellable((signal) => idd.buildIddFiles(doc, form, { lang, date, flowIds, signal }));
    return files[0].data;
  },
};

/** The proposal-paper and IDD format module. */
export const format: FormatModule = {
  exporters: [pdfExporter, iddExporter],
  messages: {
    ms: {
      'export.cancelled': 'Eksport dibatalkan; tiada fail ditulis.',
      'export.viewNotFound': 'Paparan "{{view}}" tiada dalam projek. Paparan yang ada: {{views}}.',
      'export.badPaper': 'Saiz kertas "{{value}}" tidak sah; gunakan {{allowed}}.',
      'export.badOrientation': 'Orientasi "{{value}}" tidak sah; gunakan {{allowed}}.',
      'export.flowNotFound': 'Aliran "{{flow}}" bukan aliran data MyGDX dalam projek ini. Aliran MyGDX: {{flows}}.',
      'export.noMygdxFlows': 'Projek ini tiada aliran data yang menggunakan kaedah MyGDX; tiada IDD untuk dijana. Tetapkan kaedah aliran data kepada MyGDX.',
      'export.iddSeveral': 'IDD ini terdiri daripada {{n}} dokumen, satu bagi setiap agensi pembekal ({{suppliers}}); "{{output}}" hanya memuatkan satu. Berikan folder (cth. -o idd/) atau fail .zip, atau pilih aliran dengan --flow.',
      'export.badIddForm': 'Bentuk IDD "{{value}}" tidak sah; gunakan {{allowed}}.',
    },
    en: {
      'export.cancelled': 'Export cancelled; no file was written.',
      'export.viewNotFound': 'View "{{view}}" is not in the project. Views: {{views}}.',
      'export.badPaper': 'Paper size "{{value}}" is not valid; use {{allowed}}.',
      'export.badOrientation': 'Orientation "{{value}}" is not valid; use {{allowed}}.',
      'export.flowNotFound': 'Flow "{{flow}}" is not a MyGDX data flow of this project. MyGDX flows: {{flows}}.',
      'export.noMygdxFlows': 'This project has no data flow using the MyGDX method, so there is no IDD to generate. Set a data flow’s method to MyGDX.',
      'export.iddSeveral': 'This IDD is {{n}} documents, one per supplying agency ({{suppliers}}); "{{output}}" holds only one. Give a folder (e.g. -o idd/) or a .zip file, or pick flows with --flow.',
      'export.badIddForm': 'IDD form "{{value}}" is not valid; use {{allowed}}.',
    },
  },
};
