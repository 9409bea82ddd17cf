/**
 * File › Export Kertas Ulasan JDN runs in the export worker, like the Kertas Cadangan: the editor
 * hands the review and the open model to the worker and stays free until the PDF comes back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LakarApi } from '../../shared/ipc/contract';
import { createReview } from '../../shared/review';
import { fromWire } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { setExportWorkerFactory } from '../export/actions';
import { runJob, type ExportJob } from '../export/jobs';
import type { ToWorker } from '../export/protocol';
import { useEditor } from '../state/editor';
import { pdfText } from '../../test/fixtures/export/poppler';
import { exportKertasUlasan } from './actions';
import { useReview } from './reviewStore';

/** A stand-in for the module worker: it runs the job it is sent when the test says so. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  let terminated = false;
  const worker = {
    onmessage: null as ((e: MessageEvent<unknown>) => void) | null,
    onerror: null,
    // a message crosses by structured clone, as to a real worker (a Table in it would throw)
    postMessage: (m: ToWorker) => sent.push(structuredClone(m)),
    terminate: () => (terminated = true),
  };
  return {
    worker,
    sent,
    terminated: () => terminated,
    async finish() {
      const start = sent.find((m) => m.type === 'start');
      if (!start || start.type !== 'start') throw new Error('no job was sent');
      // as export.worker.ts does: the document's tables arrive as records
      const bytes = await runJob(fromWire(start.job), { signal: { aborted: false } });
      worker.onmessage?.({ data: { type: 'done', bytes } } as MessageEvent<unknown>);
    },
  };
}

afterEach(() => {
  setExportWorkerFactory(null);
  useReview.getState().close();
});

describe('Kertas Ulasan JDN export', () => {
  it('is built in the export worker; the editor only waits for the bytes and saves them under the proposal’s name', { timeout: 60_000 }, async () => {
    const saved: { suggestedName: string; data: Uint8Array }[] = [];
    useEditor.getState().setApi({ 'file:saveBytes': async (a: { suggestedName: string; data: Uint8Array }) => void saved.push(a) } as unknown as LakarApi);
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'Projek Agensi', doc, dirty: false });
    const review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' });
    review.comments.push({ id: 'k1', anchor: { kind: 'element', id: 'site_pdsa', name: 'PDSA JDN', elementKind: 'site' }, heading: 'pengurusanPusatData', severity: 'cadangan', status: 'terbuka', text: 'Nyatakan kapasiti pelayan.', author: { name: 'Puan Aminah', role: 'reviewer' }, createdAt: '2026-02-01T00:00:00.000Z', replies: [] });
    useReview.getState().load({ review, role: 'reviewer', ref: null, fileName: null, actorName: 'Puan Aminah', dirty: false });

    const fake = fakeWorker();
    setExportWorkerFactory(() => fake.worker as unknown as Worker);
    const exporting = exportKertasUlasan();
    await new Promise((r) => setTimeout(r, 0));
    // the job went to the worker with the review and the open model; nothing is saved yet
    const start = fake.sent[0] as { type: 'start'; job: ExportJob };
    expect(start.type).toBe('start');
    expect(start.job).toMatchObject({ kind: 'kertasUlasan', lang: 'ms' });
    expect(start.job.kind === 'kertasUlasan' && start.job.review.comments[0].text).toBe('Nyatakan kapasiti pelayan.');
    expect(useReview.getState().exporting).toBe(true);
    expect(saved).toHaveLength(0);

    await fake.finish();
    await exporting;
    expect(fake.terminated()).toBe(true);
    expect(useReview.getState().exporting).toBe(false);
    expect(saved).toHaveLength(1);
    expect(saved[0].suggestedName).toBe(`Kertas Ulasan JDN - ${doc.meta.title}.pdf`);
    const text = pdfText(saved[0].data);
    expect(text).toContain('e. Pengurusan Pusat Data');
    expect(text).toContain('Nyatakan kapasiti pelayan.');
  });
});
