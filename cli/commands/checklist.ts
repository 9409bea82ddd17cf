/**
 * `lakar checklist <file> [--json]`: the Senarai Semak of Panduan WoG Jadual 4-1, Proses A.1.a —
 * each item with its status, the agency's answer, the reasons and the evidence, as the app's panel
 * and the Kertas Cadangan show them (shared/checklist). Exit 1 while an item is not answered.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../shared/i18n';
import type { ChecklistItem } from '../../shared/checklist';
import { EXIT, loadInput, type CliContext } from '../context';

const TEXT: Record<Lang, Record<string, string>> = {
  ms: {
    description: 'senarai semak WoG (Jadual 4-1, Proses A.1.a): status, jawapan agensi dan bukti setiap perkara; keluar 1 jika ada perkara belum dijawab',
    file: 'fail .lakar (atau format lain yang boleh diimport)',
    json: 'keluaran dalam JSON',
    heading: 'Senarai Semak WoG (Jadual 4-1, Proses A.1.a): {title} ({file})',
    answer: 'Jawapan agensi',
    noAnswer: '(tiada)',
    evidence: 'Daripada reka bentuk',
    confirmed: 'Jawapan agensi disahkan oleh model',
  },
  en: {
    description: 'WoG checklist (Table 4-1, Process A.1.a): status, agency answer and evidence of each item; exit 1 while an item is not answered',
    file: '.lakar file (or another format that can be imported)',
    json: 'output as JSON',
    heading: 'WoG Checklist (Table 4-1, Process A.1.a): {title} ({file})',
    answer: "Agency's answer",
    noAnswer: '(none)',
    evidence: 'From the design',
    confirmed: 'The agency’s answer is borne out by the model',
  },
};

const t = (lang: Lang, key: string, params: Record<string, string> = {}) => TEXT[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => params[k] ?? all);

/** The checklist and the checker, loaded when the command runs (--help and the other commands start without them). */
type Checklist = typeof import('../../shared/checklist');

/** The checklist as text. */
export function checklistText(file: string, title: string, items: ChecklistItem[], lang: Lang, { CHECKLIST_STATUSES, checklistStatusLabel }: Pick<Checklist, 'CHECKLIST_STATUSES' | 'checklistStatusLabel'>): string {
  const out = [t(lang, 'heading', { title, file: path.basename(file) }), CHECKLIST_STATUSES.map((s) => `${checklistStatusLabel(s, lang)}: ${items.filter((i) => i.status === s).length}`).join(' · '), ''];
  for (const it of items) {
    out.push(`${it.no}. [${checklistStatusLabel(it.status, lang)}] ${it.topic}`);
    out.push(`    ${t(lang, 'answer')}: ${it.answer ?? t(lang, 'noAnswer')}`);
    for (const r of it.reasons) out.push(`    ! ${r}`);
    if (it.agreement.confirms.length) out.push(`    ${t(lang, 'confirmed')}:`, ...it.agreement.confirms.map((c) => `      + ${c}`));
    if (it.evidence.length) out.push(`    ${t(lang, 'evidence')}:`, ...it.evidence.map((e) => `      - ${e}`));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Add `checklist` to `program`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('checklist')
    .description(TEXT[ctx.lang].description)
    .argument('<file>', TEXT[ctx.lang].file)
    .option('--json', TEXT[ctx.lang].json)
    .action(async (file: string, flags: { json?: boolean }) => {
      const [{ doc }, checklist, { checkDocument, listRules }] = await Promise.all([loadInput(ctx, file), import('../../shared/checklist'), import('../../shared/rules')]);
      const items = checklist.evaluateChecklist(doc, ctx.lang, { report: checkDocument(doc), rules: listRules() });
      const json = { file: path.basename(file), title: doc.meta.title, items: items.map(({ no, status, topic, answer, reasons, evidence, agreement, findings }) => ({ no, status, topic, answer, reasons, evidence, confirmed: agreement.confirms, contradicted: agreement.contradicts, findings: findings.length })) };
      ctx.io.stdout(flags.json ? `${JSON.stringify(json, null, 2)}\n` : checklistText(file, doc.meta.title, items, ctx.lang, checklist));
      if (items.some((i) => i.status !== 'answered' && i.status !== 'notApplicable')) ctx.exitCode = EXIT.problems;
    });
}
