// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { Inspector } from './Inspector';
import { sharingApprovalOf } from '../../shared/export/idd/services';
import { Table, type DataFlow, type Element } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';
import type { SharingApproval } from '../../shared/model/proposal';

const doc = () => useEditor.getState().history!.doc;
const past = () => useEditor.getState().history!.past;

function open(selected: { elements?: string[]; relations?: string[] }, grow?: (elements: Element[]) => Element[]) {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  if (grow) example.elements = Table.of(grow(example.elements.values().slice()));
  // a site with no hardware listed yet, to fill in
  delete (example.elements.get('site_onsite') as { hardware?: unknown }).hardware;
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
  useEditor.getState().setSelection({ elements: [], relations: [], ...selected });
  render(<Inspector />);
}

/**
 * The inspector open on the example's two-way flow fl_a as `reshape` leaves it: the approval the paper
 * reads for each direction (sharingApprovalOf), and the forward and reverse approval groups.
 */
function openTwoWayFlow(reshape: (flow: DataFlow & { reverse: NonNullable<DataFlow['reverse']> }) => DataFlow) {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const flow = example.relations.get('fl_a');
  if (flow?.kind !== 'dataFlow' || !flow.reverse) throw new Error('fl_a');
  example.relations = example.relations.set('fl_a', reshape({ ...flow, reverse: flow.reverse }));
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
  useEditor.getState().setSelection({ elements: [], relations: ['fl_a'] });
  render(<Inspector />);
  const paper = (direction: 'forward' | 'reverse') => {
    const f = doc().relations.get('fl_a');
    return f?.kind === 'dataFlow' ? sharingApprovalOf(doc(), f, direction) : undefined;
  };
  const back = within(screen.getByRole('group', { name: 'Servis arah balik (dibekalkan oleh sasaran)' })).getByRole('group', { name: 'Kelulusan perkongsian data' });
  const forward = screen.getAllByRole('group', { name: 'Kelulusan perkongsian data' }).find((g) => g !== back)!;
  return { paper, back, forward };
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
    expect(doc().elements.get('sys_a')!.name).toBe('Sistem A BC');
    expect(past()).toHaveLength(1);
    fireEvent.blur(name);
    act(() => useEditor.getState().undo());
    expect((screen.getByLabelText('Nama') as HTMLInputElement).value).toBe('Sistem A');
  });

  it('makes no undo step and leaves the file saved for an edit that changes nothing (a space the name loses, the same method)', () => {
    open({ elements: ['sys_a'] });
    fireEvent.change(screen.getByLabelText('Nama'), { target: { value: 'Sistem A ' } });
    expect(past()).toHaveLength(0);
    expect(useEditor.getState().dirty).toBe(false);
    cleanup();
    open({ relations: ['fl_c'] });
    fireEvent.change(screen.getByLabelText('Kaedah integrasi'), { target: { value: 'webService' } });
    expect(past()).toHaveLength(0);
    expect(useEditor.getState().dirty).toBe(false);
  });

  it('shows an inline message for a bad process order and keeps what was typed', () => {
    open({ elements: ['pr_2'] });
    const order = screen.getByLabelText('Turutan proses');
    fireEvent.change(order, { target: { value: '0' } });
    expect(order.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Nilai mesti sekurang-kurangnya 1.');
    expect((order as HTMLInputElement).value).toBe('0');
    expect(doc().elements.get('pr_2')).toMatchObject({ order: 2 });
    fireEvent.change(order, { target: { value: 'dua' } });
    expect(screen.getByRole('alert').textContent).toBe('Masukkan nombor.');
    fireEvent.change(order, { target: { value: '7' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(doc().elements.get('pr_2')).toMatchObject({ order: 7 });
  });

  it('edits the hardware list of a site row by row', () => {
    open({ elements: ['site_onsite'] });
    const hardware = screen.getByRole('group', { name: 'Perkakasan dan bilangan' });
    fireEvent.click(within(hardware).getByRole('button', { name: '+ Tambah baris' }));
    fireEvent.change(within(hardware).getByLabelText('Perkakasan 1'), { target: { value: 'Komputer riba' } });
    // an item without a quantity is not committed yet
    expect(doc().elements.get('site_onsite')).not.toHaveProperty('hardware');
    fireEvent.change(within(hardware).getByLabelText('Bilangan 1'), { target: { value: '12' } });
    expect(doc().elements.get('site_onsite')).toMatchObject({ hardware: [{ item: 'Komputer riba', quantity: 12 }] });
    fireEvent.change(within(hardware).getByLabelText('Bilangan 1'), { target: { value: '-1' } });
    expect(within(hardware).getByRole('alert').textContent).toBe('Nilai mesti sekurang-kurangnya 0.');
    expect(doc().elements.get('site_onsite')).toMatchObject({ hardware: [{ item: 'Komputer riba', quantity: 12 }] });
  });

  it('edits a data flow’s method, direction and carried data', () => {
    open({ relations: ['fl_c'] });
    fireEvent.change(screen.getByLabelText('Kaedah integrasi'), { target: { value: 'api' } });
    fireEvent.change(screen.getByLabelText('Arah'), { target: { value: 'both' } });
    // the data it carries is listed, ticked; more is added by name
    const carried = screen.getByRole('group', { name: 'Data yang dibawa' });
    expect(within(carried).getAllByRole('checkbox').map((c) => [c.parentElement!.textContent, (c as HTMLInputElement).checked])).toEqual([['Maklumat Kelayakan Akademik', true]]);
    const add = within(carried).getByRole('combobox', { name: 'Tambah Data/Maklumat' });
    fireEvent.change(add, { target: { value: 'identiti' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    expect(doc().relations.get('fl_c')).toMatchObject({ method: 'api', direction: 'both', dataEntityIds: ['de_identiti', 'de_kelayakan'] });
    expect((add as HTMLInputElement).value).toBe('');
    expect(within(carried).getAllByRole('checkbox').map((c) => c.parentElement!.textContent)).toEqual(['Maklumat Identiti Individu', 'Maklumat Kelayakan Akademik']);
  });

  it('lists only the data a flow carries, not every data entity of the model, and offers the others by name', () => {
    const many = Array.from({ length: 300 }, (_, i) => makeElement('dataEntity', { id: `de_${i}`, name: `Data ${String(i).padStart(3, '0')}` } as Partial<Element>) as Element);
    open({ relations: ['fl_c'] }, (elements) => [...elements, ...many]);
    const carried = screen.getByRole('group', { name: 'Data yang dibawa' });
    // before: a box for each of the model's 303 data entities
    expect(within(carried).getAllByRole('checkbox')).toHaveLength(1);
    const add = within(carried).getByRole('combobox', { name: 'Tambah Data/Maklumat' });
    fireEvent.change(add, { target: { value: 'data 29' } });
    // what the flow carries is not offered again; only data entities are
    expect(within(document.getElementById(add.getAttribute('aria-controls')!)!).getAllByRole('option').map((o) => o.textContent)).toEqual(['Data 290', 'Data 291', 'Data 292', 'Data 293', 'Data 294', 'Data 295', 'Data 296', 'Data 297', 'Data 298', 'Data 299']);
    fireEvent.keyDown(add, { key: 'ArrowDown' });
    fireEvent.keyDown(add, { key: 'Enter' });
    expect(doc().relations.get('fl_c')).toMatchObject({ dataEntityIds: ['de_291', 'de_kelayakan'] });
    // unticked, it is taken off the flow and stays listed to tick again after a slip
    fireEvent.click(within(carried).getByLabelText('Data 291'));
    expect(doc().relations.get('fl_c')).toMatchObject({ dataEntityIds: ['de_kelayakan'] });
    expect((within(carried).getByLabelText('Data 291') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(within(carried).getByLabelText('Data 291'));
    expect(doc().relations.get('fl_c')).toMatchObject({ dataEntityIds: ['de_291', 'de_kelayakan'] });
  });

  it('keeps an id the model does not hold listed when it is unticked from a flow’s data, with the keyboard focus on it', () => {
    const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const flow = example.relations.get('fl_c') as DataFlow;
    // as an imported file may hold it: an id of data that is not in the model
    example.relations = example.relations.set('fl_c', { ...flow, dataEntityIds: ['de_kelayakan', 'de_hilang'] });
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
    useEditor.getState().setSelection({ elements: [], relations: ['fl_c'] });
    render(<Inspector />);
    const carried = screen.getByRole('group', { name: 'Data yang dibawa' });
    const gone = () => within(carried).getByLabelText('de_hilang (tidak dikenali)') as HTMLInputElement;
    gone().focus();
    fireEvent.click(gone());
    expect(doc().relations.get('fl_c')).toMatchObject({ dataEntityIds: ['de_kelayakan'] });
    // still there, unticked, and still holding the focus (it used to vanish, and the focus with it)
    expect(gone().checked).toBe(false);
    expect(document.activeElement).toBe(gone());
    // ticked again: the model takes no id it does not hold, and the field says why
    fireEvent.click(gone());
    expect(within(carried).getByRole('alert').textContent).toBe('Aliran data merujuk “de_hilang”, yang bukan entiti data dalam model.');
    expect(doc().relations.get('fl_c')).toMatchObject({ dataEntityIds: ['de_kelayakan'] });
  });

  it('keeps an id the model refuses listed, unticked and focused, when it is ticked again', () => {
    const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const flow = example.relations.get('fl_c') as DataFlow;
    example.relations = example.relations.set('fl_c', { ...flow, dataEntityIds: ['de_kelayakan', 'de_hilang'] });
    useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
    useEditor.getState().setSelection({ elements: [], relations: ['fl_c'] });
    render(<Inspector />);
    const carried = screen.getByRole('group', { name: 'Data yang dibawa' });
    const gone = () => within(carried).queryByLabelText('de_hilang (tidak dikenali)') as HTMLInputElement | null;
    gone()!.focus();
    fireEvent.click(gone()!);
    fireEvent.click(gone()!);
    expect(within(carried).getByRole('alert').textContent).toBe('Aliran data merujuk “de_hilang”, yang bukan entiti data dalam model.');
    // the refused tick leaves its box where it was (it used to vanish with the focus), unticked, to be read or left
    expect(gone()).not.toBeNull();
    expect(gone()!.checked).toBe(false);
    expect(document.activeElement).toBe(gone());
    // and a third press tries again, as the message says nothing changed
    fireEvent.click(gone()!);
    expect(gone()).not.toBeNull();
    expect(doc().relations.get('fl_c')).toMatchObject({ dataEntityIds: ['de_kelayakan'] });
  });

  it('edits each direction of a two-way MyGDX flow as its own service: Servis ID with its CRUD option, data and fields', () => {
    open({ relations: ['fl_a'] });
    const reverse = screen.getByRole('group', { name: 'Servis arah balik (dibekalkan oleh sasaran)' });
    expect(within(reverse).getByText('Aliran dua hala: Sistem A membekalkan servis ini kepada Sistem Pengambilan Pekerja, dengan Servis ID dan medan IDD tersendiri (003 Lampiran A).')).toBeTruthy();
    // the reverse service's data is chosen among the data the flow carries
    const data = within(reverse).getByRole('group', { name: 'Data dibekalkan oleh Sistem A' });
    expect(within(data).queryByLabelText('Maklumat Identiti Individu')).toBeNull();
    expect((within(data).getByLabelText('Keputusan Tapisan Calon') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(within(reverse).getByLabelText('Pilihan CRUD'), { target: { value: 'U' } });
    expect(doc().relations.get('fl_a')).toMatchObject({ serviceId: 'PQRST-SPP-R-MaklumatCalon', reverse: { serviceId: 'AGA-SYSA-U-KeputusanTapisan' } });
    // the forward service keeps its own URL (the worked example gives one)
    const forwardUrl = (doc().relations.get('fl_a') as { apiUrl?: string }).apiUrl;
    fireEvent.change(within(reverse).getByLabelText('URL API'), { target: { value: 'https://api.aga.gov.my/tapisan' } });
    expect(doc().relations.get('fl_a')).toMatchObject({ reverse: { apiUrl: 'https://api.aga.gov.my/tapisan' } });
    expect((doc().relations.get('fl_a') as { apiUrl?: string }).apiUrl).toBe(forwardUrl);
    expect(forwardUrl).not.toBe('https://api.aga.gov.my/tapisan');
    // a Data Format row: name, description, type, length and the mandatory tick box, after those the example has
    type Field = { name: string; length?: string; mandatory?: boolean };
    const responseFields = () => (doc().relations.get('fl_a') as { reverse?: { responseFields?: Field[] } }).reverse?.responseFields ?? [];
    const had = responseFields();
    const row = had.length + 1;
    const response = within(reverse).getByRole('group', { name: 'Medan respons' });
    fireEvent.click(within(response).getByRole('button', { name: '+ Tambah baris' }));
    fireEvent.change(within(response).getByLabelText(`Nama ${row}`), { target: { value: 'keputusan' } });
    fireEvent.change(within(response).getByLabelText(`Panjang ${row}`), { target: { value: '1' } });
    fireEvent.click(within(response).getByLabelText(`Wajib ${row}`));
    expect(responseFields().map((f) => f.name)).toEqual([...had.map((f) => f.name), 'keputusan']);
    expect(responseFields()[had.length]).toMatchObject({ name: 'keputusan', length: '1', mandatory: true });
  });

  it('shows an older two-way flow’s one approval under the direction the paper prints it for, and an edit of either direction leaves the other as it was (003 §2.4.2 iv)', () => {
    let nou: SharingApproval | undefined;
    // as files before session 17 held it: Agensi A's NoU in the flow's own field, none in `reverse`
    const { paper, back, forward } = openTwoWayFlow((flow) => {
      nou = flow.sharingApproval;
      const { sharingApproval: _older, ...reverse } = flow.reverse;
      return { ...flow, reverse };
    });
    if (!nou) throw new Error('fl_a has no approval');
    // the paper reads it as Agensi A's, for the screening result Sistem A supplies
    expect(paper('forward')).toBeUndefined();
    expect(paper('reverse')).toEqual(nou);
    // (the instrument and reference: the status list has no empty choice)
    const shown = (group: HTMLElement) => ({
      instrument: (within(group).getByLabelText('Instrumen') as HTMLSelectElement).value,
      reference: (within(group).getByLabelText('Rujukan surat/perjanjian') as HTMLInputElement).value,
    });
    expect(shown(back)).toEqual({ instrument: 'nou', reference: nou.reference });
    expect(shown(forward)).toEqual({ instrument: '', reference: '' });
    const readAsReverse = /dibaca sebagai kelulusan Sistem A bagi servis arah balik/;
    expect(screen.getByText(readAsReverse)).toBeTruthy();
    // a new reference for Agensi A's approval: the forward direction still has none
    fireEvent.change(within(back).getByLabelText('Rujukan surat/perjanjian'), { target: { value: 'AGA.700-2/1/4 (13)' } });
    expect(paper('reverse')).toEqual({ ...nou, reference: 'AGA.700-2/1/4 (13)' });
    expect(paper('forward')).toBeUndefined();
    expect(shown(forward)).toEqual({ instrument: '', reference: '' });
    // each direction in its own field now: nothing read for another
    expect(screen.queryByText(readAsReverse)).toBeNull();
    // PQRST's own approval for the forward direction: the reverse one stays
    fireEvent.change(within(forward).getByLabelText('Status'), { target: { value: 'dipohon' } });
    expect(paper('forward')).toEqual({ status: 'dipohon' });
    expect(paper('reverse')).toEqual({ ...nou, reference: 'AGA.700-2/1/4 (13)' });
    expect(shown(back)).toEqual({ instrument: 'nou', reference: 'AGA.700-2/1/4 (13)' });
  });

  it('keeps a forward approval filled field by field on a two-way flow whose reverse has none, under the forward direction (003 §2.4.2 iv)', () => {
    // both approvals empty: PQRST's own (forward) is entered first
    const { paper, back, forward } = openTwoWayFlow((flow) => {
      const { sharingApproval: _forward, ...bare } = flow;
      const { sharingApproval: _reverse, ...reverse } = flow.reverse;
      return { ...bare, reverse };
    });
    fireEvent.change(within(forward).getByLabelText('Status'), { target: { value: 'diluluskan' } });
    expect(paper('forward')).toEqual({ status: 'diluluskan' });
    expect(paper('reverse')).toBeUndefined();
    // the next field merges into the same direction's approval (it moved to the reverse one and was refused)
    fireEvent.change(within(forward).getByLabelText('Instrumen'), { target: { value: 'mou' } });
    fireEvent.change(within(forward).getByLabelText('Rujukan surat/perjanjian'), { target: { value: 'PQRST.100-1/2 (3)' } });
    expect(paper('forward')).toEqual({ status: 'diluluskan', instrument: 'mou', reference: 'PQRST.100-1/2 (3)' });
    expect(paper('reverse')).toBeUndefined();
    expect((within(back).getByLabelText('Rujukan surat/perjanjian') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/dibaca sebagai kelulusan/)).toBeNull();
    expect(useEditor.getState().error).toBeFalsy();
  });

  it('builds a Servis ID from the supplier’s codes when a CRUD option is chosen for a service without one', () => {
    open({ relations: ['fl_b'] });
    act(() => void useEditor.getState().dispatch('relation.update', { id: 'fl_b', patch: { serviceId: undefined } }));
    fireEvent.change(screen.getByLabelText('Pilihan CRUD'), { target: { value: 'R' } });
    expect(doc().relations.get('fl_b')).toMatchObject({ serviceId: 'JPN-SYSB-R-MaklumatIdentitiIndividu' });
    // a one-way flow has no reverse service to fill in
    expect(screen.queryByRole('group', { name: 'Servis arah balik (dibekalkan oleh sasaran)' })).toBeNull();
  });

  it('explains a relation kind the two ends do not allow', () => {
    open({ relations: ['rel_1'] });
    fireEvent.click(screen.getByRole('button', { name: 'Tukar arah (sumber ⇄ sasaran)' }));
    expect(screen.getByRole('alert').textContent).toContain('tidak dibenarkan');
    expect(doc().relations.get('rel_1')).toMatchObject({ source: 'tg_g2c', target: 'ch_counter' });
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
