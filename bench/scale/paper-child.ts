/**
 * Child process of bench/scale.bench.ts: builds the Kertas Cadangan (or, as the baseline, a plain
 * jsPDF text dump) of a generated model of `n` elements and prints one JSON line with the wall and CPU
 * time of the build and the process's peak RSS. A child of its own so the peak RSS is this export's
 * alone, as `lakar export --format pdf` would see it.
 * Usage: tsx bench/scale/paper-child.ts <n> <paper|dump>
 */
import { jsPDF } from 'jspdf';
import { makeLargeDocument } from '../../test/helpers/factories';
import { buildProposalPdf } from '../../shared/export/pdf/proposal';
import type { LakarDocument } from '../../shared/model/schema';

/** One line of text per element and relation, paginated: the simplest PDF of the same model. */
function plainTextDump(doc: LakarDocument): Uint8Array {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  pdf.setFontSize(9);
  let y = 20;
  const line = (text: string) => {
    if (y > 280) {
      pdf.addPage();
      y = 20;
    }
    pdf.text(text, 20, y);
    y += 4.5;
  };
  for (const e of Object.values(doc.elements)) line(`${e.kind}: ${e.name}`);
  for (const r of Object.values(doc.relations)) line(`${r.kind}: ${doc.elements[r.source]?.name} -> ${doc.elements[r.target]?.name}`);
  return new Uint8Array(pdf.output('arraybuffer'));
}

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
