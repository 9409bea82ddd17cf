/**
 * Reviewer-mode figures (issue 16): a review with 500 comments (with replies) on a 3,000-element
 * model. "Open" is what opening the agency's revised project with its review file costs: reading the
 * file (JSON, checksum, every field validated, the 3,000-element snapshot included), checking it is
 * a review of this project, and working out what changed since the version reviewed with the model
 * diff — goal ≤ 1 s, against a bare JSON.parse of the same file as the in-run baseline. "PDF" is the
 * Kertas Ulasan JDN with its LMV sketch and pins — goal ≤ 3 s, against a plain jsPDF dump of the
 * same comments. Run through `npm run bench` (bench/run.ts) or directly with tsx.
 */
import { jsPDF } from 'jspdf';
import { makeLargeDocument } from '../test/helpers/factories';
import { executeCommand } from '../shared/commands';
import type { LakarDocument } from '../shared/model/schema';
import {
  buildKertasUlasanPdf,
  changesSinceReviewed,
  COMMENT_HEADINGS,
  createReview,
  dispatchReview,
  elementAnchor,
  initialReviewHistory,
  parseReviewFile,
  relationAnchor,
  reviewMismatch,
  serializeReview,
  type Review,
} from '../shared/review';
import type { BenchRow } from './run';

const RUNS = 5;
const COMMENTS = 500;
const ELEMENTS = 3000;

const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);

/** Median wall and CPU time of `RUNS` runs after one warm-up (CPU time: the build machines are shared). */
async function measure<T>(work: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; last: T }> {
  let last = await work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    last = await work();
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - t);
  }
  return { ms: median(wall), cpuMs: median(cpu), last };
}

/** 500 comments over elements, flows, view areas and checklist items, every fourth one answered by the agency. */
function reviewWithComments(doc: LakarDocument): Review {
  const at = '2026-03-01T00:00:00.000Z';
  const reviewer = { role: 'reviewer' as const, name: 'Puan Aminah', at };
  const agency = { role: 'agency' as const, name: 'Encik Rahman', at };
  let h = initialReviewHistory(createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, generation: 3, at }));
  const elements = doc.elements.values();
  const relations = doc.relations.values();
  for (let i = 0; i < COMMENTS; i++) {
    const anchor =
      i % 4 === 0 ? relationAnchor(doc, relations[(i * 7) % relations.length])
      : i % 4 === 1 ? { kind: 'view', viewId: 'view_main', name: 'LMV', x: 300 + i * 10, y: 100 + (i % 7) * 60 }
      : i % 4 === 2 ? { kind: 'checklist', item: 'viii' }
      : elementAnchor(elements[(i * 13) % elements.length]);
    h = dispatchReview(h, 'review.comment.add', { id: `k${i}`, anchor, heading: COMMENT_HEADINGS[i % COMMENT_HEADINGS.length], severity: 'cadangan', text: `Komen ${i}: sila perincikan kapasiti dan kaedah integrasi bagi komponen ini.` }, reviewer);
    if (i % 4 === 3) h = dispatchReview(h, 'review.reply.add', { commentId: `k${i}`, id: `b${i}`, text: `Balasan agensi ${i}.`, markAnswered: true }, agency);
  }
  return h.review;
}

/** The agency's revision: 50 renamed elements, 20 deleted, 30 flows with a new method. */
function revise(doc: LakarDocument): LakarDocument {
  let d = doc;
  const ids = doc.elements.ids();
  for (let i = 0; i < 50; i++) d = executeCommand(d, 'element.update', { id: ids[i * 31], patch: { name: `${doc.elements.get(ids[i * 31])!.name} (disemak)` } }).doc;
  d = executeCommand(d, 'element.remove', { ids: ids.slice(2000, 2020) }).doc;
  const flows = d.relations.values().filter((r) => r.kind === 'dataFlow').slice(0, 30);
  for (const f of flows) d = executeCommand(d, 'relation.update', { id: f.id, patch: { method: 'myGdx' } }).doc;
  return d;
}

/** The simple way to print the same comments: one line each, paginated. */
function plainCommentDump(review: Review): Uint8Array {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  pdf.setFontSize(9);
  let y = 20;
  for (const c of review.comments) {
    if (y > 280) {
      pdf.addPage();
      y = 20;
    }
    pdf.text(`${c.id} ${c.heading}: ${c.text}`, 20, y);
    y += 4.5;
  }
  return new Uint8Array(pdf.output('arraybuffer'));
}

/** Bench rows of reviewer mode. */
export async function run(): Promise<BenchRow[]> {
  const doc = makeLargeDocument(ELEMENTS);
  const review = reviewWithComments(doc);
  const text = serializeReview(review);
  const revised = revise(doc);
  const open = await measure(() => {
    const read = parseReviewFile(text);
    if (!read.ok) throw new Error(read.error.key);
    if (reviewMismatch(read.review, revised)) throw new Error('mismatch');
    return changesSinceReviewed(read.review, revised, 'ms');
  });
  const parse = await measure(() => JSON.parse(text) as unknown);
  const pdf = await measure(() => buildKertasUlasanPdf(review, { lang: 'ms', doc: revised, date: new Date('2026-03-15T00:00:00Z') }));
  const dump = await measure(() => plainCommentDump(review));
  const label = `${COMMENTS} comments, ${ELEMENTS.toLocaleString('en-US')}-element model`;
  return [
    { name: `open review file + changes since reviewed, ${label}: time`, value: open.ms, unit: 'ms', baseline: { name: 'JSON.parse of the same file', value: parse.ms }, goal: 1000 },
    { name: `open review file + changes since reviewed, ${label}: CPU time`, value: open.cpuMs, unit: 'ms', baseline: { name: 'JSON.parse: CPU time', value: parse.cpuMs }, goal: 1000 },
    { name: `review file size, ${label}`, value: Math.round(text.length / 1024), unit: 'KB' },
    { name: `changes found since reviewed (${label})`, value: open.last.described.length, unit: 'changes' },
    { name: `Kertas Ulasan JDN PDF, ${label}: time`, value: pdf.ms, unit: 'ms', baseline: { name: 'plain jsPDF dump of the comments', value: dump.ms }, goal: 3000 },
    { name: `Kertas Ulasan JDN PDF, ${label}: CPU time`, value: pdf.cpuMs, unit: 'ms', baseline: { name: 'plain dump: CPU time', value: dump.cpuMs }, goal: 3000 },
    { name: `Kertas Ulasan JDN PDF, ${label}: size`, value: Math.round(pdf.last.length / 1024), unit: 'KB', baseline: { name: 'plain dump', value: Math.round(dump.last.length / 1024) } },
  ];
}

// Allow `npx tsx bench/review.bench.ts` on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) {
    const ratio = row.baseline ? ` (baseline: ${row.baseline.name} = ${row.baseline.value} ${row.unit})` : '';
    const goal = row.goal !== undefined ? ` goal ≤ ${row.goal} ${row.unit}: ${row.value <= row.goal ? 'met' : 'MISSED'}` : '';
    console.log(`${row.name}: ${row.value} ${row.unit}${ratio}${goal}`);
  }
}
