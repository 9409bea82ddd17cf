/**
 * Kill harness (issue 13): SIGKILL writers at random moments and check what the next start finds.
 *   npm run torture:kill                      100 kills on a 1,000-element project (about 80 of an
 *                                             editing/saving/Save As process, 20 of `lakar export`)
 *   npm run torture:kill -- --long            1,000 kills on a 10,000-element project
 *   npm run torture:kill -- --ci              the slice CI runs: 30 kills (3 of them of `lakar export`), 500 elements
 *   options: --kills N  --elements N  --export-elements N (default min(elements, 2000))  --seed S
 *            --cli-share 0.2  --max-delay ms  --keep
 * After every kill, as the next start would: every `.lakar` in the folder must pass the store's checks
 * (integrity, schema, validation); the saved state must be the last completed save or the one that
 * was being written; the edits journalled before the kill must come back through the recovery offer
 * (asked about an interrupted save, restored into a copy); no temporary file may be left; `lakar
 * export` output is absent or complete and valid, and its input byte-identical. Exit code 1 when any
 * check failed. Prints the figures for the issue note.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fromOef } from '../../shared/interchange/oef';
import { fromArchiCsvZip } from '../../shared/interchange/csv';
import { parseLakarJson } from '../../shared/interchange/json';
import { createProject, openProject, readProjectDocument, type LakarProject } from '../../electron/store/project';
import { recoverIntoCopy } from '../../electron/store/recover-copy';
import { sweepTempFiles } from '../../electron/store/files';
import { makeLargeDocument } from '../helpers/factories';
import { bundle, canonicalHash, flag, numberFlag, Random, ROOT, scratch, seconds, Tally, tempFilesIn } from './common';

const long = flag('long') !== undefined;
// the slice `npm test` runs in CI: small enough for its time budget, the same checks
const ci = flag('ci') !== undefined;
const kills = numberFlag('kills', long ? 1000 : ci ? 30 : 100);
const elements = numberFlag('elements', long ? 10_000 : ci ? 500 : 1000);
const seed = numberFlag('seed', 13);
const cliShare = numberFlag('cli-share', ci ? 0.1 : 0.2);
// `lakar export` kills test that an output is written whole; a larger input only makes each one longer
const exportElements = numberFlag('export-elements', Math.min(elements, 2000));
const maxDelay = numberFlag('max-delay', 1500);
const rnd = new Random(seed);
const tally = new Tally();
const work = scratch('kill');
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolve when `child` has ended. */
function ended(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('close', () => resolve());
  });
}

/** Wait until `file` holds `text` (or the child ended, or `timeoutMs` passed). */
async function waitForLine(file: string, text: string, child: ChildProcess, timeoutMs = 120_000): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(text)) return true;
    if (child.exitCode !== null || child.signalCode !== null) return false;
    await wait(20);
  }
  return false;
}

interface LogState {
  file: string;
  saved: string;
  pendingSave: string | null;
  lastEdit: string;
  pendingEdit: string | null;
  pendingSaveAs: { file: string; hash: string } | null;
  lastLine: string;
  error: string | null;
}

/** Replay the child's log: which states may legitimately be on disk and in the recovery journal. */
function replay(logFile: string, original: string, initial: string): LogState {
  const s: LogState = { file: original, saved: initial, pendingSave: null, lastEdit: initial, pendingEdit: null, pendingSaveAs: null, lastLine: '', error: null };
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n').filter(Boolean)) {
    const [tag, a, b] = line.split(' ');
    s.lastLine = tag;
    if (tag === 'J?') s.pendingEdit = a;
    else if (tag === 'J') [s.lastEdit, s.pendingEdit] = [a, null];
    else if (tag === 'S?') s.pendingSave = a;
    else if (tag === 'S') [s.saved, s.pendingSave] = [a, null];
    else if (tag === 'A?') s.pendingSaveAs = { file: a, hash: b };
    else if (tag === 'A') Object.assign(s, { file: a, saved: b, pendingSave: null, lastEdit: b, pendingEdit: null, pendingSaveAs: null });
    else if (tag === 'ERROR') s.error = line;
  }
  return s;
}

const KILL_POINT: Record<string, string> = { READY: 'after open', 'J?': 'during an edit', J: 'between edits', 'S?': 'during Save', S: 'after a Save', 'A?': 'during Save As', A: 'after a Save As' };

