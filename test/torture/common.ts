/**
 * What the torture harnesses share: flags, a seeded random source, bundling a child script with
 * esbuild (a bundled child starts in ~0.1 s instead of ~1 s through tsx, which matters at a
 * thousand kills), folder fingerprints ("nothing changed" is two fingerprints being equal), a
 * canonical document hash, and the final report.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { TEMP_SUFFIX } from '../../electron/store/files';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** `--name value` / `--name=value` / `--flag` from argv. */
export function flag(name: string, argv = process.argv.slice(2)): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[i + 1] : 'true';
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return undefined;
}

/** A number flag, or `fallback`. */
export function numberFlag(name: string, fallback: number): number {
  const v = flag(name);
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
}

/** A seeded pseudo-random source (mulberry32): the same seed gives the same run. */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** In [0, 1). */
  next(): number {
    let t = (this.state += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/**
 * Bundle `entry` (a .ts under test/torture) into one .mjs; better-sqlite3 stays external, so the
 * bundle is written under node_modules/.cache where the repository's packages resolve.
 */
export async function bundle(entry: string): Promise<string> {
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'lakar-torture', `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: ROOT,
    external: ['better-sqlite3', '@resvg/resvg-js', 'esbuild'],
    // bundled CommonJS dependencies call require(): give the ESM bundle one
    banner: { js: "import { createRequire as __lakarRequire } from 'node:module'; const require = __lakarRequire(import.meta.url);" },
    nodePaths: [path.join(ROOT, 'node_modules')],
  });
  return outfile;
}

/** A fresh scratch folder for one run. */
export function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `lakar-torture-${prefix}-`));
}

/** Name and content hash of every file in `dir` (recursively): equal fingerprints, nothing changed. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const st = fs.statSync(full);
      if (st.isDirectory()) walk(full, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

/** Names in `a` or `b` whose content differs, appeared or disappeared. */
export function fingerprintDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

/** Temporary files of Lakar in `dir`. */
export function tempFilesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.includes(TEMP_SUFFIX));
}

/** A hash of `value` that does not depend on key order (documents loaded from rows vs built in memory). */
export function canonicalHash(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
    return v;
  };
  return crypto.createHash('sha256').update(JSON.stringify(canonical(value))).digest('hex').slice(0, 16);
}

/** A tally of named outcomes, printed as one table at the end. */
export class Tally {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(name: string, example?: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (example !== undefined) {
      const list = this.examples.get(name) ?? [];
      if (list.length < 5) list.push(example);
      this.examples.set(name, list);
    }
  }
  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  print(title: string): void {
    console.log(`\n${title}`);
    for (const [name, n] of [...this.counts].sort()) {
      console.log(`  ${name.padEnd(44)} ${String(n).padStart(7)}`);
      for (const e of this.examples.get(name) ?? []) console.log(`      e.g. ${e}`);
    }
  }
}

/** Seconds since `start` (ms), one decimal. */
export function seconds(start: number): string {
  return ((Date.now() - start) / 1000).toFixed(1);
}
