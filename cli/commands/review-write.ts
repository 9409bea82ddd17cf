/**
 * The writing faces of `lakar review`: what the app's review panel records, through the same review
 * commands (shared/review/commands.ts), named as the review file and Jadual 4-1 name them:
 *  - `comment <review> --on <target> --heading <a–g|analisis> --text <text> [--severity <s>]`
 *    a comment on an element or relation (by id), a WoG checklist item (`senarai:viii`), a field of
 *    the project information (`medan:sector`) or a view (`paparan:<id>`);
 *  - `assess <review> --criterion <a–g>` the step-8 verdict and justification of a criterion;
 *  - `analyse <review> --item <i–v>` the step-4a analysis of an item;
 *  - `decide <review> --status <s>` the step-7 Kertas Keputusan of the Sector Digital Team;
 *  - `syor <review> --value <s>` the step-9 Syor SLU; `summary <review> --text` the summary.
 * The review's own reviewer records each. The file is written whole (atomically) only after the
 * command has succeeded: bad input changes nothing and exits 2 with its message.
 */
import type { Command } from 'commander';
import type { Lang } from '../../shared/i18n';
import type { Anchor, Review } from '../../shared/review';
import {
  ANALYSIS_ITEMS,
  ANALYSIS_NUMERALS,
  CHECKLIST_NUMERALS,
  COMMENT_HEADINGS,
  COMMENT_SEVERITIES,
  CRITERIA,
  CRITERION_LETTERS,
  DECISIONS,
  NOT_CONTINUED_REASONS,
  PROPOSAL_FIELDS,
  SYOR,
  VERDICTS,
} from '../../shared/review/vocabulary';
import { CliError, writeOutput, type CliContext } from '../context';

const TEXT: Record<Lang, Record<string, string>> = {
  ms: {
    review: 'fail ulasan (.ulasan)',
    comment: 'tambah komen pada elemen, hubungan, perkara senarai semak, maklumat projek atau paparan',
    on: 'apa yang diulas: id elemen atau hubungan, senarai:<i–ix> (senarai semak WoG), medan:<{fields}> atau paparan:<id>[@x,y]',
    heading: 'bahagian Kertas Ulasan komen difailkan: kriteria a–g (langkah 8) atau analisis (langkah 4a)',
    severity: 'tahap: {choices} (lalai perluTindakan)',
    commentText: 'teks komen',
    assess: 'rekod penilaian sesuatu kriteria langkah 8 (a–g)',
    criterion: 'kriteria: a–g atau {choices}',
    analyse: 'rekod analisis sesuatu perkara langkah 4a (i–v)',
    item: 'perkara: i–v atau {choices}',
    verdict: 'penilaian: {choices} ("" untuk mengosongkan)',
    justification: 'justifikasi ("" untuk mengosongkan)',
    evidence: 'bukti daripada model ("" untuk mengosongkan)',
    decide: 'rekod Kertas Keputusan Pasukan Digital Sektor (langkah 7)',
    status: 'status permohonan: {choices}',
    date: 'tarikh mesyuarat',
    reference: 'rujukan Kertas Keputusan',
    note: 'catatan ("" untuk mengosongkan)',
    syor: 'rekod Syor SLU (langkah 9)',
    value: 'Syor: {choices}',
    amendments: 'pindaan yang perlu dibuat (Bersetuju Dengan Pindaan)',
    reason: 'sebab Tidak Diteruskan: {choices}',
    related: 'penyelesaian sedia ada / projek berkaitan (Tidak Diteruskan)',
    summary: 'tulis ringkasan ulasan',
    summaryText: 'teks ringkasan ("" untuk mengosongkan)',
    badChoice: '{option} tidak dikenali “{value}”; pilih {choices}',
    badTarget: '--on “{value}” tiada dalam versi yang disemak: beri id elemen atau hubungan, senarai:<i–ix>, medan:<medan> atau paparan:<id>[@x,y]',
    emptyText: '--text kosong: tulis teks komen',
    nothing: 'tiada apa untuk direkod: beri sekurang-kurangnya satu daripada {options}',
    commented: 'Komen {id} ditambah dalam {file}: {where}',
    recorded: '{what} direkodkan dalam {file}',
  },
  en: {
    review: 'review file (.ulasan)',
    comment: 'add a comment on an element, relation, checklist item, project information field or view',
    on: 'what the comment is on: an element or relation id, senarai:<i–ix> (WoG checklist), medan:<{fields}> or paparan:<id>[@x,y]',
    heading: 'part of the Kertas Ulasan the comment is filed under: criterion a–g (step 8) or analisis (step 4a)',
    severity: 'severity: {choices} (default perluTindakan)',
    commentText: 'text of the comment',
    assess: 'record the assessment of a step-8 criterion (a–g)',
    criterion: 'criterion: a–g or {choices}',
    analyse: 'record the analysis of a step-4a item (i–v)',
    item: 'item: i–v or {choices}',
    verdict: 'verdict: {choices} ("" to clear it)',
    justification: 'justification ("" to clear it)',
    evidence: 'evidence from the model ("" to clear it)',
    decide: 'record the Kertas Keputusan of the Sector Digital Team (step 7)',
    status: 'status of the application: {choices}',
    date: 'meeting date',
    reference: 'Kertas Keputusan reference',
    note: 'note ("" to clear it)',
    syor: 'record the Syor SLU (step 9)',
    value: 'Syor: {choices}',
    amendments: 'amendments required (Bersetuju Dengan Pindaan)',
    reason: 'reason for Tidak Diteruskan: {choices}',
    related: 'existing solution / related project (Tidak Diteruskan)',
    summary: 'write the summary of the review',
    summaryText: 'text of the summary ("" to clear it)',
    badChoice: 'unknown {option} “{value}”; choose {choices}',
    badTarget: '--on “{value}” is not in the version reviewed: give an element or relation id, senarai:<i–ix>, medan:<field> or paparan:<id>[@x,y]',
    emptyText: '--text is empty: write the text of the comment',
    nothing: 'nothing to record: give at least one of {options}',
    commented: 'Comment {id} added in {file}: {where}',
    recorded: '{what} recorded in {file}',
  },
};

