import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { createProject } from '../../electron/store/project';
import { listRules } from '../../shared/rules';
import { edit } from '../../test/helpers/rules';
import { withoutIddFields } from '../../test/helpers/idd-models';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'lakar.mjs');
let dir: string;

/** Run `lakar args…` in the temp folder as a user would. */
function lakar(args: string[]) {
  const { LAKAR_LANG: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-check-'));
  await createProject(path.join(dir, 'contoh.lakar'), example());
  // the example before its suppliers filled in their IDD fields: advice only
  await createProject(path.join(dir, 'idd-kosong.lakar'), withoutIddFields(example()));
  // no MyDigital ID for the application (an error), and one rule switched off in the file
  const broken = edit(example(), (d) => {
    for (const [id, r] of Object.entries(d.relations)) if (r.kind === 'usesPlatform' && r.source === 'app_spp') delete d.relations[id];
    d.meta.disabledRules = ['site.hardwareMissing'];
  });
  await createProject(path.join(dir, 'rosak.lakar'), broken);
  fs.writeFileSync(path.join(dir, 'rasa.csv'), '\uFEFFNama Sistem;Agensi;Fungsi;Sektor\nSistem Pengambilan Pekerja;Agensi X;Pengambilan;Sosial 2\n;Agensi Y;;\n');
  fs.writeFileSync(path.join(dir, 'katalog-rosak.json'), '{"format": "lakar-catalogue-update", "version": "x", "source": "y", "remove": ["repo.tiada"]}');
  fs.writeFileSync(
    path.join(dir, 'katalog.json'),
    JSON.stringify({ format: 'lakar-catalogue-update', version: 'Sehingga Jun 2026', source: 'JDN', remove: ['repo.infrastruktur.spatial'] }),
  );
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lakar check', { timeout: 120_000 }, () => {
  it('prints the findings in Malay grouped by severity and exits 0 when there is no error', () => {
    // the worked example is a correct model, its MyGDX services described as 003 Lampiran A asks
    const clean = lakar(['check', 'contoh.lakar']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('Semakan WoG: Perkhidmatan Pengurusan Pengambilan Pekerja (contoh.lakar)\nKatalog: Sehingga Disember 2025');
    expect(clean.stdout).toMatch(/\n0 ralat, 0 amaran, 0 nasihat\n/);
    // without its IDD fields: only advice
    const r = lakar(['check', 'idd-kosong.lakar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n0 ralat, 0 amaran, 3 nasihat\n/);
    expect(r.stdout).not.toContain('AMARAN');
    expect(r.stdout).toContain('NASIHAT (3)\n  [flow.iddIncomplete] IDD servis MyGDX "Sistem Pengambilan Pekerja – Sistem A" belum lengkap');
    expect(r.stdout).toContain('      Sumber: Polisi Data Raya TVET Lampiran A §2.1.1–2.1.5\n');
  });

  it('exits 1 on errors, shows source and fix hint, and lists the rules switched off in the file', () => {
    const r = lakar(['check', 'rosak.lakar', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Rules excluded for this project: site.hardwareMissing');
    // the application's single sign-on, and the identity-verification process it supported (001 §1.4.4, §3.3.4 e)
    expect(r.stdout).toContain('ERRORS (2)\n  [dpi.mydigitalIdSso] Application "Sistem Pengambilan Pekerja" does not use the MyDigital ID platform');
    expect(r.stdout).toContain('  [dpi.identityVerification] Identity-verification process "Pengesahan" is not supported by MyDigital ID.');
    expect(r.stdout).toContain('      Source: WoG Guide §1.4.4, §2.7.3; Jadual 4-1 A.1.a viii\n      Fix: Add the MyDigital ID platform');
    expect(r.stdout).not.toContain('site.hardwareMissing]');
  });

  it('writes JSON with counts and problems in the chosen language, using --catalogue and --apps', () => {
    const r = lakar(['check', 'contoh.lakar', '--json', '--lang', 'en', '--catalogue', 'katalog.json', '--apps', 'rasa.csv']);
    expect(r.code).toBe(1); // data now refers to a withdrawn repository
    expect(r.stderr).toBe('Warning: rasa.csv line 3: Application name is empty; row skipped.\n');
    const out = JSON.parse(r.stdout);
    expect(out.catalogueVersion).toBe('Sehingga Jun 2026');
    expect(out.counts.error).toBe(1);
    const dup = out.problems.find((p: { ruleId: string }) => p.ruleId === 'app.duplicateInAgencyList');
    expect(dup).toMatchObject({ severity: 'warning', source: 'WoG Guide §4.2.2 a, §6.3.2; Jadual 4-1 A.1.a iii', elements: [{ id: 'app_spp', kind: 'application' }] });
    expect(dup.message).toBe('Application "Sistem Pengambilan Pekerja" already exists in the imported application list: "Sistem Pengambilan Pekerja" (Agensi X, line 2).');
  });

  it('rejects a bad catalogue file with its reason (exit 2) and a missing project', () => {
    const bad = lakar(['check', 'contoh.lakar', '--catalogue', 'katalog-rosak.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Ralat: katalog-rosak.json: Tidak boleh membuang "repo.tiada": tiada dalam katalog semasa.\n');
    expect(bad.stdout).toBe('');
    const missing = lakar(['check', 'tiada.lakar']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('tiada.lakar');
  });
});

describe('lakar rules', { timeout: 120_000 }, () => {
  it('lists every rule with severity, source, message and fix, as text and as JSON', () => {
    const text = lakar(['rules']);
    expect(text.code).toBe(0);
    // the checker's rules and the portfolio's overlap advice (File › Semak terhadap portfolio…)
    expect(text.stdout.startsWith(`${listRules().length + 1} peraturan\n`)).toBe(true);
    expect(text.stdout).toContain('portfolio.overlap  [nasihat]');
    expect(text.stdout).toContain('data.onceOnlyCapture  [ralat]  Prinsip Sekali Sahaja: data registri tidak ditawan semula\n    Sumber: Panduan WoG §2.6.1–2.6.2');
    const json = JSON.parse(lakar(['rules', '--json']).stdout) as { id: string; severity: string; source: string; message: { ms: string; en: string } }[];
    expect(json.length).toBeGreaterThanOrEqual(30);
    expect(json.find((r) => r.id === 'portfolio.overlap')).toMatchObject({ severity: 'advice', source: '001 §4.2.2 a' });
    expect(json.find((r) => r.id === 'flow.serviceIdFormat')).toMatchObject({ severity: 'error', source: '003 Lampiran A §2.1.1', message: { en: 'MyGDX service {flow}: {problem}.' } });
    // the checks a reviewer makes (issue 12) are listed like every rule, with their source and fix
    const reviewer = ['flow.twoWayOneService', 'data.ownerNotSupplier', 'data.capturedAndReceived', 'data.registrySourceUndeclared', 'infra.classifiedControlsPartial', 'site.roleMissing', 'site.onSiteHostsNothing', 'element.impliedRelationMissing', 'meta.documentFacts', 'meta.objectivesKpi', 'meta.rasaNotChecked', 'wog.sameAgencyAllRoles', 'catalogue.sectorRefsUnused'];
    for (const id of reviewer) expect(json.find((r) => r.id === id), id).toMatchObject({ severity: expect.any(String), source: expect.stringMatching(/\S/), message: { ms: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) }, fixHint: { ms: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) } });
  });
});
