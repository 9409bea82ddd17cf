import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { designSections, formatSpeed } from './sections';

const text = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);

describe('designSections', () => {
  const sections = designSections(pengambilanPekerjaExample(), 'ms');

  it('gives one section per Jadual 3-1 label, in order, titled with its BDAT layer', () => {
    expect(sections.map((s) => s.label)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sections[0].title).toBe('Business Architecture — Pengguna Perkhidmatan');
    expect(sections[4].title).toBe('Application Architecture — Aplikasi');
    expect(sections[6].title).toBe('Technology Architecture — Infrastruktur');
  });

  it('maps processes to their generic process, in process order', () => {
    const rows = sections[3].tables[0].rows.map((r) => r.map(text));
    expect(rows.map((r) => r[1])).toEqual(['Pendaftaran', 'Pengesahan', 'Kelulusan', 'Cetakan']);
    expect(rows[2][2]).toBe('11. Kelulusan (Approve/Authorize/Endorse)');
  });

  it('lists each data flow with source, target, method, direction, classification, category and service ID', () => {
    const flows = sections[5].tables.find((t) => t.title === 'Aliran data dan kaedah integrasi')!.rows.map((r) => r.map(text));
    expect(flows).toHaveLength(6);
    expect(flows.find((r) => r[7] === 'JPN-SYSB-R-MaklumatIdentiti')).toEqual(['4', 'Sistem B', 'Sistem Pengambilan Pekerja', 'MyGDX', 'Membekalkan', 'Sulit', 'Berkala', 'JPN-SYSB-R-MaklumatIdentiti', 'Maklumat Identiti Individu']);
  });

  it('names the service domain and the registry by their catalogue names, never their ids', () => {
    const service = sections[2].tables[0].rows[0].map(text);
    expect(service[3]).toBe('Pekerjaan');
    const data = sections[5].tables[0].rows.map((r) => r.map(text)).find((r) => r[1] === 'Maklumat Identiti Individu')!;
    expect(data[4]).toBe('Registri Penduduk');
    expect(JSON.stringify(sections)).not.toMatch(/sosial2\.pekerjaan|reg\.keselamatan\.penduduk/);
  });

  it('lists hardware with quantities, software, placement matters and the networks with their speeds', () => {
    const table = sections[6].tables[0];
    const sites = table.rows.map((r) => r.map(text));
    // 001 §3.3.4 g: "setiap lokasi perlu menyenaraikan perkakasan serta bilangan, perisian dan perkara yang
    // berkaitan dengan penempatan infrastruktur di lokasi tersebut"
    expect(table.columns.map((c) => c.title)).toEqual(['Bil.', 'Nama', 'Jenis, Tempat dan Peranan', 'Perkakasan (bilangan)', 'Perisian', 'Penempatan', 'Menempatkan']);
    expect(sites[0]).toEqual(['1', 'PDSA JDN', 'PDSA JDN\nProduksi', 'Pelayan aplikasi × 4', 'Linux, pangkalan data', 'Rak 10U\nUPS berganda', 'Sistem Pengambilan Pekerja']);
    expect(sites.find((r) => r[1] === 'Ibu Pejabat Agensi PQRST')![2]).toBe('Ibu Pejabat Agensi, Putrajaya');
    // each item with its quantity as the LMV writes it (001 §3.3.4 g: perkakasan serta bilangan): an
    // item's own brackets stay its own, "Mesin maya (8 vCPU, 32 GB) × 4", not "… 32 GB) (4)"
    expect(sites.find((r) => r[1] === 'MyGovCloud@CFA')![3]).toBe('Mesin maya (8 vCPU, 32 GB) × 4');
    expect(sections[6].tables[1].rows.map((r) => text(r[3]))).toEqual(['100 Mbps', '1 Gbps', '10 Gbps']);
  });
});

describe('formatSpeed', () => {
  it('writes Mbps below a gigabit and Gbps above', () => {
    expect(formatSpeed(100)).toBe('100 Mbps');
    expect(formatSpeed(2500)).toBe('2.5 Gbps');
    expect(formatSpeed(undefined)).toBe('');
  });
});

