/**
 * The fuzz harness's worker process (bundled, forked by fuzz.ts): runs one case at a time through
 * the import paths a user has and reports what happened. Kept in its own process so that a hang or
 * an abort is seen by the harness (which restarts it) instead of stopping the run.
 *  - `.lakar`: read it (CLI path: info/check/export/import), open it for editing and close it
 *    (nothing may change in its folder, which the harness checks), then on a scratch copy: open
 *    (restoring into a copy when asked), edit, save and read back — the edit must be there and
 *    nothing else gone (no trigger ran).
 *  - `.lakar.json`, OEF, Archi CSV (files or zip): import; an accepted document must be valid, hold
 *    no dangling relation and no reserved id, export to OEF, CSV and JSON, and survive the store.
 *  - `.ulasan` review files: parse; an accepted review's snapshot must be a valid document and every
 *    anchor an id the model may hold.
 * A refusal must be an error carrying a message key that has a text in Malay and English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { executeCommand } from '../../shared/commands';
import { ERROR_MESSAGES } from '../../shared/i18n/errors';
import { importFiles, toArchiCsvZip, toOef } from '../../shared/interchange';
import { toLakarJson } from '../../shared/interchange/json';
import { documentSchema, hasOwn, isSafeId, Table, type LakarDocument } from '../../shared/model';
import { createProject, openProject, readProjectDocument, type LakarProject } from '../../electron/store/project';
import { recoverIntoCopy } from '../../electron/store/recover-copy';
import msInterchange from '../../renderer/i18n/locales/ms/interchange.json';
import enInterchange from '../../renderer/i18n/locales/en/interchange.json';
import { parseReviewFile } from '../../shared/review/file';
import type { Format } from './fuzz-mutate';

export interface RunRequest {
  dir: string;
  format: Format;
  entry: string;
  scratch: string;
}

export interface RunResult {
  outcome: 'accepted' | 'refused' | 'unexpected';
  /** Message key of a refusal, or the unexpected error's text. */
  detail: string;
  /** Problems with an accepted document or a refusal (each a failed check). */
  failures: string[];
  ms: number;
}

function lookup(table: unknown, dotted: string): unknown {
  let v: unknown = table;
  for (const part of dotted.split('.')) v = v && typeof v === 'object' && hasOwn(v, part) ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** True when `key` has a message in both languages (shared errors, or the interchange namespace). */
function hasMessage(key: string): boolean {
  if (key.startsWith('interchange:')) {
    const k = key.slice('interchange:'.length);
    return typeof lookup(msInterchange, k) === 'string' && typeof lookup(enInterchange, k) === 'string';
  }
  return hasOwn(ERROR_MESSAGES.ms, key) && hasOwn(ERROR_MESSAGES.en, key);
}

/** A refusal as the user would get it, or an unexpected error. */
function classify(e: unknown): { outcome: 'refused' | 'unexpected'; detail: string } {
  const key = (e as { key?: unknown } | null)?.key;
  if (typeof key === 'string' && hasMessage(key)) return { outcome: 'refused', detail: key };
  return { outcome: 'unexpected', detail: `${(e as Error)?.name ?? 'thrown'}: ${String((e as Error)?.message ?? e).slice(0, 300)}` };
}

/** Checks of a document Lakar accepted. */
async function checkAccepted(doc: LakarDocument, scratch: string, failures: string[]): Promise<void> {
  const parsed = documentSchema.safeParse(doc);
  if (!parsed.success) failures.push(`accepted document invalid: ${parsed.error.issues[0]?.path.join('.')}`);
  for (const collection of ['elements', 'relations'] as const) {
    for (const key of doc[collection].ids()) if (!isSafeId(key)) failures.push(`reserved id ${key} in ${collection}`);
    // a table, not a record whose prototype a "__proto__" key replaced
    if (Object.getPrototypeOf(doc[collection]) !== Table.prototype) failures.push(`${collection} has a changed prototype`);
  }
  for (const key of Object.keys(doc.views)) if (!isSafeId(key)) failures.push(`reserved id ${key} in views`);
  if (Object.getPrototypeOf(doc.views) !== Object.prototype) failures.push('views has a changed prototype');
  for (const r of doc.relations.values()) if (!doc.elements.has(r.source) || !doc.elements.has(r.target)) failures.push(`dangling relation ${r.id}`);
  for (const v of Object.values(doc.views)) for (const id of Object.keys(v.nodes)) if (!doc.elements.has(id)) failures.push(`node of missing element ${id}`);
  for (const [name, write] of [
    ['oef', () => toOef(doc)],
    ['csv', () => toArchiCsvZip(doc)],
    ['json', () => toLakarJson(doc)],
  ] as const) {
    try {
      write();
    } catch (e) {
      failures.push(`export ${name} failed: ${String((e as Error).message).slice(0, 200)}`);
    }
  }
  const file = path.join(scratch, 'accepted.lakar');
  try {
    await createProject(file, doc, { overwrite: true });
    const back = await readProjectDocument(file);
    if (back.doc.elements.ids().length !== doc.elements.ids().length) failures.push('store round trip lost elements');
  } catch (e) {
    failures.push(`store round trip failed: ${String((e as Error).message).slice(0, 200)}`);
  }
}

/** The edit path on a scratch copy: open (restore into a copy when asked), edit, save, read back. */
async function editCopy(req: RunRequest, failures: string[]): Promise<void> {
  const copyDir = path.join(req.scratch, 'edit');
  fs.mkdirSync(copyDir, { recursive: true });
  for (const name of fs.readdirSync(req.dir)) fs.copyFileSync(path.join(req.dir, name), path.join(copyDir, name));
  const options = { recoveryDir: path.join(req.scratch, 'recovery') };
  const file = path.join(copyDir, req.entry);
  let project: LakarProject;
  try {
    project = await openProject(file, options);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== 'interruptedSave' && code !== 'sideFiles') return; // refused: the read path already judged the refusal
    project = await recoverIntoCopy(file, path.join(copyDir, 'pulih.lakar'), options);
  }
  const before = project.session.doc.elements.ids().length;
  const r = executeCommand(project.session.doc, 'project.updateMeta', { patch: { title: 'Disunting oleh fuzz' } });
  await project.session.apply(r.patches);
  await project.session.save();
  const saved = project.path!;
  project.close({ keepRecovery: false });
  const back = await readProjectDocument(saved);
  if (back.doc.meta.title !== 'Disunting oleh fuzz') failures.push('saved edit missing after reopen');
  if (back.doc.elements.ids().length !== before) failures.push(`elements changed by a save: ${before} → ${back.doc.elements.ids().length}`);
}

