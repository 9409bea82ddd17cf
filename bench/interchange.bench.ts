/**
 * Interchange figures: import and export of a generated model with 1,250 elements and 6,300
 * relations as ArchiMate OEF (goal: import ≤ 1 s) and Archi CSV, against reading the same document
 * from `.lakar.json` as the in-run baseline; plus a foreign-looking OEF file (no lakar: properties,
 * so its view is laid out on import) and the SVG of the big view; and (issue 18) OEF import of a
 * 100,000-element model (goal ≤ 10 s) next to reading the same model from `.lakar.json`, wall and
 * CPU time, one run each (each takes seconds). Run through `npm run bench`
 * (bench/run.ts) or directly: `npx tsx bench/interchange.bench.ts`.
 * `LAKAR_BENCH_INTERCHANGE_ONLY_100K=1` runs only the 100,000-element rows while iterating on the import.
 */
import { makeLargeDocument } from '../test/helpers/factories';
import type { LakarDocument, Relation } from '../shared/model/schema';
import { fromOef, toOef } from '../shared/interchange/oef';
import { lakarToArchimate } from '../shared/interchange/oef/from-lakar';
import { writeOef } from '../shared/interchange/oef/write';
import { fromArchiCsvZip, toArchiCsvZip } from '../shared/interchange/csv';
import { parseLakarJson, toLakarJson } from '../shared/interchange/json';
import { viewToSvg } from '../shared/export/svg';
import { IPC_CHANNELS } from '../shared/ipc/contract';
import { createEmptyDocument, documentSchema, elementSchema, relationSchema } from '../shared/model';
import { toWire } from '../shared/model/wire';
import { ProjectSession, type StorageAdapter } from '../shared/store/session';
import type { BenchRow } from './run';


const RUNS = 5;
export const ELEMENTS = 1250;
export const RELATIONS = 6300;
/** The large model of issue 18: makeLargeDocument's 100,000 elements and 150,000 relations on one view. */
export const LARGE_ELEMENTS = 100_000;

/** Median wall time (ms) of `RUNS` runs after one warm-up. */
async function median(run: () => unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

/** The generated model: makeLargeDocument's 1,250 elements, its relations topped up to 6,300 with flows and associations. */
export function benchDocument(): LakarDocument {
  const doc = makeLargeDocument(ELEMENTS);
  const ids = doc.elements.ids();
  const flowEnds = ids.filter((id) => ['application', 'module', 'externalSystem'].includes(doc.elements.get(id)!.kind));
  let s = 42;
  const rand = (n: number) => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
  const added: Relation[] = [];
  for (let i = doc.relations.size; i < RELATIONS; i++) {
    const rel: Relation =
      i % 2 === 0
        ? { id: `rel_x${i}`, kind: 'dataFlow', source: flowEnds[rand(flowEnds.length)], target: flowEnds[rand(flowEnds.length)], method: 'myGdx', direction: 'both', category: 'berkala', label: `Aliran ${i}` }
        : { id: `rel_x${i}`, kind: 'association', source: ids[rand(ids.length)], target: ids[rand(ids.length)] };
    added.push(rel);
  }
  return { ...doc, relations: doc.relations.withChanges(new Map(added.map((r) => [r.id, r]))) };
}

/** Wall and CPU ms of one run of `fn` (CPU is the figure to trust on a shared machine). */
async function wallAndCpu(fn: () => Promise<unknown> | unknown): Promise<{ wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall: Math.round(wall), cpu: Math.round((c.user + c.system) / 1000) };
}

/** OEF import of the 100,000-element model against reading it from .lakar.json, one run each. */
async function largeImport(): Promise<BenchRow[]> {
  const doc = makeLargeDocument(LARGE_ELEMENTS);
  const label = `${LARGE_ELEMENTS.toLocaleString('en-US')} elements, ${doc.relations.ids().length.toLocaleString('en-US')} relations`;
  const bytes = new TextEncoder().encode(toOef(doc));
  const json = toLakarJson(doc);
  const jsonRead = await wallAndCpu(() => parseLakarJson(json));
  let imported: LakarDocument | undefined;
  const oefImport = await wallAndCpu(async () => {
    imported = (await fromOef(bytes)).doc;
  });
  const baseline = (v: number) => ({ name: '.lakar.json read (same model)', value: v });
  const handOff = await handOffs(imported!);
  return [
    { name: `OEF import (${label}, ${Math.round(bytes.length / 1048576)} MB), wall`, value: oefImport.wall, unit: 'ms', baseline: baseline(jsonRead.wall), goal: 10_000 },
    { name: `OEF import (${label}), CPU`, value: oefImport.cpu, unit: 'ms', baseline: baseline(jsonRead.cpu), goal: 10_000 },
    { name: `the imported ${LARGE_ELEMENTS.toLocaleString('en-US')}-element model handed to the project (message check + session replace), CPU`, value: handOff.now, unit: 'ms', baseline: { name: "documentSchema's record copies and zod per item", value: handOff.before } },
  ];
}

