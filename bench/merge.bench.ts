/**
 * Diff and three-way merge figures for a generated 10,000-element model (about 15,000 relations),
 * each copy a separately loaded document (no shared objects, as two files opened from disk):
 *  - diff of the base and a copy with 1 % of the elements edited, goal ≤ 300 ms; baseline: the
 *    simple diff, comparing each entity's JSON text;
 *  - three-way merge of two copies with 1 % of the elements edited on each side (a tenth of them the
 *    same elements, so there are conflicts), goal ≤ 300 ms; baseline: a merge by whole entities,
 *    comparing their JSON text (no field-level merge, no checks);
 *  - the merge applied as the `merge.apply` command to the open project (arguments checked, patches);
 *  - `lakar diff --textconv` of the model saved as a .lakar file, end to end (a new Node process, as
 *    git runs it), goal ≤ 1 s; baseline: the same listing through the full CLI (tsx, every command).
 * Medians; CPU time shown too, because on a shared machine wall time includes waiting for a core.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, initialState } from '../shared/commands';
import { diffDocuments } from '../shared/diff';
import { mergeDocuments } from '../shared/merge';
import { fromDocumentData, toDocumentData, type Element, type LakarDocument, type Relation } from '../shared/model';
import { createProject } from '../electron/store/project';
import { makeLargeDocument } from '../test/helpers/factories';
import type { BenchRow } from './run';
import { measure, median } from './timing';
import { Table } from '../shared/model/table';

const ELEMENTS = 10_000;
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'lakar.mjs');

/** A separately allocated copy of `doc` (its items too: the diff cannot tell them apart by identity). */
function separateCopy(doc: LakarDocument): LakarDocument {
  return fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;
}

/** A separately allocated copy with `count` elements from `start` (every `step`-th) edited: a renamed element, a changed flow, a moved node. */
function editedCopy(doc: LakarDocument, start: number, count: number, tag: string): LakarDocument {
  const copy = separateCopy(doc);
  const ids = copy.elements.ids();
  const relIds = copy.relations.ids();
  const step = Math.floor(ids.length / count);
  const elements = new Map<string, Element>();
  const relations = new Map<string, Relation>();
  for (let i = 0; i < count; i++) {
    const id = ids[(start + i * step) % ids.length];
    const el = elements.get(id) ?? copy.elements.get(id)!;
    elements.set(id, { ...el, name: `${el.name} (${tag})`, description: `disunting oleh ${tag}` });
    const node = copy.views.view_main.nodes[id];
    if (node) copy.views.view_main.nodes[id] = { ...node, x: node.x + 30 };
    const rid = relIds[(start + i * step) % relIds.length];
    relations.set(rid, { ...(relations.get(rid) ?? copy.relations.get(rid)!), label: `${tag} ${i}` });
  }
  copy.elements = copy.elements.withChanges(elements);
  copy.relations = copy.relations.withChanges(relations);
  return copy;
}

type Part = 'elements' | 'relations' | 'views';

/** A document's elements, relations or views as ids and a lookup (tables and the views record alike). */
function partOf(doc: LakarDocument, c: Part): { ids: readonly string[]; get: (id: string) => unknown } {
  const v = doc[c];
  if (v instanceof Table) return { ids: v.ids(), get: (id) => v.get(id) };
  const record = v as Record<string, unknown>;
  return { ids: Object.keys(record), get: (id) => (Object.hasOwn(record, id) ? record[id] : undefined) };
}

/** The simple diff: each entity's JSON text compared. */
function naiveDiff(a: LakarDocument, b: LakarDocument): number {
  let changes = 0;
  for (const c of ['elements', 'relations', 'views'] as const) {
    const [x, y] = [partOf(a, c), partOf(b, c)];
    for (const id of new Set([...x.ids, ...y.ids])) if (JSON.stringify(x.get(id)) !== JSON.stringify(y.get(id))) changes++;
  }
  return changes + (JSON.stringify(a.meta) !== JSON.stringify(b.meta) ? 1 : 0);
}

