// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { changeLanguage, initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import type { LakarApi } from '../../shared/ipc/contract';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { CatalogueBrowser } from './CatalogueBrowser';

const meta = () => useEditor.getState().history!.doc.meta;
let nextFile: { name: string; data: Uint8Array } | null = null;
const picked: unknown[] = [];

/** An API whose file picker returns `nextFile`. */
const api = {
  'file:pick': async (args: unknown) => {
    picked.push(args);
    return nextFile;
  },
} as unknown as LakarApi;

function open() {
  useEditor.getState().setApi(api);
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false });
  render(<CatalogueBrowser />);
}

const file = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });

describe('CatalogueBrowser', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(async () => {
    cleanup();
    picked.length = 0;
    await changeLanguage('ms');
  });
  afterEach(cleanup);

  it('lists the project sector’s registries and repositories, and declines one with a reason as one undoable step', () => {
    open();
    const section = screen.getByRole('region', { name: 'Registri dan repositori sektor projek: Sosial 2 (Bakat)' });
    expect(section.textContent).toContain('Ditolak: Pesara bukan kumpulan sasar perkhidmatan ini.');
    fireEvent.click(screen.getByRole('button', { name: 'Batal tolak Registri Pesara' }));
    expect(meta().declinedCatalogueRefs!.map((d) => d.ref)).not.toContain('reg.sosial2.pesara');
    expect(section.textContent).toContain('Belum digunakan atau ditolak');
    fireEvent.click(screen.getByRole('button', { name: 'Tolak Registri Pesara dengan sebab' }));
    fireEvent.change(screen.getByLabelText('Sebab tidak digunakan'), { target: { value: 'Tiada pesara dalam skop.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(meta().declinedCatalogueRefs).toContainEqual({ ref: 'reg.sosial2.pesara', reason: 'Tiada pesara dalam skop.' });
    useEditor.getState().undo();
    expect(meta().declinedCatalogueRefs!.map((d) => d.ref)).not.toContain('reg.sosial2.pesara');
  });

  it('shows the catalogue version and the six sectors, registries and personas', () => {
    open();
    expect(screen.getByText('Versi katalog: Sehingga Disember 2025 (terbina dalam, Panduan WoG §2.6.4)')).toBeTruthy();
    expect(screen.getByText('Sektor dan domain perkhidmatan (6)')).toBeTruthy();
    expect(screen.getByText('Registri (21) dan repositori (37)')).toBeTruthy();
    expect(screen.getByText('Persona (17)')).toBeTruthy();
  });

  it('finds entries by search and shows their source', () => {
    open();
    fireEvent.change(screen.getByLabelText(/Cari dalam katalog/), { target: { value: 'penduduk' } });
    expect(screen.getByText('Registri Penduduk')).toBeTruthy();
    expect(screen.getByText('Sumber: Panduan WoG §2.6.4, Rajah 2-13; Panduan WoG §2.6.2 (Akta 78, Klausa 4(1))')).toBeTruthy();
    expect(screen.queryByText('Registri Kenderaan')).toBeNull();
    // lifecycle rows listing the group "Penduduk Tetap" are shown without their unrelated subcategories
    expect(screen.getAllByText('Kumpulan sasar: Warganegara, Bukan Warganegara, Penduduk Tetap').length).toBeGreaterThan(0);
    expect(screen.queryByText('Asnaf')).toBeNull();
    fireEvent.change(screen.getByLabelText(/Cari dalam katalog/), { target: { value: 'tiada-langsung' } });
    expect(screen.getByText('Tiada padanan.')).toBeTruthy();
  });

  it('rejects a bad catalogue update file with its reason and keeps the catalogue', async () => {
    open();
    nextFile = file('rosak.json', '{"format": "lakar-catalogue-update", "version": "x", "source": "y", "registries": [{"id": "reg.ekonomi.x"}]}');
    fireEvent.click(screen.getByRole('button', { name: 'Kemas kini katalog daripada fail' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Fail "rosak.json" ditolak: Fail kemas kini katalog tidak sah — registries\.0\.sector/);
    expect(alert.textContent).toMatch(/Katalog semasa dikekalkan\.$/);
    expect(meta().catalogueUpdate).toBeUndefined();
    expect(picked).toEqual([{ kinds: ['catalogue', 'json'] }]);
  });

  it('applies a valid update to the project, shows the new registry and can remove it', async () => {
    open();
    const update = {
      format: 'lakar-catalogue-update',
      version: 'Sehingga Jun 2026',
      source: 'JDN Jun 2026',
      registries: [{ id: 'reg.sosial2.pelatihTvet', sector: 'sosial2', name: { ms: 'Pelatih TVET', en: 'TVET Trainees' }, official: true, dataKinds: ['pelatih tvet'], source: '003 Bab 1' }],
    };
    nextFile = file('katalog.json', JSON.stringify(update));
    fireEvent.click(screen.getByRole('button', { name: 'Kemas kini katalog daripada fail' }));
    expect((await screen.findByRole('status')).textContent).toBe('Katalog dikemas kini kepada Sehingga Jun 2026: 1 ditambah, 0 diganti, 0 dibuang. Disimpan dalam projek ini.');
    expect(meta().catalogueUpdate?.version).toBe('Sehingga Jun 2026');
    expect(screen.getByText('Registri (22) dan repositori (37)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Buang kemas kini katalog' }));
    expect(meta().catalogueUpdate).toBeUndefined();
    await waitFor(() => expect(screen.getByText('Registri (21) dan repositori (37)')).toBeTruthy());
  });

  it('imports an agency application list, reporting bad rows by line', async () => {
    open();
    nextFile = file('rasa.csv', 'Nama Sistem;Agensi;Fungsi;Sektor\nSistem Cuti;JPA;Cuti;Pentadbiran Awam\n;JPA;;\nSistem Gaji;ANM;Gaji;Kewangan\n');
    fireEvent.click(screen.getByRole('button', { name: 'Import senarai aplikasi agensi (CSV)' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('2 aplikasi diimport daripada rasa.csv dan disimpan dalam projek ini; 1 baris ditolak.');
    expect(status.textContent).toContain('Baris 3: Nama aplikasi kosong; baris diabaikan.');
    expect(status.textContent).toContain('Baris 4: Sektor "Kewangan" tidak dikenali');
    expect(meta().agencyApplications?.entries.map((e) => e.name)).toEqual(['Sistem Cuti', 'Sistem Gaji']);
    expect(picked).toEqual([{ kinds: ['applist', 'csv'] }]);
  });

  it('rejects a CSV without an application name column and keeps the current list', async () => {
    open();
    nextFile = file('salah.csv', 'Tarikh,Jumlah\n2025,3\n');
    fireEvent.click(screen.getByRole('button', { name: 'Import senarai aplikasi agensi (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Senarai aplikasi ditolak: Fail "salah.csv" tiada lajur nama aplikasi/);
    // the worked example's own list is kept
    expect(meta().agencyApplications?.importedFrom).toBe('rasa-fungsi-pekerjaan-contoh.csv');
  });

  it('shows the catalogue in English when the UI is English', async () => {
    await changeLanguage('en');
    open();
    fireEvent.change(screen.getByLabelText(/Search the catalogue/), { target: { value: 'population' } });
    expect(screen.getByText('Population Registry')).toBeTruthy();
  });

  it('puts an entry on the selected element with "Guna ini" (001 Jadual 2-2, 2-3), as one undo step', () => {
    open();
    act(() => useEditor.getState().setSelection({ elements: ['tg_g2c'], relations: [] }));
    fireEvent.change(screen.getByLabelText(/^Cari dalam katalog/), { target: { value: 'Pesara' } });
    const use = screen.getAllByRole('button', { name: /^Guna ini: “\d+\. Pesara” untuk “/ })[0];
    fireEvent.click(use);
    const el = () => useEditor.getState().history!.doc.elements.get('tg_g2c') as { persona?: string };
    expect(el().persona).toBe('Pesara');
    useEditor.getState().undo();
    expect(el().persona).not.toBe('Pesara');
    // a service takes a domain; the target group's entries offer nothing to it
    act(() => useEditor.getState().setSelection({ elements: ['sv_main'], relations: [] }));
    expect(screen.queryAllByRole('button', { name: /^Guna ini/ })).toHaveLength(0);
  });
});
