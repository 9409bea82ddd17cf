/**
 * `lakar review init|show|export`: reviews of proposals (Kertas Ulasan JDN, 001 §4.3 Jadual 4-1).
 *  - `init <project> --reviewer <name> --body <body> [-o <file.ulasan>]` starts a review file of the
 *    project as it is now (beside it by default); the project is only read.
 *  - `show <review> [--project <file>] [--json]` lists the verdicts, the Syor and the comments, read
 *    against the current project when given (orphaned anchors, model changed since the version reviewed).
 *  - `export <review> --format pdf -o <file.pdf> [--project <file>]` writes the Kertas Ulasan JDN.
 *  - `recommend <review> --implementer <agency> [--justification <text>]` records the Pelaksana
 *    Projek JDN recommends (Jadual 4-1 langkah 8) in the review file, as its reviewer.
 * The commands that write comments, verdicts, the decision and the Syor are in review-write.ts.
 * A foreign, damaged or hand-edited review file, or a review of another project, is refused (exit 2).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../shared/i18n';
import { UserError } from '../../shared/ipc/errors';
import type { LakarDocument } from '../../shared/model';
import { REVIEW_EXTENSION, REVIEWING_BODIES, type ReviewingBody } from '../../shared/review/vocabulary';
import type { Review, ReviewReport } from '../../shared/review';
import { CliError, checkOutputTarget, loadInput, readInput, writeOutput, type CliContext } from '../context';
import { registerReviewWrites } from './review-write';

const TEXT: Record<Lang, Record<string, string>> = {
  ms: {
    description: 'ulasan kertas cadangan (Kertas Ulasan JDN): mula, tulis komen, penilaian, keputusan dan Syor, papar dan eksport fail .ulasan',
    init: 'mulakan fail ulasan bagi projek seperti sekarang (projek tidak diubah)',
    show: 'papar penilaian, Syor dan komen sesuatu ulasan',
    export: 'eksport Kertas Ulasan JDN (PDF)',
    recommend: 'rekod Pelaksana Projek yang disyorkan JDN (Jadual 4-1 langkah 8) dalam fail ulasan',
    implementerOpt: 'agensi yang disyorkan sebagai Pelaksana Projek ("" untuk mengosongkan)',
    justificationOpt: 'justifikasi pengesyoran',
    recommended: 'Pelaksana Projek disyorkan direkodkan dalam {file}: {agency}',
    project: 'fail .lakar yang diulas (atau format lain yang boleh diimport)',
    review: 'fail ulasan (.ulasan)',
    reviewer: 'nama penyemak',
    body: 'badan penyemak: {bodies}',
    position: 'jawatan penyemak',
    output: 'fail output (lalai: {default})',
    withProject: 'baca komen terhadap projek semasa (anotasi yatim, perubahan sejak versi disemak)',
    json: 'keluaran dalam JSON',
    format: 'format output: pdf',
    created: 'Fail ulasan dicipta: {file} (versi disemak: {hash})',
    exported: 'Kertas Ulasan JDN ditulis ke {file}',
    badBody: 'badan penyemak tidak dikenali “{body}”; pilih {bodies}',
    badFormat: 'format tidak disokong “{format}”; hanya pdf',
    heading: 'Ulasan: {title}',
    reviewer_: 'Penyemak: {name} — {body}',
    version: 'Versi disemak: generasi {generation}, {at}, {hash}',
    changed: 'Model telah berubah sejak versi disemak.',
    unchanged: 'Model sama dengan versi disemak.',
    decision: 'Keputusan Pasukan Digital Sektor (langkah 7): {value}',
    analysis: 'Analisis langkah 4a:',
    criteria: 'Ulasan mengikut kriteria (langkah 8):',
    implementer: 'Pelaksana Projek disyorkan (langkah 8): {value}{reason} [cadangan agensi: {proposed}]',
    syor: 'Syor SLU (langkah 9): {value}',
    comments: 'Komen ({n}):',
    orphaned: 'telah dipadam',
    replies: '{n} balasan',
    none: '—',
  },
  en: {
    description: 'reviews of proposals (Kertas Ulasan JDN): start, write comments, verdicts, the decision and the Syor, show and export .ulasan files',
    init: 'start a review file of the project as it is now (the project is not changed)',
    show: 'show the verdicts, the Syor and the comments of a review',
    export: 'export the Kertas Ulasan JDN (PDF)',
    recommend: 'record the Pelaksana Projek JDN recommends (Jadual 4-1 step 8) in the review file',
    implementerOpt: 'agency recommended as Pelaksana Projek ("" to clear it)',
    justificationOpt: 'why this implementer',
    recommended: 'Recommended Pelaksana Projek recorded in {file}: {agency}',
    project: '.lakar file under review (or another importable format)',
    review: 'review file (.ulasan)',
    reviewer: 'name of the reviewer',
    body: 'reviewing body: {bodies}',
    position: 'position of the reviewer',
    output: 'output file (default: {default})',
    withProject: 'read the comments against the current project (orphaned anchors, changes since the version reviewed)',
    json: 'output as JSON',
    format: 'output format: pdf',
    created: 'Review file created: {file} (version reviewed: {hash})',
    exported: 'Kertas Ulasan JDN written to {file}',
    badBody: 'unknown reviewing body “{body}”; choose {bodies}',
    badFormat: 'unsupported format “{format}”; only pdf',
    heading: 'Review: {title}',
    reviewer_: 'Reviewer: {name} — {body}',
    version: 'Version reviewed: generation {generation}, {at}, {hash}',
    changed: 'The model has changed since the version reviewed.',
    unchanged: 'The model is the version reviewed.',
    decision: 'Sector Digital Team decision (step 7): {value}',
    analysis: 'Step 4a analysis:',
    criteria: 'Review by criterion (step 8):',
    implementer: 'Recommended Pelaksana Projek (step 8): {value}{reason} [proposed by the agency: {proposed}]',
    syor: 'Syor SLU (step 9): {value}',
    comments: 'Comments ({n}):',
    orphaned: 'deleted',
    replies: '{n} replies',
    none: '—',
  },
};

function text(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

/** The review core, loaded when a review command runs (`lakar --help` stays as fast as without it). */
const core = () => import('../../shared/review');