/** The simple merge: whole entities by JSON text; both changed = a conflict, mine kept. */
function naiveMerge(base: LakarDocument, mine: LakarDocument, theirs: LakarDocument): { doc: LakarDocument; conflicts: number } {
  let conflicts = 0;
  const merged = {} as Record<Part, [string, unknown][]>;
  for (const c of ['elements', 'relations', 'views'] as const) {
    const [b, m, t] = [partOf(base, c), partOf(mine, c), partOf(theirs, c)];
    const into: [string, unknown][] = (merged[c] = []);
    for (const id of new Set([...m.ids, ...t.ids])) {
      const [vb, vm, vt] = [b.get(id), m.get(id), t.get(id)];
      const [jb, jm, jt] = [JSON.stringify(vb), JSON.stringify(vm), JSON.stringify(vt)];
      const v = jm === jt || jb === jt ? vm : jb === jm ? vt : (conflicts++, vm);
      if (v !== undefined) into.push([id, v]);
    }
  }
  const doc: LakarDocument = {
    ...mine,
    elements: Table.fromEntries(merged.elements as [string, Element][]),
    relations: Table.fromEntries(merged.relations as [string, Relation][]),
    views: Object.fromEntries(merged.views) as LakarDocument['views'],
  };
  return { doc, conflicts };
}

/** Wall milliseconds of running the lakar CLI with `args` (a fresh Node process). */
function spawnLakar(args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`lakar ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** Bench rows for diff and merge. */
export async function run(): Promise<BenchRow[]> {
  const generated = makeLargeDocument(ELEMENTS);
  const base = separateCopy(generated);
  const count = ELEMENTS / 100;
  const mine = editedCopy(generated, 0, count, 'saya');
  // a tenth of theirs' edits hit the elements mine edited: conflicts on names and positions
  const theirs = editedCopy(generated, 0, count / 10, 'mereka');
  Object.assign(theirs, editedCopy(theirs, 37, count - count / 10, 'mereka'));

  const changes = diffDocuments(base, mine).changes.length;
  const diffs = [0, 1, 2, 3, 4, 5, 6].map(() => measure(() => diffDocuments(base, mine)));
  const naiveDiffs = [0, 1, 2, 3, 4].map(() => measure(() => naiveDiff(base, mine)).wall);

  const conflicts = mergeDocuments(base, mine, theirs).conflicts.length;
  const merges = [0, 1, 2, 3, 4, 5, 6].map(() => measure(() => mergeDocuments(base, mine, theirs)));
  const naiveMerges = [0, 1, 2, 3, 4].map(() => measure(() => naiveMerge(base, mine, theirs)).wall);
  const applies = [0, 1, 2].map(() => measure(() => dispatch(initialState(mine), 'merge.apply', { base, theirs, prefer: 'theirs' })));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-bench-merge-'));
  const file = path.join(dir, 'model.lakar');
  await createProject(file, base);
  let textconv: number[];
  let fullCli: number[];
  try {
    spawnLakar(['diff', '--textconv', file]); // builds the fast path's bundle if it is stale
    textconv = [0, 1, 2, 3, 4].map(() => spawnLakar(['diff', '--textconv', file]));
    fullCli = [0, 1, 2].map(() => spawnLakar(['diff', '--textconv', file], { LAKAR_TEXTCONV_FAST: '0' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const rows: BenchRow[] = [
    { name: `diff, ${ELEMENTS.toLocaleString('en-US')} elements, 1 % edited (${changes} changed entities)`, value: median(diffs.map((m) => m.wall)), unit: 'ms', baseline: { name: 'diff by JSON text per entity', value: median(naiveDiffs) }, goal: 300 },
    { name: 'diff (CPU time)', value: median(diffs.map((m) => m.cpu)), unit: 'ms', goal: 300 },
    { name: `three-way merge, 1 % edited each side (${conflicts} conflicts)`, value: median(merges.map((m) => m.wall)), unit: 'ms', baseline: { name: 'merge by whole entities, JSON text', value: median(naiveMerges) }, goal: 300 },
    { name: 'three-way merge (CPU time)', value: median(merges.map((m) => m.cpu)), unit: 'ms', goal: 300 },
    { name: 'merge.apply command on the open project (args checked, patches)', value: median(applies.map((m) => m.wall)), unit: 'ms' },
    { name: 'merge.apply (CPU time)', value: median(applies.map((m) => m.cpu)), unit: 'ms' },
    { name: 'lakar diff --textconv of the .lakar file, end to end', value: median(textconv), unit: 'ms', baseline: { name: 'same listing through the full CLI', value: median(fullCli) }, goal: 1000 },
  ];
  for (const r of rows) process.stderr.write(`  merge: ${r.name}: ${r.value.toFixed(1)} ${r.unit}${r.goal !== undefined ? ` (goal ≤ ${r.goal})` : ''}\n`);
  return rows;
}
