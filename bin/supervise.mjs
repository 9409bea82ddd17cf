/**
 * The `lakar` command runs its work in a child Node process and watches it from this small parent,
 * so that nothing the work meets ends without a message in the user's language:
 *  - the child runs out of memory (V8 aborts it, exit 134, a heap dump on its stderr) → a message
 *    naming the memory limit (LAKAR_MAX_MEMORY_MB raises it), exit 2;
 *  - the child dies any other way (an uncaught exception is a bug) → "internal error: <first line>",
 *    exit 2 (LAKAR_DEBUG=1 prints the child's whole stderr);
 *  - Ctrl+C (SIGINT) or SIGTERM → passed on; the child stops at its next check and says so, and if
 *    it has not ended within a grace period (it may be inside one long synchronous step) it is
 *    killed, with a message, exit 2.
 * In every abnormal case the temporary files the child announced are removed, so no
 * `.<name>.<pid>-<hex>.lakar-tmp` is left behind: the child appends each one's path to a log file
 * in the system's temporary folder before creating it (synchronously, so a kill cannot outrun it).
 * The child sends its messages and exit code over the IPC channel; its real stderr only ever
 * carries crash output.
 * Plain JavaScript (no tsx) so that it starts instantly and cannot fail the way the child can.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { clearTimeout, setTimeout } from 'node:timers';
import v8 from 'node:v8';

/** How long a child asked to stop may take before it is killed. */
export const GRACE_MS = 3000;

/** The supervisor's own messages (everything else comes from the child, cli/i18n.ts). */
const TEXT = {
  ms: {
    error: 'Ralat: {message}',
    memory:
      'Lakar kehabisan memori (had {maxMb} MB) semasa menjalankan “{command}”. Tiada fail ditulis. Model ini mungkin terlalu besar untuk arahan ini; cuba bahagian yang lebih kecil, atau naikkan had dengan LAKAR_MAX_MEMORY_MB.',
    crashed: 'ralat dalaman: {detail}. Tiada fail ditulis. Laporkan masalah ini bersama arahan yang dijalankan (LAKAR_DEBUG=1 memaparkan butirannya).',
    interrupted: 'Dihentikan (Ctrl+C). Tiada fail ditulis.',
  },
  en: {
    error: 'Error: {message}',
    memory:
      'Lakar ran out of memory (limit {maxMb} MB) while running “{command}”. No file was written. The model may be too large for this command; try a smaller part, or raise the limit with LAKAR_MAX_MEMORY_MB.',
    crashed: 'internal error: {detail}. No file was written. Please report this with the command you ran (LAKAR_DEBUG=1 shows the details).',
    interrupted: 'Stopped (Ctrl+C). No file was written.',
  },
};

/** The language of the messages: `--lang` anywhere in argv, else LAKAR_LANG, else Malay (as cli/main.ts). */
export function languageOf(argv, env) {
  let asked;
  argv.forEach((a, i) => {
    if (a === '--lang') asked = argv[i + 1];
    else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
  });
  if (asked !== undefined) return asked === 'en' ? 'en' : 'ms';
  return env.LAKAR_LANG?.toLowerCase().startsWith('en') ? 'en' : 'ms';
}

function text(lang, key, params) {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (all, k) => (k in params ? String(params[k]) : all));
}

/**
 * The young generation the working process runs with: the same as the app's windows
 * (electron/main/js-flags.ts says why; a test keeps the two equal).
 */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=64';

/** The heap limit the child runs with, in MB: LAKAR_MAX_MEMORY_MB, else Node's default for this machine. */
export function memoryLimitMb(env) {
  const asked = Number(env.LAKAR_MAX_MEMORY_MB);
  if (Number.isInteger(asked) && asked >= 16) return { mb: asked, flag: `--max-old-space-size=${asked}` };
  return { mb: Math.round(v8.getHeapStatistics().heap_size_limit / 1048576), flag: null };
}

