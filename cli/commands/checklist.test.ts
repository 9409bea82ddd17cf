import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { createProject } from '../../electron/store/project';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

function lakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-checklist-'));
  await createProject(path.join(dir, 'contoh.lakar'), pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
  await createProject(path.join(dir, 'tanpa-rasa.lakar'), produce(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => void delete d.meta.agencyApplications));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar checklist (Panduan WoG Jadual 4-1 A.1.a)', { timeout: 120_000 }, () => {
  it('prints the nine answered items of the worked example and exits 0', () => {
    const r = lakar(['checklist', 'contoh.lakar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Dijawab: 9 · Perlu jawapan agensi: 0 · Belum disemak: 0 · Tidak berkaitan: 0');
    expect(r.stdout).toContain('viii. [Dijawab] Penggunaan platform DPI');
    expect(r.stdout).toContain('      - ePayment Gateway: tidak berkaitan — tiada proses Pembayaran (Rajah 3-2 #14)');
    // the answer read against the model, with the guide section (Jadual 4-1 A.1.a)
    expect(r.stdout).toContain('    Jawapan agensi disahkan oleh model:\n      + Sektor Sosial 2 (Bakat) dalam jawapan ialah sektor projek (Panduan WoG Jadual 4-1 A.1.a i; §5.6.7–5.6.8)');
  });

  it('says item iii is not checked without a RASA list, as JSON for scripts, and exits 1', () => {
    const r = lakar(['checklist', 'tanpa-rasa.lakar', '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const iii = JSON.parse(r.stdout).items.find((i: { no: string }) => i.no === 'iii');
    // the answer still says RASA was checked: the model has no list to bear it out (Jadual 4-1 A.1.a iii)
    expect(iii).toMatchObject({
      status: 'notChecked',
      reasons: [
        expect.stringMatching(/^No Public Sector Application Repository \(RASA\) list has been imported/),
        expect.stringMatching(/^The agency’s answer contradicts the model: the answer names a RASA check, but no RASA application list is imported into the project \(WoG Guide Table 4-1 A\.1\.a iii;/),
      ],
    });
    const vi = JSON.parse(r.stdout).items.find((i: { no: string }) => i.no === 'vi');
    expect(vi).toMatchObject({ confirmed: ['The security controls HSM, SIEM, DLP named in the answer are in the LMV (WoG Guide Table 3-1 label 7; Table 4-1 A.1.a vi)'], contradicted: [] });
  });
});
