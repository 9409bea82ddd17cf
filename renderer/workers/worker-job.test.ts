import { describe, expect, it } from 'vitest';
import { Table, isTableWire, tableFromWire, toWire, type LakarDocument, type TableWire } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { followWorker, type WorkerProtocol } from './worker-job';

/** A stand-in Worker: records what the page posts and lets the test play the worker's side. */
class FakeWorker {
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<unknown>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  send(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
}

type Msg = { type: 'progress'; n: number } | { type: 'done'; value: string } | { type: 'error'; why: string };
const protocol: WorkerProtocol<string, number> = {
  start: { type: 'start', job: 'kerja' },
  read: (data) => {
    const m = data as Msg;
    return m.type === 'progress' ? { progress: m.n } : m.type === 'done' ? { value: m.value } : { error: new Error(m.why) };
  },
  cancelled: () => new Error('dibatalkan'),
  crashed: (message) => new Error(`rosak: ${message}`),
};

function start() {
  const worker = new FakeWorker();
  const progress: number[] = [];
  const job = followWorker(() => worker as unknown as Worker, protocol, (p) => progress.push(p));
  return { worker, progress, job };
}

describe('followWorker', () => {
  it('starts the job, reports progress and resolves with the result, then ends the worker', async () => {
    const { worker, progress, job } = start();
    expect(worker.posted).toEqual([{ type: 'start', job: 'kerja' }]);
    worker.send({ type: 'progress', n: 0.5 });
    worker.send({ type: 'done', value: 'hasil' });
    await expect(job.result).resolves.toBe('hasil');
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the job’s error when the worker reports one', async () => {
    const { worker, job } = start();
    worker.send({ type: 'error', why: 'fail rosak' });
    await expect(job.result).rejects.toThrow('fail rosak');
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker on cancel and ignores what it sends afterwards', async () => {
    const { worker, job } = start();
    job.cancel();
    worker.send({ type: 'done', value: 'terlambat' });
    await expect(job.result).rejects.toThrow('dibatalkan');
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the crash error when the worker script fails', async () => {
    const { worker, job } = start();
    worker.onerror?.({ message: 'SyntaxError' } as ErrorEvent);
    await expect(job.result).rejects.toThrow('rosak: SyntaxError');
  });

  it('sends a document to the worker as data and gives the one that comes back its tables', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const worker = new FakeWorker();
    const job = followWorker<LakarDocument, number>(
      () => worker as unknown as Worker,
      { ...protocol, start: { type: 'start', doc }, read: (data: unknown) => ({ value: (data as { doc: LakarDocument }).doc }) } as unknown as WorkerProtocol<LakarDocument, number>,
      () => undefined,
    );
    // what the worker gets is a structured clone: a Table in it would throw
    const arrived = structuredClone(worker.posted[0]) as { doc: LakarDocument };
    // its tables as data: every item, in order (shared/model/wire.ts)
    expect(isTableWire(arrived.doc.elements)).toBe(true);
    expect(tableFromWire(arrived.doc.elements as unknown as TableWire).entries()).toEqual(doc.elements.entries());
    // the worker answers the way worker scripts do, its document as data
    worker.send(structuredClone(toWire({ type: 'done', doc })));
    const back = await job.result;
    expect(back.elements).toBeInstanceOf(Table);
    expect(back).toEqual(doc);
  });
});
