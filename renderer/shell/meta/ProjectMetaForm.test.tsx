// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n, changeLanguage } from '../../i18n';
import { useEditor } from '../../state/editor';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { ProjectMetaForm } from './ProjectMetaForm';

function openProject() {
  useEditor.getState().loadProject({ handle: 'h1', ref: null, displayName: '', doc: makeDocument([], [], ''), dirty: false });
}

const meta = () => useEditor.getState().history!.doc.meta;
const past = () => useEditor.getState().history!.past;

describe('ProjectMetaForm', () => {
  beforeAll(async () => {
    await initI18n('ms');
  });
  afterEach(async () => {
    cleanup();
    await changeLanguage('ms');
  });

  it('applies each keystroke to the document but records one undo step per typing burst', () => {
    openProject();
    render(<ProjectMetaForm />);
    const title = screen.getByLabelText('Tajuk projek');
    for (const text of ['S', 'Si', 'Sistem']) fireEvent.change(title, { target: { value: text } });
    expect(meta().title).toBe('Sistem');
    expect(past()).toHaveLength(1);
    fireEvent.blur(title);
    fireEvent.change(title, { target: { value: 'Sistem X' } });
    expect(past()).toHaveLength(2);
    act(() => useEditor.getState().undo());
    expect((screen.getByLabelText('Tajuk projek') as HTMLInputElement).value).toBe('Sistem');
  });

  it('stores the sector and category as vocabulary ids and clears an emptied field', () => {
    openProject();
    render(<ProjectMetaForm />);
    fireEvent.change(screen.getByLabelText('Sektor'), { target: { value: 'keselamatan' } });
    fireEvent.click(screen.getByLabelText('Perkhidmatan Digital Bersepadu Keseluruhan Kerajaan (WoG)'));
    fireEvent.change(screen.getByLabelText('Disediakan oleh'), { target: { value: 'Aminah' } });
    fireEvent.change(screen.getByLabelText('Disediakan oleh'), { target: { value: '' } });
    expect(meta()).toMatchObject({ sector: 'keselamatan', category: 'wog' });
    expect('author' in meta()).toBe(false);
  });

  it('labels the agency fields in English after the language switch', async () => {
    openProject();
    render(<ProjectMetaForm />);
    await act(() => changeLanguage('en'));
    expect(screen.getByLabelText('Project owner (Pemilik Projek)')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Project Information' })).toBeTruthy();
  });

  it('edits the cost table line by line with totals, refusing an amount that is not ringgit (Panduan WoG §4.3.5)', () => {
    openProject();
    render(<ProjectMetaForm />);
    fireEvent.click(screen.getByRole('tab', { name: 'Anggaran Kos' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah komponen kos' }));
    expect(meta().costs).toEqual([{ component: 'Komponen kos baharu', amount: 0 }]);
    fireEvent.change(screen.getByLabelText('Komponen 1'), { target: { value: 'Pembangunan sistem' } });
    fireEvent.change(screen.getByLabelText('Jumlah (RM) 1'), { target: { value: '1,500,000.00' } });
    fireEvent.change(screen.getByLabelText('Jenis kos (CAPEX/OPEX) 1'), { target: { value: 'capex' } });
    fireEvent.change(screen.getByLabelText('Asas anggaran 1'), { target: { value: 'katalogAnggaranHarga' } });
    expect(meta().costs).toEqual([{ component: 'Pembangunan sistem', amount: 1_500_000, costType: 'capex', basis: 'katalogAnggaranHarga' }]);
    fireEvent.change(screen.getByLabelText('Jumlah (RM) 1'), { target: { value: '1.500.000,00' } });
    expect(screen.getByLabelText('Jumlah (RM) 1').getAttribute('aria-invalid')).toBe('true');
    expect(meta().costs?.[0].amount).toBe(1_500_000);
    expect(screen.getByText('RM1,500,000.00', { selector: '[data-total]' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Komponen 1'), { target: { value: '' } });
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.startsWith('Wajib diisi'))).toBe(true);
    expect(meta().costs?.[0].component).toBe('Pembangunan sistem');
    fireEvent.click(screen.getByRole('button', { name: 'Buang Komponen kos baris 1' }));
    expect('costs' in meta()).toBe(false);
    act(() => useEditor.getState().undo());
    expect(meta().costs).toHaveLength(1);
  });

  it('records the pain point and benefit of each target group of the model (Panduan WoG §3.2.2 b)', () => {
    useEditor.getState().loadProject({ handle: 'h1', ref: null, displayName: '', doc: makeDocument([makeElement('targetGroup', { id: 'tg_1', name: 'Warga Emas', lifecycle: 'G2C' })], [], 'X'), dirty: false });
    render(<ProjectMetaForm />);
    fireEvent.click(screen.getByRole('tab', { name: 'Kumpulan Sasar' }));
    fireEvent.change(screen.getByLabelText('Manfaat (Warga Emas)'), { target: { value: 'Tidak perlu ke kaunter' } });
    expect(meta().targetGroupBenefits).toEqual([{ targetGroupId: 'tg_1', benefit: 'Tidak perlu ke kaunter' }]);
    fireEvent.change(screen.getByLabelText('Manfaat (Warga Emas)'), { target: { value: '' } });
    expect('targetGroupBenefits' in meta()).toBe(false);
  });

  it('moves between tabs with the arrow keys and keeps every tab in the form', () => {
    openProject();
    render(<ProjectMetaForm />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Umum', 'Agensi dan Pengesahan', 'Sektor dan Kategori', 'Objektif dan KPI', 'Kumpulan Sasar', 'Landskap Semasa', 'Keselamatan dan Risiko', 'Pelaksanaan', 'Anggaran Kos']);
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Agensi dan Pengesahan' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Agensi dan Pengesahan' }), { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Anggaran Kos' }).getAttribute('aria-selected')).toBe('true');
  });
});
