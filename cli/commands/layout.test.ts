import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, readProjectDocument } from '../../electron/store/project';
import { bandLayout, bandOf, BANDS } from '../../shared/model';
import type { LakarDocument } from '../../shared/model';
import { toLakarJson } from '../../shared/interchange/json';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

function lakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example with every node piled at (0, 0), as a script might write it. */
function piled(): LakarDocument {
  const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  for (const id of Object.keys(doc.views.view_main.nodes)) doc.views.view_main.nodes[id] = { x: 300, y: 0 };
  delete doc.views.view_main.bandHeights;
  return doc;
}

function expectLaidOut(doc: LakarDocument): void {
  const bands = bandLayout(doc.views.view_main);
  const seen = new Set<string>();
  for (const [id, p] of Object.entries(doc.views.view_main.nodes)) {
    const band = bands[BANDS.indexOf(bandOf(doc.elements.get(id)!.kind))];
    expect(p.y >= band.top && p.y < band.top + band.height, id).toBe(true);
    const el = doc.elements.get(id)!;
    if (el.kind !== 'module' && el.kind !== 'appService') seen.add(`${p.x},${p.y}`);
  }
  // no two top-level boxes on one spot any more
  expect(seen.size).toBe(doc.elements.values().filter((e) => e.kind !== 'module' && e.kind !== 'appService').length);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-layout-'));
  await createProject(path.join(dir, 'longgok.lakar'), piled());
  fs.writeFileSync(path.join(dir, 'longgok.lakar.json'), toLakarJson(piled()));
  fs.writeFileSync(path.join(dir, 'rosak.lakar'), 'bukan projek');
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar layout', { timeout: 120_000 }, () => {
  it('lays out a project whose boxes are piled on one spot, writing the project whole', async () => {
    const r = lakar(['layout', 'longgok.lakar', '--view', 'view_main']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Disusun: LMV');
    expectLaidOut((await readProjectDocument(path.join(dir, 'longgok.lakar'))).doc);
  });

  it('writes another format to -o, and needs -o for it', async () => {
    const without = lakar(['layout', 'longgok.lakar.json', '--lang', 'en']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('is not a .lakar project: give -o');
    const r = lakar(['layout', 'longgok.lakar.json', '-o', 'tersusun.lakar']);
    expect(r.code).toBe(0);
    expectLaidOut((await readProjectDocument(path.join(dir, 'tersusun.lakar'))).doc);
    // the input is never touched
    expect(fs.readFileSync(path.join(dir, 'longgok.lakar.json'), 'utf8')).toBe(toLakarJson(piled()));
  });

  it('refuses an unknown view and a file it cannot read with exit 2, leaving the file as it was', () => {
    const before = fs.readFileSync(path.join(dir, 'longgok.lakar'));
    const r = lakar(['layout', 'longgok.lakar', '--view', 'tiada']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Paparan "tiada" tiada dalam projek');
    expect(fs.readFileSync(path.join(dir, 'longgok.lakar'))).toEqual(before);
    const bad = lakar(['layout', 'rosak.lakar']);
    expect(bad.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'rosak.lakar'), 'utf8')).toBe('bukan projek');
  });
});