/**
 * After the worker's import the window hands the document to the project: the main process checks
 * the message (`project:replace`'s arguments) and the session checks the whole document again
 * before journalling it. CPU ms of both, now (model/quick-document.ts) and the way it was done
 * before (documentSchema, then every item through its union); both include cloning the message.
 */
async function handOffs(doc: LakarDocument): Promise<{ now: number; before: number }> {
  const handle = 'bench';
  const memory: StorageAdapter = { appendJournal: async () => undefined, clearJournal: async () => undefined, writeChanges: async () => undefined };
  const empty = () => ProjectSession.open({ doc: createEmptyDocument(), generation: 1, journal: null }, memory);
  const now = await wallAndCpu(async () => {
    const parsed = IPC_CHANNELS['project:replace'].args.parse(structuredClone(toWire({ handle, doc })));
    await empty().replace(parsed.doc);
  });
  const before = await wallAndCpu(() => {
    const parsed = documentSchema.parse(structuredClone(toWire(doc)));
    for (const e of parsed.elements.values()) elementSchema.parse(e);
    for (const r of parsed.relations.values()) relationSchema.parse(r);
  });
  return { now: now.cpu, before: before.cpu };
}

/** The same model as another tool would write it: no lakar: properties, so the importer lays the view out. */
function foreignOef(doc: LakarDocument): string {
  const { model } = lakarToArchimate(doc);
  const strip = <T extends { properties: { key: string }[] }>(c: T): T => ({ ...c, properties: c.properties.filter((p) => !p.key.startsWith('lakar:')) });
  return writeOef({ ...strip(model), elements: model.elements.map(strip), relationships: model.relationships.map(strip), views: model.views.map(strip) });
}

/** Run the interchange benchmark. */
export async function run(): Promise<BenchRow[]> {
  if (process.env.LAKAR_BENCH_INTERCHANGE_ONLY_100K === '1') return largeImport();
  const doc = benchDocument();
  const xml = toOef(doc);
  const foreign = foreignOef(doc);
  const zip = toArchiCsvZip(doc);
  const json = toLakarJson(doc);
  const bytes = new TextEncoder().encode(xml);
  const label = `${ELEMENTS} elements, ${RELATIONS} relations`;

  const jsonRead = await median(() => parseLakarJson(json));
  const baseline = { name: '.lakar.json read (same model)', value: jsonRead };
  const oefImport = await median(() => fromOef(bytes));
  const oefExport = await median(() => toOef(doc));
  const csvImport = await median(() => fromArchiCsvZip(zip));
  const csvExport = await median(() => toArchiCsvZip(doc));
  const foreignGrid = await median(() => fromOef(foreign, { layout: false }));
  const foreignLaidOut = await median(() => fromOef(foreign));
  const svg = await median(() => viewToSvg(doc, 'view_main'));

  return [
    { name: `OEF import (${label})`, value: oefImport, unit: 'ms', baseline, goal: 1000 },
    { name: `OEF export (${label})`, value: oefExport, unit: 'ms', baseline, goal: 1000 },
    { name: 'OEF file size', value: Math.round((bytes.length / 1048576) * 100) / 100, unit: 'MB' },
    { name: `Archi CSV zip import (${label})`, value: csvImport, unit: 'ms', baseline, goal: 1000 },
    { name: `Archi CSV zip export (${label})`, value: csvExport, unit: 'ms', baseline, goal: 1000 },
    { name: 'Foreign OEF import, band grid only', value: foreignGrid, unit: 'ms', baseline, goal: 1000 },
    { name: 'Foreign OEF import, with auto-layout of the 1,250-node view', value: foreignLaidOut, unit: 'ms', baseline },
    { name: 'SVG of the 1,250-node view', value: svg, unit: 'ms', goal: 1000 },
    ...(await largeImport()),
  ];
}

// Direct run: print the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) {
    const ratio = r.baseline ? `  (${(r.value / Math.max(1, r.baseline.value)).toFixed(1)}× ${r.baseline.name} ${r.baseline.value} ms)` : '';
    const goal = r.goal !== undefined ? `  goal ≤ ${r.goal} ${r.unit}: ${r.value <= r.goal ? 'met' : 'MISSED'}` : '';
    console.log(`${r.name}: ${r.value} ${r.unit}${ratio}${goal}`);
  }
}
