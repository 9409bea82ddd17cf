/** The baseline of the PDF benches, shared by bench/pdf.bench.ts and the scale bench's child process. */
import { jsPDF } from 'jspdf';
import type { LakarDocument } from '../shared/model/schema';

/**
 * The simple way to put the same model in a PDF: one line of plain text per element and relation,
 * paginated, no diagram, tables, checklist or checker. What our layout costs is the difference.
 */
export function plainTextDump(doc: LakarDocument): Uint8Array {
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
  for (const e of doc.elements.values()) line(`${e.kind}: ${e.name}`);
  for (const r of doc.relations.values()) line(`${r.kind}: ${doc.elements.get(r.source)?.name} -> ${doc.elements.get(r.target)?.name}`);
  return new Uint8Array(pdf.output('arraybuffer'));
}
