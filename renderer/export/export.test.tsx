// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { unzipSync } from 'fflate';
import type { LakarApi } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model/schema';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { makeLargeDocument } from '../../test/helpers/factories';
import { pdfInfo } from '../../test/fixtures/export/poppler';
import { initI18n, changeLanguage } from '../i18n';
import { useEditor } from '../state/editor';
import { ExportHost } from './ExportHost';
import { openExportDialog, setExportWorkerFactory } from './actions';
import { useExport } from './exportStore';

type SaveArgs = { kind: string; suggestedName: string; data: Uint8Array };

let saved: SaveArgs[];

function open(doc: LakarDocument) {
  saved = [];
  const api = {
    'file:saveBytes': vi.fn(async (args: SaveArgs) => {
      saved.push(args);
      return { ref: `/tmp/${args.suggestedName}` };
    }),
  } as unknown as LakarApi;
  useEditor.getState().setApi(api);
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'x', doc, dirty: false });
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5));

describe('export dialog', () => {
  beforeAll(async () => {
    await initI18n('ms');
  });
  beforeEach(() => setExportWorkerFactory(null));
  afterEach(async () => {
    cleanup();
    useExport.setState({ mode: null, phase: 'options', cancelRunning: null });
    await changeLanguage('ms');
  });

  it('exports the proposal paper and hands the PDF to the save dialog with a sensible name', async () => {
    open(pengambilanPekerjaExample());
    render(<ExportHost />);
    act(() => openExportDialog('proposal'));
    expect(screen.getByText('Eksport Kertas Cadangan (PDF)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0].kind).toBe('pdf');
    expect(saved[0].suggestedName).toBe('perkhidmatan-pengurusan-pengambilan-pekerja-kertas-cadangan.pdf');
    expect(text(saved[0].data)).toBe('%PDF-');
    await waitFor(() => expect(useExport.getState().mode).toBeNull());
  });

  it('writes nothing when the user cancels a running export', async () => {
    open(makeLargeDocument(300));
    render(<ExportHost />);
    act(() => openExportDialog('proposal'));
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    const cancel = await screen.findByRole('button', { name: 'Batalkan eksport' });
    expect(screen.getByRole('progressbar')).toBeTruthy();
    fireEvent.click(cancel);
    await waitFor(() => expect(useExport.getState().phase).toBe('options'));
    // Give the (cancelled) job time to reach its next checkpoint; it must not save.
    await new Promise((r) => setTimeout(r, 300));
    expect(saved).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Eksport' })).toBeTruthy();
  });

  it('exports the active view on the chosen paper and orientation', async () => {
    open(pengambilanPekerjaExample());
    render(<ExportHost />);
    act(() => openExportDialog('view'));
    fireEvent.click(screen.getByLabelText('A3'));
    fireEvent.click(screen.getByLabelText('Landskap'));
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    const info = pdfInfo(saved[0].data);
    expect(info.pages).toBe(1);
    expect(info.pageSizes[0]).toEqual({ paper: 'A3', landscape: true });
    expect(saved[0].suggestedName).toBe('perkhidmatan-pengurusan-pengambilan-pekerja-lmv.pdf');
  });

  it('says how many documents the IDD makes, one per supplying agency, and saves them as a zip', async () => {
    open(pengambilanPekerjaExample());
    render(<ExportHost />);
    act(() => openExportDialog('idd'));
    expect(screen.getByText('2 aliran data MyGDX akan didokumenkan.')).toBeTruthy();
    expect(screen.getByText(/^3 dokumen IDD, satu bagi setiap agensi pembekal: Agensi PQRST, Agensi A, Jabatan Pendaftaran Negara\./)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Markdown (.md)'));
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0].kind).toBe('zip');
    expect(saved[0].suggestedName).toBe('perkhidmatan-pengurusan-pengambilan-pekerja-idd-mygdx.zip');
    const files = unzipSync(saved[0].data);
    expect(Object.keys(files)).toEqual(['idd-agensi-pqrst.md', 'idd-agensi-a.md', 'idd-jabatan-pendaftaran-negara.md']);
    expect(new TextDecoder().decode(files['idd-jabatan-pendaftaran-negara.md'])).toContain('<iden:serviceCode>JPN-SYSB-R-MaklumatIdentiti</iden:serviceCode>');
  });

  it('exports the IDD of one chosen flow, named after its service ID', async () => {
    open(pengambilanPekerjaExample());
    render(<ExportHost />);
    act(() => openExportDialog('idd'));
    fireEvent.change(screen.getByLabelText('Aliran data'), { target: { value: 'fl_b' } });
    fireEvent.click(screen.getByLabelText('JSON (.json)'));
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0].suggestedName).toBe('perkhidmatan-pengurusan-pengambilan-pekerja-idd-jpn-sysb-r-maklumatidentiti.json');
    const json = JSON.parse(new TextDecoder().decode(saved[0].data));
    expect(json.documents.flatMap((d: { services: { serviceId: string }[] }) => d.services.map((i) => i.serviceId))).toEqual(['JPN-SYSB-R-MaklumatIdentiti']);
  });

  it('blocks the IDD export and explains why when no flow uses MyGDX', () => {
    const doc = pengambilanPekerjaExample();
    for (const r of doc.relations.values()) if (r.kind === 'dataFlow') r.method = 'api';
    open(doc);
    render(<ExportHost />);
    act(() => openExportDialog('idd'));
    expect(screen.getByRole('alert').textContent).toContain('tiada aliran data yang menggunakan kaedah MyGDX');
    expect((screen.getByRole('button', { name: 'Eksport' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('prints the view as an inline SVG on the chosen page size', () => {
    open(pengambilanPekerjaExample());
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<ExportHost />);
    act(() => openExportDialog('print'));
    fireEvent.click(screen.getByLabelText('A3'));
    fireEvent.click(screen.getByRole('button', { name: 'Cetak' }));
    expect(print).toHaveBeenCalledOnce();
    const container = document.getElementById('lakar-print')!;
    expect(container.querySelector('svg')).toBeTruthy();
    for (const name of ['Pencari Kerja', 'Sistem XY', 'PDSA JDN']) expect(container.textContent).toContain(name);
    expect(container.querySelector('style')!.textContent).toContain('size: A3 landscape');
    vi.unstubAllGlobals();
  });

  it('shows the labels in English when the UI is in English', async () => {
    await changeLanguage('en');
    open(pengambilanPekerjaExample());
    render(<ExportHost />);
    act(() => openExportDialog('proposal'));
    expect(screen.getByText('Export proposal paper (Kertas Cadangan, PDF)')).toBeTruthy();
    expect((screen.getByLabelText('English') as HTMLInputElement).checked).toBe(true);
  });
});
