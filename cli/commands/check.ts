/**
 * `lakar check <file> [--json] [--catalogue <update.json>] [--apps <list.csv>]`: checks a project
 * against the WoG rules and the sector-ecosystem catalogue and prints the problems by severity,
 * each with its seed section and fix hint. Exit code 1 when any error is found, 0 otherwise, 2 for
 * bad input. The project's own catalogue update and application list (in its meta) are used unless
 * the options give others.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { elementKindLabel, endsName, label, type Lang } from '../../shared/i18n';
import { decodeReferences, formatSource } from '../../shared/catalogue/sources';
import type { LakarDocument } from '../../shared/model';
import type { CheckOptions, CheckReport, Problem, Severity } from '../../shared/rules';
import { CliError, EXIT, loadInput, printWarnings, readInput, type CliContext } from '../context';

const TEXT: Record<Lang, Record<string, string>> = {
  ms: {
    description: 'semak projek terhadap peraturan WoG dan katalog ekosistem sektor; kod keluar 1 jika ada ralat',
    file: 'fail .lakar (atau format lain yang boleh diimport)',
    json: 'keluaran dalam JSON',
    catalogue: 'fail kemas kini katalog (JSON) untuk digunakan dan bukannya katalog projek',
    apps: 'senarai aplikasi agensi (CSV, cth. eksport RASA) untuk semakan pertindihan',
    heading: 'Semakan WoG: {title} ({file})',
    catalogueLine: 'Katalog: {version} · {rules} peraturan disemak',
    disabled: 'Peraturan yang dikecualikan bagi projek ini: {rules}',
    summary: '{error} ralat, {warning} amaran, {advice} nasihat',
    none: 'Tiada masalah ditemui.',
    source: 'Sumber',
    fix: 'Cadangan',
    elements: 'Elemen',
    relations: 'Hubungan',
    more: '… dan {n} lagi',
    untitled: '(tanpa tajuk)',
    appsRejected: 'Amaran: {file} baris {line}: {message}',
    error: 'RALAT',
    warning: 'AMARAN',
    advice: 'NASIHAT',
  },
  en: {
    description: 'check a project against the WoG rules and the sector-ecosystem catalogue; exit code 1 if there are errors',
    file: '.lakar file (or another importable format)',
    json: 'output as JSON',
    catalogue: 'catalogue update file (JSON) to use instead of the project’s catalogue',
    apps: 'agency application list (CSV, e.g. a RASA export) for the duplicate check',
    heading: 'WoG check: {title} ({file})',
    catalogueLine: 'Catalogue: {version} · {rules} rules checked',
    disabled: 'Rules excluded for this project: {rules}',
    summary: '{error} errors, {warning} warnings, {advice} advice',
    none: 'No problems found.',
    source: 'Source',
    fix: 'Fix',
    elements: 'Elements',
    relations: 'Relations',
    more: '… and {n} more',
    untitled: '(untitled)',
    appsRejected: 'Warning: {file} line {line}: {message}',
    error: 'ERRORS',
    warning: 'WARNINGS',
    advice: 'ADVICE',
  },
};

/** Text `key` of this command in `lang` with `{param}`s filled in. */
export function text(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

interface CheckFlags {
  json?: boolean;
  catalogue?: string;
  apps?: string;
}

/** The checker and the catalogue, loaded when the command runs (--help and other commands start without them). */
type Rules = typeof import('../../shared/rules');
const loadRules = () => import('../../shared/rules');

/** Check options from `--catalogue` and `--apps`; bad files stop the command with their message (exit 2). */
async function optionsFrom(ctx: CliContext, flags: CheckFlags): Promise<CheckOptions> {
  const options: CheckOptions = {};
  if (!flags.catalogue && !flags.apps) return options;
  const { parseAgencyApplicationsCsv, parseCatalogueUpdate, resolveCatalogueIndex, builtinCatalogueIndex, decodeTextFile } = await import('../../shared/catalogue');
  if (flags.catalogue) {
    const parsed = parseCatalogueUpdate(decodeTextFile(await readInput(ctx, flags.catalogue)));
    if (!parsed.ok) throw new CliError(`${path.basename(flags.catalogue)}: ${parsed.error[ctx.lang]}`);
    options.catalogue = resolveCatalogueIndex(parsed.value, builtinCatalogueIndex);
  }
  if (flags.apps) {
    const result = parseAgencyApplicationsCsv(path.basename(flags.apps), await readInput(ctx, flags.apps));
    if (!result.ok) throw new CliError(result.error[ctx.lang]);
    for (const r of [...result.rejected, ...result.warnings]) ctx.io.stderr(`${text(ctx.lang, 'appsRejected', { file: path.basename(flags.apps), line: r.line, message: r.message[ctx.lang] })}\n`);
    options.agencyApplications = result.list.entries;
  }
  return options;
}

const MAX_NAMES = 4;

function names(doc: LakarDocument, ids: string[], lang: Lang, kind: 'element' | 'relation'): string {
  const shown = ids.slice(0, MAX_NAMES).map((id) => {
    if (kind === 'element') {
      const e = doc.elements.get(id);
      return e ? `${e.name} (${elementKindLabel(lang, e)})` : id;
    }
    const r = doc.relations.get(id);
    if (!r) return id;
    const s = doc.elements.get(r.source)?.name ?? r.source;
    const t = doc.elements.get(r.target)?.name ?? r.target;
    return `${endsName(s, t)} (${label(lang, 'relation', r.kind)})`;
  });
  const more = ids.length - shown.length;
  return shown.join('; ') + (more > 0 ? ` ${text(lang, 'more', { n: more })}` : '');
}

/** The report as JSON for scripts: problems with their rule's source and fix hint in `lang`. */
export function reportJson(file: string, doc: LakarDocument, report: CheckReport, lang: Lang, { ruleInfo }: Pick<Rules, 'ruleInfo'>) {
  return {
    file: path.basename(file),
    title: doc.meta.title,
    catalogueVersion: report.catalogueVersion,
    rulesChecked: report.rulesChecked,
    disabledRules: report.disabledRules,
    counts: report.counts,
    problems: report.problems.map((p: Problem) => {
      const info = ruleInfo(p.ruleId);
      return {
        ruleId: p.ruleId,
        severity: p.severity,
        message: decodeReferences(p.message[lang], lang),
        source: info ? formatSource(info.source, lang) : undefined,
        fixHint: info ? decodeReferences(info.fixHint[lang], lang) : undefined,
        elements: p.elementIds.map((id) => ({ id, name: doc.elements.get(id)?.name, kind: doc.elements.get(id)?.kind })),
        relationIds: p.relationIds,
      };
    }),
  };
}

/** The report as text, grouped by severity. */
export function reportText(file: string, doc: LakarDocument, report: CheckReport, lang: Lang, { ruleInfo, SEVERITIES }: Pick<Rules, 'ruleInfo' | 'SEVERITIES'>): string {
  const out: string[] = [
    text(lang, 'heading', { title: doc.meta.title || text(lang, 'untitled'), file: path.basename(file) }),
    text(lang, 'catalogueLine', { version: report.catalogueVersion ?? '', rules: report.rulesChecked ?? 0 }),
  ];
  if (report.disabledRules.length) out.push(text(lang, 'disabled', { rules: report.disabledRules.join(', ') }));
  out.push(text(lang, 'summary', report.counts), '');
  if (!report.problems.length) out.push(text(lang, 'none'));
  for (const severity of SEVERITIES as Severity[]) {
    const list = report.problems.filter((p) => p.severity === severity);
    if (!list.length) continue;
    out.push(`${text(lang, severity)} (${list.length})`);
    for (const p of list) {
      const info = ruleInfo(p.ruleId);
      out.push(`  [${p.ruleId}] ${decodeReferences(p.message[lang], lang)}`);
      if (p.elementIds.length) out.push(`      ${text(lang, 'elements')}: ${names(doc, p.elementIds, lang, 'element')}`);
      if (p.relationIds.length) out.push(`      ${text(lang, 'relations')}: ${names(doc, p.relationIds, lang, 'relation')}`);
      if (info) out.push(`      ${text(lang, 'source')}: ${formatSource(info.source, lang)}`, `      ${text(lang, 'fix')}: ${decodeReferences(info.fixHint[lang], lang)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Add `check` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(text(ctx.lang, 'description'))
    .argument('<file>', text(ctx.lang, 'file'))
    .option('--json', text(ctx.lang, 'json'))
    .option('--catalogue <file>', text(ctx.lang, 'catalogue'))
    .option('--apps <file>', text(ctx.lang, 'apps'))
    .action(async (file: string, flags: CheckFlags) => {
      const [{ doc, warnings }, rules] = await Promise.all([loadInput(ctx, file), loadRules()]);
      printWarnings(ctx, warnings, true);
      const report = rules.checkDocument(doc, await optionsFrom(ctx, flags));
      ctx.io.stdout(flags.json ? `${JSON.stringify(reportJson(file, doc, report, ctx.lang, rules), null, 2)}\n` : reportText(file, doc, report, ctx.lang, rules));
      if (report.counts.error > 0) ctx.exitCode = EXIT.problems;
    });
}
