/**
 * Child process of bench/scale.bench.ts: builds the Kertas Cadangan (or, as the baseline, a plain
 * jsPDF text dump) of a generated model of `n` elements and prints one JSON line with the wall and CPU
 * time of the build and the process's peak RSS. A child of its own so the peak RSS is this export's
 * alone, as `lakar export --format pdf` would see it.
 * Usage: tsx bench/scale/paper-child.ts <n> <paper|dump>
 */
import { makeLargeDocument } from '../../test/helpers/factories';
import { buildProposalPdf } from '../../shared/export/pdf/proposal';
import { plainTextDump } from '../plain-pdf';

async function main(): Promise<void> {
  const n = Number(process.argv[2]);
  const mode = process.argv[3] === 'dump' ? 'dump' : 'paper';
  const doc = makeLargeDocument(n);
  const modelRssMb = process.memoryUsage().rss / 2 ** 20;
  const t = performance.now();
  const cpu = process.cpuUsage();
  const bytes = mode === 'paper' ? await buildProposalPdf(doc, { lang: 'ms', date: new Date('2026-03-15T00:00:00Z') }) : plainTextDump(doc);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - t;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, peakRssMb, modelRssMb, bytes: bytes.length })}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