function say(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

/** `value` as one of `ids`, matched exactly, case-insensitively or by its letter/numeral; a clear exit 2 otherwise. */
function choose<T extends string>(lang: Lang, option: string, value: string, ids: readonly T[], short: Partial<Record<T, string>> = {}): T {
  const v = value.trim().toLowerCase();
  const found = ids.find((id) => id.toLowerCase() === v || short[id] === v);
  if (found) return found;
  const choices = ids.map((id) => (short[id] ? `${short[id]} (${id})` : id)).join(', ');
  throw new CliError('cli.usage', { message: say(lang, 'badChoice', { option, value, choices }) });
}

/** What `--on` names, as an anchor on the version reviewed (the model the review's comments point into). */
function anchorOf(lang: Lang, review: Review, on: string, core: typeof import('../../shared/review')): Anchor {
  const doc = review.proposal.snapshot;
  const [kind, rest] = on.includes(':') ? [on.slice(0, on.indexOf(':')), on.slice(on.indexOf(':') + 1)] : ['', on];
  if (kind === 'senarai' || kind === 'checklist') return { kind: 'checklist', item: choose(lang, '--on senarai', rest, CHECKLIST_NUMERALS) };
  if (kind === 'medan' || kind === 'field') return { kind: 'field', field: choose(lang, '--on medan', rest, PROPOSAL_FIELDS) };
  if (kind === 'paparan' || kind === 'view') {
    const [viewId, at] = rest.split('@');
    const view = doc.views[viewId];
    const [x, y] = (at ?? '0,0').split(',').map(Number);
    if (view && Object.hasOwn(doc.views, viewId) && Number.isFinite(x) && Number.isFinite(y)) return { kind: 'view', viewId, name: view.name, x, y };
  } else if (kind === '') {
    const element = doc.elements.get(on);
    if (element) return core.elementAnchor(element);
    const relation = doc.relations.get(on);
    if (relation) return core.relationAnchor(doc, relation);
  }
  throw new CliError('cli.usage', { message: say(lang, 'badTarget', { value: on }) });
}

/** The next free comment id ("k1", "k2", …): short, so a reviewer can name it later. */
function nextCommentId(review: Review): string {
  const taken = new Set(review.comments.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]));
  let n = review.comments.length + 1;
  while (taken.has(`k${n}`)) n++;
  return `k${n}`;
}