/** True when the child's stderr and end say V8 ran out of heap. */
function outOfMemory(stderr, code, signal) {
  return /heap out of memory|Allocation failed|Reached heap limit|invalid table size|Invalid array length|Invalid string length/i.test(stderr) || signal === 'SIGABRT' || code === 134;
}

/** The first line of crash output worth showing: the error itself, not Node's source excerpt. */
function crashDetail(stderr, code, signal) {
  const line = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => /^(\w*Error|Error)\b|^FATAL|^Uncaught/.test(l));
  return (line ?? (signal ? `signal ${signal}` : `exit ${code}`)).slice(0, 300);
}

/**
 * Run `childScript` with `argv` under supervision; resolves to the exit code for this process.
 * `io` is where the user's messages go (this process's stderr by default).
 */
export function supervise(childScript, argv, options = {}) {
  const env = options.env ?? process.env;
  const stderr = options.stderr ?? ((s) => process.stderr.write(s));
  const lang = languageOf(argv, env);
  const memory = memoryLimitMb(env);
  const execArgv = memory.flag ? [YOUNG_GENERATION_FLAG, memory.flag] : [YOUNG_GENERATION_FLAG];
  const tempLog = path.join(os.tmpdir(), `lakar-${process.pid}-${crypto.randomBytes(4).toString('hex')}.temps`);
  const child = spawn(process.execPath, [...execArgv, childScript, ...argv], {
    stdio: ['inherit', 'inherit', 'pipe', 'ipc'],
    env: { ...env, LAKAR_TEMP_LOG: tempLog },
    serialization: 'json',
  });
  let crash = '';
  let exitCode = null;
  let stopping = false;
  let killTimer = null;

  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => {
    if (crash.length < 1_000_000) crash += d;
  });
  child.on('message', (m) => {
    if (!m || typeof m !== 'object') return;
    if (typeof m.stderr === 'string') stderr(m.stderr);
    if (Number.isInteger(m.exit)) exitCode = m.exit;
  });

  const stop = (signal) => {
    if (stopping) {
      // asked twice: do not wait
      child.kill('SIGKILL');
      return;
    }
    stopping = true;
    child.kill(signal);
    killTimer = setTimeout(() => child.kill('SIGKILL'), options.graceMs ?? GRACE_MS);
  };
  const onSigint = () => stop('SIGINT');
  const onSigterm = () => stop('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);

  return new Promise((resolve) => {
    child.on('error', (e) => {
      stderr(`${text(lang, 'error', { message: text(lang, 'crashed', { detail: e.message }) })}\n`);
      resolve(2);
    });
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      const temps = readTempLog(tempLog);
      // a child that finished sent its exit code first and then ended with it
      if (exitCode !== null && code === exitCode && signal === null) return resolve(exitCode);
      // the child did not finish its work: remove what it was writing
      // (a temporary folder holds a multi-file export being assembled)
      for (const temp of temps) for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(temp + suffix, { force: true, recursive: true });
      if (env.LAKAR_DEBUG && crash) stderr(crash);
      let message;
      if (stopping && !outOfMemory(crash, code, signal)) message = text(lang, 'interrupted', {});
      else if (outOfMemory(crash, code, signal)) message = text(lang, 'memory', { maxMb: memory.mb, command: ['lakar', ...argv].join(' ').slice(0, 160) });
      else message = text(lang, 'crashed', { detail: crashDetail(crash, code, signal) });
      stderr(`${text(lang, 'error', { message })}\n`);
      resolve(2);
    });
  });
}

/** The temporary paths the child logged (the log itself is removed). */
function readTempLog(log) {
  try {
    return fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('.lakar-tmp'));
  } catch {
    return [];
  } finally {
    fs.rmSync(log, { force: true });
  }
}

/** Absolute path of a script beside this file. */
export function besideThis(name) {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), name);
}
