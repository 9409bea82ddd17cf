/**
 * How the papers name flows and systems when the checker's findings and a reviewer's comments reach
 * them, read back with pdftotext: a flow by its two ends with the en dash as the Kertas Cadangan's
 * tables name it (the papers' standard font has no arrow: "→" printed as "->"), a direction in words,
 * and the agency's own systems "Sistem Dalaman" as the LMV captions them (001 §3.3.4 f).
 */
import { describe, expect, it } from 'vitest';
import { pdfText, squash } from '../../../test/fixtures/export/poppler';
import { seedText } from '../../../test/fixtures/seeds/seed';
import { executeCommand } from '../../commands';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { buildKertasUlasanPdf, createReview, dispatchReview, initialReviewHistory, relationAnchor } from '../../review';
import { buildProposalPdf } from './proposal';

const AT = '2026-05-20T09:00:00.000Z';
const DATE = new Date('2026-05-20T09:00:00Z');

/** The guide's line `n` (1-based). */
const guideLine = (n: number) => seedText('001').split('\n')[n - 1];

describe('flows and systems named in the papers', () => {
  it('Lampiran 1 of the Kertas Cadangan names a flow by its ends, a direction in words, and an internal system Sistem Dalaman (001 §3.3.4 f l.660)', async () => {
    expect(guideLine(660)).toContain('beberapa sistem dalaman dan luaran');
    // two findings: a two-way MyGDX flow with one service only, and the internal Sistem XY left unconnected
    let doc = pengambilanPekerjaExample(AT);
    const flow = doc.relations.get('fl_a');
    if (flow?.kind !== 'dataFlow') throw new Error('fl_a');
    doc.relations = doc.relations.set('fl_a', { ...flow, reverse: undefined });
    doc = executeCommand(doc, 'relation.remove', { ids: ['fl_xy', 'rel_33'] }).doc;
    const text = pdfText(await buildProposalPdf(doc, { lang: 'ms', date: DATE }), 'raw');
    const appendix = squash(text.slice(text.lastIndexOf('Lampiran 1')));
    expect(appendix).toContain(squash('Aliran MyGDX dua hala "Sistem Pengambilan Pekerja – Sistem A" hanya menerangkan servis daripada Sistem Pengambilan Pekerja kepada Sistem A;'));
    expect(appendix).toContain(squash('Sistem Dalaman "Sistem XY" tidak dihubungkan'));
    expect(appendix).not.toContain(squash('Sistem Luaran "Sistem XY"'));
    expect(text).not.toContain('->');
  }, 60_000);

  it('the Kertas Ulasan names a commented flow by its ends as the Kertas Cadangan does (001 Jadual 4-1 langkah 8)', async () => {
    const doc = pengambilanPekerjaExample(AT);
    let h = initialReviewHistory(createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, projectName: 'c.lakar', generation: 1, at: AT }));
    h = dispatchReview(h, 'review.comment.add', { id: 'k1', anchor: relationAnchor(doc, doc.relations.get('fl_b')!), heading: 'pengurusanPangkalanData', severity: 'perluTindakan', text: 'Sahkan kelulusan JPN.' }, { role: 'reviewer', name: 'Puan Aminah', at: AT });
    const text = pdfText(await buildKertasUlasanPdf(h.review, { lang: 'ms', doc, date: DATE }), 'layout');
    expect(squash(text)).toContain(squash('Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)'));
    expect(text).not.toContain('->');
  }, 60_000);
});