/** One kill of the editing process and the checks of the next start. */
async function killEditor(round: number, child: string, base: string, initial: string): Promise<void> {
  const dir = path.join(work, `r${round}`);
  const recoveryDir = path.join(dir, '.recovery');
  fs.mkdirSync(recoveryDir, { recursive: true });
  const file = path.join(dir, 'projek.lakar');
  fs.copyFileSync(base, file);
  const logFile = path.join(recoveryDir, 'log.txt');
  const mode = rnd.chance(0.35) ? 'saveas' : 'edit';
  const proc = spawn(process.execPath, [child, mode, file, recoveryDir, logFile, String(rnd.int(1, 1e9))], { stdio: 'ignore' });
  if (!(await waitForLine(logFile, 'READY', proc))) {
    proc.kill('SIGKILL');
    tally.add('editor never got ready (harness problem)', `round ${round}`);
    return;
  }
  await wait(rnd.int(0, maxDelay));
  proc.kill('SIGKILL');
  await ended(proc);
  const s = replay(logFile, file, initial);
  tally.add(`killed ${mode} ${KILL_POINT[s.lastLine] ?? s.lastLine}`);
  if (s.error) tally.add('FAIL child error before the kill', `round ${round}: ${s.error.slice(0, 200)}`);

  // a Save As that was cut short: its target is absent, or complete with the document being saved
  let current = s.file;
  let savedAllowed = [s.saved, s.pendingSave];
  let finalAllowed = [s.lastEdit, s.pendingEdit];
  if (s.pendingSaveAs && fs.existsSync(s.pendingSaveAs.file)) {
    current = s.pendingSaveAs.file;
    savedAllowed = [s.pendingSaveAs.hash];
    finalAllowed = [s.pendingSaveAs.hash, ...finalAllowed];
  }

  // the next start: every project in the folder is readable and valid
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.lakar'))) {
    try {
      await readProjectDocument(path.join(dir, name));
    } catch (e) {
      tally.add('FAIL corrupt or unreadable project', `round ${round} ${name}: ${String((e as Error).message).slice(0, 160)}`);
    }
  }
  try {
    const onDisk = canonicalHash((await readProjectDocument(current)).doc);
    if (!savedAllowed.includes(onDisk)) tally.add('FAIL lost saved edits (file state not a saved one)', `round ${round} ${path.basename(current)}`);
  } catch {
    return; // counted above as corrupt
  }

  let project: LakarProject;
  try {
    project = await openProject(current, { recoveryDir });
  } catch (e) {
    if ((e as { code?: string }).code !== 'interruptedSave') throw e;
    tally.add('interrupted save found: restored into a copy');
    const before = [sha(current), sha(`${current}-journal`)];
    project = await recoverIntoCopy(current, path.join(dir, 'pulih.lakar'), { recoveryDir });
    if (sha(current) !== before[0] || sha(`${current}-journal`) !== before[1]) tally.add('FAIL interrupted file or journal changed by recovery', `round ${round}`);
  }
  if (project.session.recovery) {
    tally.add('recovery offered');
    project.session.acceptRecovery();
  }
  const recovered = canonicalHash(project.session.doc);
  project.close({ keepRecovery: false });
  if (!finalAllowed.includes(recovered)) tally.add('FAIL lost journalled edits', `round ${round} last ${s.lastLine}`);
  // opening swept the folder: nothing temporary may remain
  const temps = tempFilesIn(dir);
  if (temps.length > 0) tally.add('FAIL temporary files left after the next start', `round ${round}: ${temps.join(', ')}`);
  tally.add(`checked ${mode}`);
  if (!flag('keep')) fs.rmSync(dir, { recursive: true, force: true });
}

/** Is `file` a complete, valid export of `format`? */
async function completeExport(file: string, format: string): Promise<boolean> {
  const data = new Uint8Array(fs.readFileSync(file));
  try {
    if (format === 'oef') return (await fromOef(data, { layout: false })).doc.elements.ids().length > 0;
    if (format === 'csv') return (await fromArchiCsvZip(data, { layout: false })).doc.elements.ids().length > 0;
    if (format === 'json') return parseLakarJson(new TextDecoder().decode(data)).ok;
    // a PDF is complete when its trailer is there (jsPDF writes the file in one piece)
    return new TextDecoder('latin1').decode(data.subarray(Math.max(0, data.length - 64))).includes('%%EOF') && new TextDecoder('latin1').decode(data.subarray(0, 8)).startsWith('%PDF-');
  } catch {
    return false;
  }
}

