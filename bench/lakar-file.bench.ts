/**
 * The browser editions' `.lakar` save for a 10,000-element project, on the very SQLite WebAssembly
 * build the browser runs (`@sqlite.org/sqlite-wasm`, here under Node; the page adds only moving the
 * bytes to its worker and the browser's file write):
 *  - saving one edit: the changed row applied to the in-memory database, the image exported, and
 *    the pages that differ from the last written image picked out (what the browser writes);
 *  - baseline, same run: writing the whole file, i.e. a complete new `.lakar` of the document
 *    (schema, every row, export) — what a save without incremental writes would do.
 * Both report bytes to write too. Medians after a warm-up; CPU time beside wall time, since on a
 * shared machine wall time is mostly waiting for a core.
 */
import init from '@sqlite.org/sqlite-wasm';
import { executeCommand } from '../shared/commands';
import { collectChanges, emptyDirty, markDirty } from '../shared/store/changes';
import { createEngine } from '../renderer/lakar-file/engine';
import { makeLargeDocument } from '../test/helpers/factories';
import type { BenchRow } from './run';
import { median } from './timing';

const ELEMENTS = 10_000;

async function measure(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

/** Bench rows for `.lakar` files in the browser editions. */
export async function run(): Promise<BenchRow[]> {
  const engine = createEngine(await init());
  let doc = makeLargeDocument(ELEMENTS);
  const stamp = { fileId: 'bench', appVersion: '0.1.0', savedAt: new Date().toISOString() };
  const { bytes } = await engine.create({ id: 'big', doc, stamp });

  const whole: { wall: number; cpu: number }[] = [];
  let wholeBytes = 0;
  for (let i = 0; i < 5; i++) whole.push(await measure(async () => (wholeBytes = (await engine.create({ doc, stamp })).bytes.length)));

  const inc: { wall: number; cpu: number }[] = [];
  let written = 0;
  for (let i = 0; i < 16; i++) {
    const id = `el_${(i * 37) % ELEMENTS}`;
    const edit = executeCommand(doc, 'element.update', { id, patch: { name: `Nama ${i}` } });
    doc = edit.doc;
    const changes = collectChanges(doc, markDirty(emptyDirty(), edit.patches));
    const m = await measure(async () => {
      const { patch } = await engine.save({ id: 'big', name: 'besar.lakar', changes, stamp: { generation: i + 2, appVersion: '0.1.0', savedAt: new Date().toISOString() } });
      await engine.written({ id: 'big' });
      written = patch.bytes;
    });
    if (i > 0) inc.push(m);
  }
  await engine.close({ id: 'big' });

  const n = ELEMENTS.toLocaleString('en-US');
  const wholeWall = median(whole.slice(1).map((m) => m.wall));
  const wholeCpu = median(whole.slice(1).map((m) => m.cpu));
  return [
    { name: `browser save of 1 edit (${n} elements, sqlite-wasm): wall`, value: median(inc.map((m) => m.wall)), unit: 'ms', baseline: { name: 'whole .lakar file written anew', value: wholeWall } },
    { name: 'browser save of 1 edit: CPU', value: median(inc.map((m) => m.cpu)), unit: 'ms', baseline: { name: 'whole .lakar file written anew', value: wholeCpu } },
    { name: 'browser save of 1 edit: bytes to write (changed pages)', value: Math.round(written / 1024), unit: 'KiB', baseline: { name: 'whole file', value: Math.round(wholeBytes / 1024) } },
    { name: `.lakar file of ${n} elements (made in the browser engine)`, value: Math.round(bytes.length / 1024), unit: 'KiB' },
  ];
}
