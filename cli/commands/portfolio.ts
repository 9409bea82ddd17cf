/**
 * `lakar portfolio <folder-or-files…> [--json] [--format pdf -o laporan.pdf]`: reads many agencies'
 * proposals together (every `.lakar`, `.lakar.json` and OEF `.xml` of a folder, read-only) and
 * reports overlaps across projects, the registry consumption matrix, DPI adoption, cross-agency
 * flows and the sector summary (issue 17; 001 §4.2.2 a, §2.6, §2.7.3). Unreadable files are listed
 * on stderr with their reason and never stop the rest. Exit code 1 when overlaps or registry
 * re-captures are found, 2 when nothing could be read.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../shared/i18n';
import { label } from '../../shared/i18n';
import type { PortfolioAnalysis } from '../../shared/portfolio';
import { checkOutputTarget, CliError, EXIT, writeOutput, type CliContext } from '../context';

const TEXT: Record<Lang, Record<string, string>> = {
  ms: {
    description: 'baca banyak kertas cadangan agensi bersama (folder atau fail) dan cari pertindihan, perkongsian data dan penggunaan registri merentas projek',
    inputs: 'folder (setiap .lakar, .lakar.json dan .xml OEF di dalamnya) atau fail',
    json: 'keluaran dalam JSON',
    format: 'format fail output: pdf (Laporan Portfolio Sektor) atau json',
    output: 'fail output (dengan --format), atau - untuk output standard',
    unreadable: 'Amaran: {file} tidak dapat dibaca: {reason}',
    nothingRead: 'Tiada fail projek yang dapat dibaca ({count} dicuba).',
    noFiles: 'Tiada fail .lakar, .lakar.json atau .xml ditemui dalam {inputs}.',
    heading: 'Portfolio sektor: {projects} projek daripada {agencies} agensi ({unreadable} fail tidak dapat dibaca)',
    overlaps: 'PERTINDIHAN MERENTAS PROJEK ({n})',
    noOverlaps: 'Tiada pertindihan dikesan.',
    registries: 'REGISTRI DAN REPOSITORI ({n} digunakan)',
    readBy: 'dibaca oleh',
    recapturedBy: 'DITAWAN SEMULA oleh',
    declaredBy: 'dinyatakan oleh',
    nothingDeclared: 'Tidak menyatakan sebarang registri: {files}',
    dpi: 'PENGGUNAAN DPI (MyDigital ID / ePayment / MyGDX)',
    flows: 'ALIRAN DATA MERENTAS AGENSI (MyGDX {myGdx} daripada {total})',
    summary: 'RINGKASAN SEKTOR',
    cost: 'Jumlah anggaran kos: RM {cost} ({n} projek)',
    checks: 'Semakan WoG: {errors} ralat, {warnings} amaran',
    written: 'Laporan ditulis: {file}',
    used: 'guna',
    declared: 'dilukis',
    none: 'tiada',
  },
  en: {
    description: 'read many agencies’ proposals together (a folder or files) and find overlaps, shared data and registry use across projects',
    inputs: 'folder (every .lakar, .lakar.json and OEF .xml in it) or files',
    json: 'output as JSON',
    format: 'output file format: pdf (Sector Portfolio Report) or json',
    output: 'output file (with --format), or - for standard output',
    unreadable: 'Warning: {file} could not be read: {reason}',
    nothingRead: 'No project file could be read ({count} tried).',
    noFiles: 'No .lakar, .lakar.json or .xml file found in {inputs}.',
    heading: 'Sector portfolio: {projects} projects from {agencies} agencies ({unreadable} files could not be read)',
    overlaps: 'OVERLAPS ACROSS PROJECTS ({n})',
    noOverlaps: 'No overlaps found.',
    registries: 'REGISTRIES AND REPOSITORIES ({n} in use)',
    readBy: 'read by',
    recapturedBy: 'CAPTURED AGAIN by',
    declaredBy: 'declared by',
    nothingDeclared: 'Declare no registry: {files}',
    dpi: 'DPI ADOPTION (MyDigital ID / ePayment / MyGDX)',
    flows: 'CROSS-AGENCY DATA FLOWS (MyGDX {myGdx} of {total})',
    summary: 'SECTOR SUMMARY',
    cost: 'Total estimated cost: RM {cost} ({n} projects)',
    checks: 'WoG check: {errors} errors, {warnings} warnings',
    written: 'Report written: {file}',
    used: 'used',
    declared: 'drawn',
    none: 'none',
  },
};

function text(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

interface PortfolioFlags {
  json?: boolean;
  format?: string;
  output?: string;
}

/** The analysis as text for people. */
export function portfolioText(a: PortfolioAnalysis, lang: Lang, { overlapReasons }: Pick<typeof import('../../shared/portfolio'), 'overlapReasons'>): string {
  const out: string[] = [text(lang, 'heading', { projects: a.projects.length, agencies: new Set(a.projects.map((p) => p.agencyKey)).size, unreadable: a.unreadable.length }), ''];
  out.push(text(lang, 'overlaps', { n: a.overlaps.length }));
  if (!a.overlaps.length) out.push(`  ${text(lang, 'noOverlaps')}`);
  for (const o of a.overlaps) {
    out.push(`  [${o.kind}] ${o.score.toFixed(2)}  "${o.a.name}" (${o.a.agency}, ${o.a.file})  ↔  "${o.b.name}" (${o.b.agency}, ${o.b.file})`);
    for (const r of overlapReasons(o, lang)) out.push(`      - ${r}`);
  }
  const used = a.registries.filter((r) => r.readBy.length + r.recapturedBy.length + r.declaredBy.length);
  out.push('', text(lang, 'registries', { n: used.length }));
  for (const r of used) {
    const parts = [
      r.readBy.length ? `${text(lang, 'readBy')} ${r.readBy.map((c) => c.file).join(', ')}` : '',
      r.recapturedBy.length ? `${text(lang, 'recapturedBy')} ${r.recapturedBy.map((c) => c.file).join(', ')}` : '',
      r.declaredBy.length ? `${text(lang, 'declaredBy')} ${r.declaredBy.map((c) => c.file).join(', ')}` : '',
    ].filter(Boolean);
    out.push(`  ${r.name[lang]} (${r.id}): ${parts.join('; ')}`);
  }
  if (a.declaringNothing.length) out.push(`  ${text(lang, 'nothingDeclared', { files: a.declaringNothing.join(', ') })}`);
  out.push('', text(lang, 'dpi'));
  for (const d of a.dpi) out.push(`  ${d.file}: ${[d.states.myDigitalId, d.states.ePaymentGateway, d.states.myGdx].map((s) => text(lang, s)).join(' / ')}`);
  out.push('', text(lang, 'flows', a.myGdxShare));
  for (const f of a.flows) out.push(`  ${f.from} → ${f.to}  ${label(lang, 'flowMethod', f.method)} × ${f.count}`);
  const s = a.summary;
  const counts = (m: Record<string, number>, group: 'sector' | 'projectCategory' | 'e2eCategory') =>
    Object.entries(m)
      .map(([k, n]) => `${k === 'unset' ? '?' : label(lang, group, k)} ${n}`)
      .join(', ');
  out.push('', text(lang, 'summary'), `  ${counts(s.bySector, 'sector')}`, `  ${counts(s.byCategory, 'projectCategory')}`, `  ${counts(s.byE2e, 'e2eCategory')}`);
  out.push(`  ${text(lang, 'cost', { cost: s.totalCost.toLocaleString('en-US'), n: s.costedProjects })}`, `  ${text(lang, 'checks', { errors: s.errors, warnings: s.warnings })}`);
  return `${out.join('\n')}\n`;
}