/** One kill of `lakar export` (the whole process group: supervisor and worker) and its checks. */
async function killExport(round: number, input: string, durations: Record<string, number>): Promise<void> {
  const dir = path.dirname(input);
  const inputHash = sha(input);
  const format = rnd.pick(['oef', 'csv', 'json', 'pdf']);
  const out = path.join(dir, `out-${round}.${format === 'pdf' ? 'pdf' : format === 'csv' ? 'zip' : format === 'json' ? 'lakar.json' : 'xml'}`);
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin', 'lakar.mjs'), 'export', input, '--format', format, '-o', out], { stdio: 'ignore', detached: true });
  await wait(rnd.int(0, Math.round(durations[format] * 1.2)));
  try {
    process.kill(-proc.pid!, 'SIGKILL');
  } catch {
    // it already finished
  }
  await ended(proc);
  tally.add(`killed lakar export (${format})`);
  if (sha(input) !== inputHash) tally.add('FAIL export input changed', `round ${round}`);
  if (fs.existsSync(out)) {
    tally.add('export output present after kill');
    if (!(await completeExport(out, format))) tally.add('FAIL partial export output', `round ${round} ${format}`);
    fs.rmSync(out);
  }
  // the next start of lakar in this folder (any write sweeps it): the killed writer's files go
  sweepTempFiles(dir);
  const temps = tempFilesIn(dir);
  if (temps.length > 0) tally.add('FAIL temporary files left after the next start', `round ${round}: ${temps.join(', ')}`);
  const extra = fs.readdirSync(dir).filter((n) => n !== path.basename(input));
  if (extra.length > 0) tally.add('FAIL other files beside the export input', extra.join(', '));
}

async function main(): Promise<void> {
  const start = Date.now();
  console.log(`kill harness: ${kills} kills, ${elements}-element project (${exportElements} for lakar export), seed ${seed}, work folder ${work}`);
  const child = await bundle(path.join(ROOT, 'test/torture/kill-child.ts'));
  const doc = makeLargeDocument(elements, seed);
  const base = path.join(work, 'base.lakar');
  await createProject(base, doc);
  const initial = canonicalHash((await readProjectDocument(base)).doc);

  const exportDir = path.join(work, 'export');
  fs.mkdirSync(exportDir);
  const input = path.join(exportDir, 'besar.lakar');
  if (exportElements === elements) fs.copyFileSync(base, input);
  else await createProject(input, makeLargeDocument(exportElements, seed));
  const cliKills = Math.round(kills * cliShare);
  // how long each export takes here, so kills land anywhere in it (startup included)
  const durations: Record<string, number> = {};
  if (cliKills > 0) {
    for (const format of ['oef', 'csv', 'json', 'pdf']) {
      const t = Date.now();
      const out = path.join(exportDir, `timing.${format}`);
      const proc = spawn(process.execPath, [path.join(ROOT, 'bin', 'lakar.mjs'), 'export', input, '--format', format, '-o', out], { stdio: 'ignore' });
      await ended(proc);
      durations[format] = Date.now() - t;
      fs.rmSync(out, { force: true });
    }
    console.log(`export durations (ms): ${JSON.stringify(durations)}`);
  }

  for (let round = 1; round <= kills; round++) {
    if (round <= cliKills) await killExport(round, input, durations);
    else await killEditor(round, child, base, initial);
    if (round % 25 === 0) console.log(`  ${round}/${kills} kills (${seconds(start)} s)`);
  }
  tally.print(`kill harness results (${kills} kills, ${seconds(start)} s):`);
  const failures = [...tally.counts.keys()].filter((k) => k.startsWith('FAIL')).reduce((n, k) => n + tally.get(k), 0);
  console.log(`\n${failures === 0 ? 'OK' : 'FAILED'}: ${failures} failed checks; 0 expected for: corrupt, lost edits, inputs or side files changed, temporary files left.`);
  if (!flag('keep')) fs.rmSync(work, { recursive: true, force: true });
  process.exitCode = failures === 0 ? 0 : 1;
}

await main();
