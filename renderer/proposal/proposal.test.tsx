// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { produce } from 'immer';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import type { LakarDocument } from '../../shared/model';
import { ChecklistPanel } from './ChecklistPanel';
import { ImportBanner } from './ImportBanner';

const meta = () => useEditor.getState().history!.doc.meta;

function load(doc: LakarDocument) {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc, dirty: false });
}

const item = (no: string) => screen.getByRole('heading', { name: new RegExp(`^${no}\\. `) }).closest('li')!;
const status = (no: string) => within(item(no)).getByText((_, el) => el?.hasAttribute('data-status') ?? false).getAttribute('data-status');

describe('ChecklistPanel (Panduan WoG Jadual 4-1 A.1.a)', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  it('shows the nine items of the worked example answered, and item iii not checked once its RASA list is gone', async () => {
    load(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
    render(<ChecklistPanel />);
    expect(await screen.findByText('9 dijawab · 0 perlu jawapan agensi · 0 belum disemak · 0 tidak berkaitan')).toBeTruthy();
    // each answer read against the model (Jadual 4-1 A.1.a): item viii's three platforms are borne out
    expect(within(item('viii')).getByText('Disahkan oleh model (3 perkara)')).toBeTruthy();
    act(() => useEditor.getState().dispatch('project.updateMeta', { patch: { agencyApplications: undefined } }));
    expect(await screen.findByText(/8 dijawab/)).toBeTruthy();
    expect(status('iii')).toBe('notChecked');
    expect(within(item('iii')).getByText(/Senarai Repositori Aplikasi Sektor Awam \(RASA\) belum diimport/)).toBeTruthy();
    expect(within(item('iii')).getByRole('button', { name: 'Import senarai RASA dalam Katalog Ekosistem' })).toBeTruthy();
  });

  it('stores the agency answer typed for an item and moves it to Dijawab', async () => {
    load(produce(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => void delete d.meta.checklistAnswers!.vi));
    render(<ChecklistPanel />);
    await screen.findByText(/8 dijawab/);
    expect(status('vi')).toBe('needsAnswer');
    fireEvent.change(screen.getByLabelText('Jawapan agensi bagi perkara vi'), { target: { value: 'Data Sulit dilindungi HSM.' } });
    expect(meta().checklistAnswers?.vi).toBe('Data Sulit dilindungi HSM.');
    expect(await screen.findByText(/9 dijawab/)).toBeTruthy();
    act(() => useEditor.getState().undo());
    expect(meta().checklistAnswers?.vi).toBeUndefined();
  });

  it('asks item ix for teknologi termaju and accepts "none" as an answer', async () => {
    load(produce(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => void delete d.meta.advancedTechnologies));
    render(<ChecklistPanel />);
    await screen.findByText(/8 dijawab/);
    expect(status('ix')).toBe('needsAnswer');
    fireEvent.click(within(item('ix')).getByLabelText('Tiada teknologi termaju digunakan'));
    expect(meta().advancedTechnologies).toEqual([]);
    fireEvent.click(within(item('ix')).getByLabelText('Kecerdasan Buatan (AI)'));
    expect(meta().advancedTechnologies).toEqual(['ai']);
    expect(await screen.findByText(/9 dijawab/)).toBeTruthy();
  });
});

describe('ImportBanner', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  const imported = () =>
    produce(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
      d.meta.importAssumptions = {
        source: 'model.xml',
        format: 'oef',
        importedAt: '2026-03-01T00:00:00.000Z',
        items: [
          { kind: 'lifecycleAssumed', count: 2, elementIds: ['tg_g2c', 'tg_g2b'], detail: 'G2C' },
          { kind: 'unplacedKept', count: 5 },
        ],
      };
    });

  it('lists what the import assumed until the user changes it or confirms, and the confirmation can be undone', () => {
    load(imported());
    render(<ImportBanner />);
    const banner = screen.getByRole('region', { name: 'Andaian import model' });
    // Majikan is G2B already: only Pencari Kerja still carries the assumed G2C
    expect(within(banner).getByText('1 kumpulan sasar tanpa kitar hayat diandaikan G2C.')).toBeTruthy();
    expect(within(banner).getByText(/5 konsep ArchiMate tanpa tempat dalam LMV/)).toBeTruthy();
    fireEvent.click(within(banner).getAllByRole('button', { name: 'Pilih' })[0]);
    expect(useEditor.getState().selection.elements).toEqual(['tg_g2c']);
    fireEvent.click(within(banner).getByRole('button', { name: 'Sahkan andaian' }));
    expect(meta().importAssumptions?.confirmedAt).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Andaian import model' })).toBeNull();
    act(() => useEditor.getState().undo());
    expect(screen.getByRole('region', { name: 'Andaian import model' })).toBeTruthy();
  });
});