/** Add `portfolio` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('portfolio')
    .description(text(ctx.lang, 'description'))
    .argument('<inputs...>', text(ctx.lang, 'inputs'))
    .option('--json', text(ctx.lang, 'json'))
    .option('--format <format>', text(ctx.lang, 'format'))
    .option('-o, --output <file>', text(ctx.lang, 'output'))
    .action(async (inputs: string[], flags: PortfolioFlags) => {
      const format = flags.format?.toLowerCase() ?? (flags.output?.toLowerCase().endsWith('.pdf') ? 'pdf' : flags.output ? 'json' : undefined);
      if (format && format !== 'pdf' && format !== 'json') throw new CliError('cli.unknownFormat', { format, known: 'pdf, json' });
      if (format === 'pdf' && !flags.output) throw new CliError('cli.missingMandatoryOptionValue', { detail: '-o, --output <file>' });
      if (flags.output) for (const input of inputs) checkOutputTarget(ctx, input, flags.output);

      // the readers and the analysis are loaded when the command runs (--help and other commands start without them)
      const [core, { readPortfolio }] = await Promise.all([import('../../shared/portfolio'), import('../../electron/store/portfolio-files')]);
      const { digestProject, Portfolio, portfolioJson } = core;
      const reads = await readPortfolio(inputs.map((i) => ctx.resolve(i)));
      if (!reads.length) throw new CliError(text(ctx.lang, 'noFiles', { inputs: inputs.join(', ') }));
      const portfolio = new Portfolio();
      for (const r of reads) {
        if (r.ok) continue;
        portfolio.markUnreadable(r.file, r.reason);
        ctx.io.stderr(`${text(ctx.lang, 'unreadable', { file: r.file, reason: ctx.t(r.reason.key, r.reason.params ?? {}) })}\n`);
      }
      portfolio.upsertAll(reads.flatMap((r) => (r.ok ? [digestProject(r.file, r.doc)] : [])));
      const analysis = portfolio.analysis();
      if (!analysis.projects.length) throw new CliError(text(ctx.lang, 'nothingRead', { count: reads.length }));

      if (format === 'pdf') {
        const { buildPortfolioReportPdf } = await import('../../shared/portfolio/report-pdf');
        const bytes = await buildPortfolioReportPdf(analysis, { lang: ctx.lang, reasonText: (r) => ctx.t(r.key, r.params ?? {}) });
        await writeOutput(ctx, flags.output!, bytes);
        if (flags.output !== '-') ctx.io.stdout(`${text(ctx.lang, 'written', { file: path.resolve(ctx.io.cwd, flags.output!) })}\n`);
      } else if (format === 'json' || flags.json) {
        const json = `${JSON.stringify(portfolioJson(analysis, ctx.lang), null, 2)}\n`;
        if (flags.output && flags.output !== '-') await writeOutput(ctx, flags.output, json);
        else ctx.io.stdout(json);
      } else {
        ctx.io.stdout(portfolioText(analysis, ctx.lang, core));
      }
      if (analysis.overlaps.length || analysis.registries.some((r) => r.recapturedBy.length)) ctx.exitCode = EXIT.problems;
    });
}
