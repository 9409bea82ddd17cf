/**
 * bin/supervise.mjs: whatever happens to the CLI's working process, the user gets one message in
 * their language and exit code 2 (or the child's own code when it finished), and no temporary file
 * is left. The stand-in children (test/fixtures/cli-children) end in each of the possible ways; the
 * last test runs the real `lakar` out of memory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/store/project';
import { makeLargeDocument } from '../helpers/factories';
// @ts-expect-error -- plain JavaScript module without types (bin/ runs before tsx is loaded)
import { languageOf, supervise, YOUNG_GENERATION_FLAG } from '../../bin/supervise.mjs';
import { JS_FLAGS } from '../../electron/main/js-flags';

const CHILDREN = path.join(import.meta.dirname, '..', 'fixtures', 'cli-children');
const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-supervise-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Supervise a stand-in child; collects what the user would read on stderr. */
async function run(child: string, argv: string[], options: { env?: Record<string, string>; graceMs?: number; onMessage?: (s: string) => void } = {}) {
  let stderr = '';
  const code: number = await supervise(path.join(CHILDREN, child), argv, {
    env: { ...process.env, ...options.env },
    graceMs: options.graceMs,
    stderr: (s: string) => {
      stderr += s;
      options.onMessage?.(s);
    },
  });
  return { code, stderr };
}

describe('the lakar supervisor', () => {
  it('passes on the messages and the exit code of a child that finished', async () => {
    expect(await run('finishes.mjs', ['check', 'x.lakar'])).toEqual({ code: 1, stderr: 'Amaran: sesuatu\n' });
  });

  it("runs the working process with the young generation the app's windows get (and the memory limit asked for)", async () => {
    // the checker's figures are measured with it (electron/main/js-flags.ts): the CLI must not be the slower of the two
    expect(YOUNG_GENERATION_FLAG).toBe(JS_FLAGS);
    expect(JSON.parse((await run('reports-flags.mjs', [])).stderr)).toEqual([JS_FLAGS]);
    expect(JSON.parse((await run('reports-flags.mjs', [], { env: { LAKAR_MAX_MEMORY_MB: '512' } })).stderr)).toEqual([JS_FLAGS, '--max-old-space-size=512']);
  });

  it('turns an uncaught exception into an internal-error message naming it, exit 2, in the chosen language', async () => {
    const ms = await run('throws.mjs', []);
    expect(ms.code).toBe(2);
    expect(ms.stderr).toBe(
      "Ralat: ralat dalaman: TypeError: Cannot read properties of undefined (reading 'replace'). Tiada fail ditulis. Laporkan masalah ini bersama arahan yang dijalankan (LAKAR_DEBUG=1 memaparkan butirannya).\n",
    );
    const en = await run('throws.mjs', ['--lang', 'en']);
    expect(en.stderr).toMatch(/^Error: internal error: TypeError: Cannot read properties/);
    expect(en.stderr).not.toContain('at ');
  });

  it('turns a V8 heap abort into a message naming the memory limit, exit 2, without the heap dump', async () => {
    const r = await run('out-of-memory.mjs', ['export', 'besar.lakar', '--format', 'pdf'], { env: { LAKAR_MAX_MEMORY_MB: '32' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Ralat: Lakar kehabisan memori (had 32 MB) semasa menjalankan “lakar export besar.lakar --format pdf”. Tiada fail ditulis. Model ini mungkin terlalu besar untuk arahan ini; cuba bahagian yang lebih kecil, atau naikkan had dengan LAKAR_MAX_MEMORY_MB.\n',
    );
  });

  it('stops a child stuck in a long step on Ctrl+C, removes the file it was writing and says so', async () => {
    const running = run('stuck-writing.mjs', [dir], {
      graceMs: 300,
      onMessage: (s) => {
        if (s === 'WRITING\n') process.emit('SIGINT');
      },
    });
    const r = await running;
    expect(r).toEqual({ code: 2, stderr: 'WRITING\nRalat: Dihentikan (Ctrl+C). Tiada fail ditulis.\n' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('reads the language as the CLI does', () => {
    expect(languageOf(['info', 'x', '--lang', 'en'], {})).toBe('en');
    expect(languageOf(['info', '--lang=en'], {})).toBe('en');
    expect(languageOf(['info'], { LAKAR_LANG: 'en_US' })).toBe('en');
    expect(languageOf(['info'], {})).toBe('ms');
  });
});

describe('lakar out of memory', { timeout: 240_000 }, () => {
  it('ends a Kertas Cadangan too large for the memory limit with a message and exit 2, writing nothing', async () => {
    await createProject(path.join(dir, 'besar.lakar'), makeLargeDocument(3000, 3));
    const r = spawnSync(process.execPath, [BIN, 'export', 'besar.lakar', '--format', 'pdf', '-o', 'kertas.pdf', '--lang', 'en'], {
      cwd: dir,
      env: { ...process.env, LAKAR_MAX_MEMORY_MB: '48' },
      encoding: 'utf8',
      timeout: 230_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'Error: Lakar ran out of memory (limit 48 MB) while running “lakar export besar.lakar --format pdf -o kertas.pdf --lang en”. No file was written. The model may be too large for this command; try a smaller part, or raise the limit with LAKAR_MAX_MEMORY_MB.\n',
    );
    expect(fs.readdirSync(dir)).toEqual(['besar.lakar']);
  });
});