async function runLakar(req: RunRequest, failures: string[]): Promise<{ outcome: RunResult['outcome']; detail: string }> {
  const file = path.join(req.dir, req.entry);
  let result: { outcome: RunResult['outcome']; detail: string };
  try {
    const read = await readProjectDocument(file);
    result = { outcome: 'accepted', detail: read.notes.join(',') || 'lakar' };
    await checkAccepted(read.doc, req.scratch, failures);
  } catch (e) {
    result = classify(e);
  }
  // opening for editing (then closing without a save) must not change the folder either
  try {
    const p = await openProject(file, { recoveryDir: path.join(req.scratch, 'recovery-open') });
    p.close({ keepRecovery: false });
  } catch (e) {
    const c = classify(e);
    if (c.outcome === 'unexpected') failures.push(`open for editing: ${c.detail}`);
  }
  if (result.outcome === 'accepted') {
    try {
      await editCopy(req, failures);
    } catch (e) {
      const c = classify(e);
      if (c.outcome === 'unexpected') failures.push(`edit path: ${c.detail}`);
    }
  }
  return result;
}

async function runImport(req: RunRequest, failures: string[]): Promise<{ outcome: RunResult['outcome']; detail: string }> {
  const names = req.format === 'csv' ? fs.readdirSync(req.dir) : [req.entry];
  const files = names.map((name) => ({ name, data: new Uint8Array(fs.readFileSync(path.join(req.dir, name))) }));
  try {
    const result = await importFiles(files, { now: '2026-01-01T00:00:00.000Z' });
    await checkAccepted(result.doc, req.scratch, failures);
    for (const w of result.warnings) if (!hasMessage(w.key.includes(':') ? w.key : `interchange:${w.key}`) && !hasMessage(w.key)) failures.push(`warning without a message: ${w.key}`);
    return { outcome: 'accepted', detail: result.format };
  } catch (e) {
    return classify(e);
  }
}

function runReview(req: RunRequest, failures: string[]): { outcome: RunResult['outcome']; detail: string } {
  try {
    const read = parseReviewFile(fs.readFileSync(path.join(req.dir, req.entry), 'utf8'));
    if (!read.ok) {
      if (!hasMessage(read.error.key)) failures.push(`refusal without a message: ${read.error.key}`);
      return { outcome: 'refused', detail: read.error.key };
    }
    if (!documentSchema.safeParse(read.review.proposal.snapshot).success) failures.push('accepted review with an invalid snapshot');
    for (const c of read.review.comments) {
      const a = c.anchor;
      const id = a.kind === 'element' || a.kind === 'relation' ? a.id : a.kind === 'view' ? a.viewId : 'ok';
      if (!isSafeId(id)) failures.push(`accepted review anchored on reserved id ${id}`);
    }
    return { outcome: 'accepted', detail: 'ulasan' };
  } catch (e) {
    return classify(e);
  }
}

/** Run one case. */
export async function runCase(req: RunRequest): Promise<RunResult> {
  const start = Date.now();
  const failures: string[] = [];
  fs.mkdirSync(req.scratch, { recursive: true });
  try {
    const r = req.format === 'lakar' ? await runLakar(req, failures) : req.format === 'ulasan' ? runReview(req, failures) : await runImport(req, failures);
    return { ...r, failures, ms: Date.now() - start };
  } finally {
    fs.rmSync(req.scratch, { recursive: true, force: true });
  }
}

if (process.send) {
  process.on('message', (req: RunRequest) => {
    runCase(req).then(
      (result) => process.send!(result),
      (e: unknown) => process.send!({ outcome: 'unexpected', detail: `harness: ${String((e as Error)?.stack ?? e).slice(0, 400)}`, failures: [], ms: 0 } satisfies RunResult),
    );
  });
  process.send({ ready: true });
}
