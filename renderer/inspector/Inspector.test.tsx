// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { Inspector } from './Inspector';

const doc = () => useEditor.getState().history!.doc;
const past = () => useEditor.getState().history!.past;

function open(selected: { elements?: string[]; relations?: string[] }) {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  // a site with no hardware listed yet, to fill in
  delete (example.elements.site_onsite as { hardware?: unknown }).hardware;
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
  useEditor.getState().setSelection({ elements: [], relations: [], ...selected });
  render(<Inspector />);
}

describe('Inspector', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  it('renames an element as you type, one undo step per burst, and follows undo', () => {
    open({ elements: ['sys_a'] });
    const name = screen.getByLabelText('Nama');
    for (const v of ['Sistem A ', 'Sistem A B', 'Sistem A BC']) fireEvent.change(name, { target: { value: v } });
    // the space typed mid-word stays in the field even though the model trims names
    expect(doc().elements.sys_a.name).toBe('Sistem A BC');
    expect(past()).toHaveLength(1);
    fireEvent.blur(name);
    act(() => useEditor.getState().undo());
    expect((screen.getByLabelText('Nama') as HTMLInputElement).value).toBe('Sistem A');
  });

  it('shows an inline message for a bad process order and keeps what was typed', () => {
    open({ elements: ['pr_2'] });
    const order = screen.getByLabelText('Turutan proses');
    fireEvent.change(order, { target: { value: '0' } });
    expect(order.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Nilai mesti sekurang-kurangnya 1.');
    expect((order as HTMLInputElement).value).toBe('0');
    expect(doc().elements.pr_2).toMatchObject({ order: 2 });
    fireEvent.change(order, { target: { value: 'dua' } });
    expect(screen.getByRole('alert').textContent).toBe('Masukkan nombor.');
    fireEvent.change(order, { target: { value: '7' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(doc().elements.pr_2).toMatchObject({ order: 7 });
  });

  it('edits the hardware list of a site row by row', () => {
    open({ elements: ['site_onsite'] });
    const hardware = screen.getByRole('group', { name: 'Perkakasan dan bilangan' });
    fireEvent.click(within(hardware).getByRole('button', { name: '+ Tambah baris' }));
    fireEvent.change(within(hardware).getByLabelText('Perkakasan 1'), { target: { value: 'Komputer riba' } });
    // an item without a quantity is not committed yet
    expect(doc().elements.site_onsite).not.toHaveProperty('hardware');
    fireEvent.change(within(hardware).getByLabelText('Bilangan 1'), { target: { value: '12' } });
    expect(doc().elements.site_onsite).toMatchObject({ hardware: [{ item: 'Komputer riba', quantity: 12 }] });
    fireEvent.change(within(hardware).getByLabelText('Bilangan 1'), { target: { value: '-1' } });
    expect(within(hardware).getByRole('alert').textContent).toBe('Nilai mesti sekurang-kurangnya 0.');
    expect(doc().elements.site_onsite).toMatchObject({ hardware: [{ item: 'Komputer riba', quantity: 12 }] });
  });

  it('edits a data flow’s method, direction and carried data', () => {
    open({ relations: ['fl_c'] });
    fireEvent.change(screen.getByLabelText('Kaedah integrasi'), { target: { value: 'api' } });
    fireEvent.change(screen.getByLabelText('Arah'), { target: { value: 'both' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Data yang dibawa' })).getByLabelText('Maklumat Identiti Individu'));
    expect(doc().relations.fl_c).toMatchObject({ method: 'api', direction: 'both', dataEntityIds: ['de_calon', 'de_identiti'] });
  });

  it('explains a relation kind the two ends do not allow', () => {
    open({ relations: ['rel_1'] });
    fireEvent.click(screen.getByRole('button', { name: 'Tukar arah (sumber ⇄ sasaran)' }));
    expect(screen.getByRole('alert').textContent).toContain('tidak dibenarkan');
    expect(doc().relations.rel_1).toMatchObject({ source: 'tg_g2c', target: 'ch_counter' });
  });

  it('places an element that is not on the active view', () => {
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), dirty: false });
    act(() => void useEditor.getState().dispatch('view.hideElements', { viewId: 'view_main', ids: ['sys_d'] }));
    render(<Inspector />);
    fireEvent.click(screen.getByRole('button', { name: 'Letak Sistem D pada paparan' }));
    expect(doc().views.view_main.nodes.sys_d).toBeDefined();
  });

  it('resizes a band of the active view and refuses one too low', () => {
    open({});
    const processes = screen.getByLabelText('4 Proses Peringkat Tinggi (px)');
    fireEvent.change(processes, { target: { value: '250' } });
    expect(doc().views.view_main.bandHeights?.[3]).toBe(250);
    fireEvent.change(processes, { target: { value: '20' } });
    expect(screen.getByRole('alert').textContent).toBe('Nilai mesti sekurang-kurangnya 80.');
    expect(doc().views.view_main.bandHeights?.[3]).toBe(250);
  });
});