/** The set options among `keys` (an empty string clears its field); refused when none is given. */
function given(lang: Lang, opts: Record<string, string | undefined>, keys: Record<string, string>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [opt, field] of Object.entries(keys)) if (opts[opt] !== undefined) out[field] = opts[opt];
  if (Object.keys(out).length === 0) throw new CliError('cli.usage', { message: say(lang, 'nothing', { options: Object.keys(keys).map((k) => `--${k}`).join(', ') }) });
  return out;
}

/** A closed-list option among `args` checked against `ids` in place; an empty value clears its field (null). */
function closedChoice<T extends string>(lang: Lang, args: Record<string, string | null>, key: string, ids: readonly T[]): void {
  const value = args[key];
  if (typeof value === 'string') args[key] = value.trim() ? choose(lang, `--${key}`, value, ids) : null;
}

export interface ReviewWriteDeps {
  readReview: (ctx: CliContext, file: string) => Promise<Review>;
  core: () => Promise<typeof import('../../shared/review')>;
}

/** Add the writing subcommands to `review` (the `lakar review` command). */
export function registerReviewWrites(review: Command, ctx: CliContext, deps: ReviewWriteDeps): void {
  const lang = ctx.lang;
  const list = (ids: readonly string[]) => ids.join(', ');

  /** Run one review command on `file` as its reviewer and write the file whole; returns the new review. */
  async function record(file: string, id: string, args: (r: Review, core: typeof import('../../shared/review')) => unknown): Promise<Review> {
    const r = await deps.readReview(ctx, file);
    const core = await deps.core();
    const actor = { role: 'reviewer' as const, name: r.reviewer.name, at: new Date().toISOString() };
    const next = core.executeReviewCommand(r, id, args(r, core), actor).review;
    await writeOutput(ctx, file, core.serializeReview(next));
    return next;
  }
  const done = (file: string, what: string) => ctx.io.stdout(`${say(lang, 'recorded', { what, file: ctx.resolve(file) })}\n`);
  const letters = CRITERION_LETTERS as Partial<Record<string, string>>;

  review
    .command('comment')
    .description(say(lang, 'comment'))
    .argument('<review>', say(lang, 'review'))
    .requiredOption('--on <target>', say(lang, 'on', { fields: list(PROPOSAL_FIELDS) }))
    .requiredOption('--heading <heading>', say(lang, 'heading'))
    .requiredOption('--text <text>', say(lang, 'commentText'))
    .option('--severity <severity>', say(lang, 'severity', { choices: list(COMMENT_SEVERITIES) }))
    .action(async (file: string, opts: { on: string; heading: string; text: string; severity?: string }) => {
      const heading = choose(lang, '--heading', opts.heading, COMMENT_HEADINGS, letters);
      const severity = choose(lang, '--severity', opts.severity ?? 'perluTindakan', COMMENT_SEVERITIES);
      if (!opts.text.trim()) throw new CliError('cli.usage', { message: say(lang, 'emptyText') });
      let added = { id: '', where: '' };
      await record(file, 'review.comment.add', (r, core) => {
        const anchor = anchorOf(lang, r, opts.on, core);
        added = { id: nextCommentId(r), where: core.resolveAnchor(anchor, r.proposal.snapshot, lang).name };
        return { id: added.id, anchor, heading, severity, text: opts.text };
      });
      ctx.io.stdout(`${say(lang, 'commented', { id: added.id, file: ctx.resolve(file), where: added.where })}\n`);
    });

  const assessment = (cmd: Command) =>
    cmd
      .option('--verdict <verdict>', say(lang, 'verdict', { choices: list(VERDICTS) }))
      .option('--justification <text>', say(lang, 'justification'))
      .option('--evidence <text>', say(lang, 'evidence'));
  type AssessmentOpts = { verdict?: string; justification?: string; evidence?: string };
  const assessmentArgs = (opts: AssessmentOpts) => {
    const args = given(lang, opts, { verdict: 'verdict', justification: 'justification', evidence: 'evidence' });
    closedChoice(lang, args, 'verdict', VERDICTS);
    return args;
  };

  assessment(review.command('assess').description(say(lang, 'assess')).argument('<review>', say(lang, 'review')).requiredOption('--criterion <criterion>', say(lang, 'criterion', { choices: list(CRITERIA) }))).action(
    async (file: string, opts: AssessmentOpts & { criterion: string }) => {
      const criterion = choose(lang, '--criterion', opts.criterion, CRITERIA, CRITERION_LETTERS);
      const args = assessmentArgs(opts);
      await record(file, 'review.evaluation.set', () => ({ criterion, ...args }));
      done(file, `${CRITERION_LETTERS[criterion]}. ${(await deps.core()).REVIEW_LABELS[lang].criterion[criterion]}`);
    },
  );

  assessment(review.command('analyse').description(say(lang, 'analyse')).argument('<review>', say(lang, 'review')).requiredOption('--item <item>', say(lang, 'item', { choices: list(ANALYSIS_ITEMS) }))).action(
    async (file: string, opts: AssessmentOpts & { item: string }) => {
      const item = choose(lang, '--item', opts.item, ANALYSIS_ITEMS, ANALYSIS_NUMERALS);
      const args = assessmentArgs(opts);
      await record(file, 'review.analysis.set', () => ({ item, ...args }));
      done(file, `${ANALYSIS_NUMERALS[item]}. ${(await deps.core()).REVIEW_LABELS[lang].analysis[item]}`);
    },
  );

  review
    .command('decide')
    .description(say(lang, 'decide'))
    .argument('<review>', say(lang, 'review'))
    .option('--status <status>', say(lang, 'status', { choices: list(DECISIONS) }))
    .option('--date <date>', say(lang, 'date'))
    .option('--reference <reference>', say(lang, 'reference'))
    .option('--note <text>', say(lang, 'note'))
    .action(async (file: string, opts: { status?: string; date?: string; reference?: string; note?: string }) => {
      const args = given(lang, opts, { status: 'status', date: 'date', reference: 'reference', note: 'note' });
      closedChoice(lang, args, 'status', DECISIONS);
      const next = await record(file, 'review.decision.set', () => args);
      done(file, `Kertas Keputusan${next.decision.status ? `: ${(await deps.core()).REVIEW_LABELS[lang].decision[next.decision.status]}` : ''}`);
    });

  review
    .command('syor')
    .description(say(lang, 'syor'))
    .argument('<review>', say(lang, 'review'))
    .option('--value <syor>', say(lang, 'value', { choices: list(SYOR) }))
    .option('--amendments <text>', say(lang, 'amendments'))
    .option('--reason <reason>', say(lang, 'reason', { choices: list(NOT_CONTINUED_REASONS) }))
    .option('--related <text>', say(lang, 'related'))
    .option('--note <text>', say(lang, 'note'))
    .action(async (file: string, opts: { value?: string; amendments?: string; reason?: string; related?: string; note?: string }) => {
      const args = given(lang, opts, { value: 'value', amendments: 'amendments', reason: 'reason', related: 'relatedSolution', note: 'note' });
      closedChoice(lang, args, 'value', SYOR);
      closedChoice(lang, args, 'reason', NOT_CONTINUED_REASONS);
      const next = await record(file, 'review.syor.set', () => args);
      done(file, `Syor SLU${next.syor.value ? `: ${(await deps.core()).REVIEW_LABELS[lang].syor[next.syor.value]}` : ''}`);
    });

  review
    .command('summary')
    .description(say(lang, 'summary'))
    .argument('<review>', say(lang, 'review'))
    .requiredOption('--text <text>', say(lang, 'summaryText'))
    .action(async (file: string, opts: { text: string }) => {
      await record(file, 'review.summary.update', () => ({ summary: opts.text }));
      done(file, lang === 'ms' ? 'Ringkasan ulasan' : 'Summary of the review');
    });
}