describe('designSections names and proposal fields', () => {
  const sections = designSections(pengambilanPekerjaExample(), 'ms');

  it('names service domains and registries from the catalogue, never by id (Panduan WoG Jadual 2-3, Rajah 2-13)', () => {
    expect(sections[2].tables[0].rows.map((r) => r.map(text))[0][3]).toBe('Pekerjaan');
    const data = sections[5].tables[0].rows.map((r) => r.map(text));
    expect(data.map((r) => r[4])).toEqual(['', 'Registri Penduduk', '', '', 'Repositori Spatial']);
    expect(JSON.stringify(sections)).not.toMatch(/sosial2\.pekerjaan|reg\.keselamatan|repo\.infrastruktur|memberCode/);
    expect(sections[4].tables[0].columns.map((c) => c.title)).toContain('Kod Agensi / Kod Sistem (MyGDX)');
  });

  it('calls the agency\'s own systems Sistem Dalaman and other agencies\' Sistem Luaran (§3.3.4 f)', () => {
    const systems = sections[5].tables.find((t) => t.title === 'Sistem dalaman dan luaran yang berintegrasi')!.rows.map((r) => r.map(text));
    expect(systems.map((r) => [r[1], r[4]])).toEqual([
      ['Sistem XY', 'Sistem Dalaman'],
      ['Sistem YZ', 'Sistem Dalaman'],
      ['Sistem A', 'Sistem Luaran'],
      ['Sistem B', 'Sistem Luaran'],
      ['Sistem C', 'Sistem Luaran'],
      ['Sistem D', 'Sistem Luaran'],
    ]);
  });

  it('states where each data entity is stored and published (Jadual 4-1 A.1.a v) and each supplier\'s approval (PKPA Bil. 2/2021 para 12)', () => {
    const lifecycle = sections[5].tables.find((t) => t.title === 'Kitar hayat data (disimpan dan diterbitkan)')!.rows.map((r) => r.map(text));
    expect(lifecycle[0]).toEqual(['1', 'Maklumat Calon', 'Pangkalan data Sistem Pengambilan Pekerja di PDSA JDN', 'Ya: Statistik agregat pengambilan di portal data terbuka agensi (tanpa data peribadi)', '7 tahun selepas proses pengambilan ditutup']);
    const approvals = sections[5].tables.find((t) => t.title === 'Kelulusan perkongsian data')!.rows.map((r) => r.map(text));
    // the two-way flow with Sistem A takes rows 1 and 2, one a direction
    expect(approvals.find((r) => r[1] === 'Sistem B (Jabatan Pendaftaran Negara)')).toEqual(['3', 'Sistem B (Jabatan Pendaftaran Negara)', 'Sistem B – Sistem Pengambilan Pekerja', 'Maklumat Identiti Individu', 'Memorandum Persefahaman (MoU)', 'Diluluskan\n8 Mei 2026', 'JPN.PP.600-1/4/2 (15)']);
  });
});

describe('designSections: modules and application services under their parents (Jadual 3-1 label 5)', () => {
  it('lists each application’s modules and each module’s application services, and no one else’s', async () => {
    const { makeDocument, makeElement } = await import('../../../test/helpers/factories');
    const doc = makeDocument([
      makeElement('application', { id: 'a1', name: 'Sistem A' }),
      makeElement('application', { id: 'a2', name: 'Sistem B' }),
      makeElement('module', { id: 'm1', name: 'Modul Daftar', parentId: 'a1' }),
      makeElement('module', { id: 'm2', name: 'Modul Bayar', parentId: 'a1' }),
      makeElement('module', { id: 'm3', name: 'Modul Lapor', parentId: 'a2' }),
      makeElement('appService', { id: 's1', name: 'Servis Semak', parentId: 'm1' }),
    ]);
    const [apps, modules] = designSections(doc, 'ms')[4].tables;
    expect(apps.rows.map((r) => [text(r[1]), text(r[5])])).toEqual([
      ['Sistem A', 'Modul Daftar, Modul Bayar'],
      ['Sistem B', 'Modul Lapor'],
    ]);
    expect(modules.rows.map((r) => [text(r[1]), text(r[3])])).toEqual([
      ['Modul Daftar', 'Servis Semak'],
      ['Modul Bayar', ''],
      ['Modul Lapor', ''],
    ]);
  });
});