/** Read and check a review file; a bad file stops the command with its message (exit 2). */
export async function readReview(ctx: CliContext, file: string): Promise<Review> {
  const { parseReviewFile } = await core();
  const parsed = parseReviewFile(new TextDecoder('utf-8').decode(await readInput(ctx, file)));
  if (!parsed.ok) throw new UserError(parsed.error.key, parsed.error.params);
  return parsed.review;
}

/** The project given with `--project`, refused when the review is of another proposal. */
async function projectFor(ctx: CliContext, review: Review, file: string | undefined): Promise<LakarDocument | undefined> {
  if (!file) return undefined;
  const input = await loadInput(ctx, file);
  const { reviewMismatch } = await core();
  const mismatch = reviewMismatch(review, input.doc, input.project?.fileId);
  if (mismatch) throw new UserError(mismatch.key, mismatch.params);
  return input.doc;
}

function showText(ctx: CliContext, r: ReviewReport): string {
  const lang = ctx.lang;
  const v = r.proposal.reviewed;
  const none = text(lang, 'none');
  const lines = [
    text(lang, 'heading', { title: r.proposal.title || none }),
    text(lang, 'reviewer_', { name: r.reviewer.name, body: r.reviewer.bodyLabel }),
    text(lang, 'version', { generation: v.generation ?? none, at: v.at, hash: v.contentHash }),
    ...(r.modelChanged === null ? [] : [text(lang, r.modelChanged ? 'changed' : 'unchanged')]),
    text(lang, 'decision', { value: r.decision.statusLabel ?? none }),
    text(lang, 'analysis'),
    ...r.analysis.map((a) => `  ${a.label}: ${a.verdictLabel ?? none}${a.justification ? ` — ${a.justification}` : ''}`),
    text(lang, 'criteria'),
    ...r.evaluations.map((e) => `  ${e.letter}. ${e.label}: ${e.verdictLabel ?? none}${e.justification ? ` — ${e.justification}` : ''}`),
    text(lang, 'implementer', { value: r.implementer.agency ?? none, reason: r.implementer.justification ? ` — ${r.implementer.justification}` : '', proposed: r.implementer.proposedByAgency ?? none }),
    text(lang, 'syor', { value: r.syor.valueLabel ?? none }),
    text(lang, 'comments', { n: r.comments.length }),
    ...r.comments.map(
      (c) =>
        // a relation's or checklist item's name already says what it is ("Aliran data: A → B"), as in the paper
        `  ${c.no}. [${c.status}/${c.severity}] ${c.anchor.kind === 'relation' || c.anchor.kind === 'checklist' ? '' : `${c.anchor.kindLabel}: `}${c.anchor.name}${c.anchor.orphaned ? ` (${text(lang, 'orphaned')})` : ''} — ${c.text}${c.replies.length ? ` (${text(lang, 'replies', { n: c.replies.length })})` : ''}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Add `review` and its subcommands to `program`. */
export function register(program: Command, ctx: CliContext): void {
  const lang = ctx.lang;
  const review = program.command('review').description(text(lang, 'description'));
  const bodies = REVIEWING_BODIES.join(', ');

  review
    .command('init')
    .description(text(lang, 'init'))
    .argument('<project>', text(lang, 'project'))
    .requiredOption('--reviewer <name>', text(lang, 'reviewer'))
    .requiredOption('--body <body>', text(lang, 'body', { bodies }))
    .option('--position <position>', text(lang, 'position'))
    .option('-o, --output <file>', text(lang, 'output', { default: `<projek>${REVIEW_EXTENSION}` }))
    .option('-f, --force', ctx.t('cmd.force'))
    .action(async (file: string, opts: { reviewer: string; body: string; position?: string; output?: string; force?: boolean }) => {
      if (!(REVIEWING_BODIES as readonly string[]).includes(opts.body)) throw new CliError('cli.usage', { message: text(lang, 'badBody', { body: opts.body, bodies }) });
      const input = await loadInput(ctx, file);
      const abs = ctx.resolve(file);
      const target = opts.output ?? path.join(path.dirname(abs), `${path.basename(abs).replace(/(\.lakar)?(\.json)?$/i, '')}${REVIEW_EXTENSION}`);
      checkOutputTarget(ctx, file, target);
      if (!opts.force && fs.existsSync(ctx.resolve(target))) throw new UserError('store.exists', { file: path.basename(target) });
      const { createReview, serializeReview } = await core();
      const created = createReview({
        doc: input.doc,
        reviewer: { name: opts.reviewer, body: opts.body as ReviewingBody, position: opts.position },
        projectName: path.basename(abs),
        fileId: input.project?.fileId,
        generation: input.project?.generation,
        at: new Date().toISOString(),
      });
      await writeOutput(ctx, target, serializeReview(created));
      ctx.io.stdout(`${text(lang, 'created', { file: ctx.resolve(target), hash: created.proposal.reviewed.contentHash })}\n`);
    });

  review
    .command('show')
    .description(text(lang, 'show'))
    .argument('<review>', text(lang, 'review'))
    .option('-p, --project <file>', text(lang, 'withProject'))
    .option('--json', text(lang, 'json'))
    .action(async (file: string, opts: { project?: string; json?: boolean }) => {
      const r = await readReview(ctx, file);
      const doc = await projectFor(ctx, r, opts.project);
      const report = (await core()).reviewReport(r, lang, doc);
      ctx.io.stdout(opts.json ? `${JSON.stringify(report, null, 2)}\n` : showText(ctx, report));
    });

  review
    .command('recommend')
    .description(text(lang, 'recommend'))
    .argument('<review>', text(lang, 'review'))
    .requiredOption('--implementer <agency>', text(lang, 'implementerOpt'))
    .option('--justification <text>', text(lang, 'justificationOpt'))
    .action(async (file: string, opts: { implementer: string; justification?: string }) => {
      const r = await readReview(ctx, file);
      const { executeReviewCommand, serializeReview } = await core();
      // the review's own reviewer records it, through the same command as the app's review panel
      const actor = { role: 'reviewer' as const, name: r.reviewer.name, at: new Date().toISOString() };
      const args = { agency: opts.implementer.trim(), ...(opts.justification === undefined ? {} : { justification: opts.justification }) };
      const next = executeReviewCommand(r, 'review.implementer.set', args, actor).review;
      await writeOutput(ctx, file, serializeReview(next));
      ctx.io.stdout(`${text(lang, 'recommended', { file: ctx.resolve(file), agency: next.implementer.agency ?? text(lang, 'none') })}\n`);
    });

  registerReviewWrites(review, ctx, { readReview, core });

  review
    .command('export')
    .description(text(lang, 'export'))
    .argument('<review>', text(lang, 'review'))
    .requiredOption('--format <format>', text(lang, 'format'))
    .requiredOption('-o, --output <file>', text(lang, 'output', { default: '-' }))
    .option('-p, --project <file>', text(lang, 'withProject'))
    .action(async (file: string, opts: { format: string; output: string; project?: string }) => {
      if (opts.format !== 'pdf') throw new CliError('cli.usage', { message: text(lang, 'badFormat', { format: opts.format }) });
      checkOutputTarget(ctx, file, opts.output);
      const r = await readReview(ctx, file);
      const doc = await projectFor(ctx, r, opts.project);
      const bytes = await (await core()).buildKertasUlasanPdf(r, { lang, doc });
      await writeOutput(ctx, opts.output, bytes);
      if (opts.output !== '-') ctx.io.stdout(`${text(lang, 'exported', { file: ctx.resolve(opts.output) })}\n`);
    });
}
