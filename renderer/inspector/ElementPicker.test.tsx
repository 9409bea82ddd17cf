// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { Table, type Element } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';
import { Inspector } from './Inspector';
import { PICKER_LIMIT } from './ElementPicker';

const doc = () => useEditor.getState().history!.doc;

function open(selected: string, grow?: (elements: Element[]) => Element[]) {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  if (grow) example.elements = Table.of(grow(example.elements.values().slice()));
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
  useEditor.getState().setSelection({ elements: [selected], relations: [] });
  render(<Inspector />);
}

const connectTo = () => screen.getByRole('combobox', { name: 'Sambung ke' });
/** The matches `box` (by default "Sambung ke") lists now: the options of the listbox it controls. */
const listed = (box = connectTo()) => within(document.getElementById(box.getAttribute('aria-controls')!)!).queryAllByRole('option', { hidden: true }).map((o) => o.textContent);
const relationsBetween = (a: string, b: string) => doc().relations.values().filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a));

describe('ElementPicker', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  it('lists nothing until opened, then only the elements whose name holds what was typed, never the element itself', () => {
    open('sys_a');
    expect(listed()).toEqual([]);
    expect(connectTo().getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(connectTo(), { target: { value: 'sistem ' } });
    expect(connectTo().getAttribute('aria-expanded')).toBe('true');
    // band by band (Aplikasi before Teknologi), by name within a band; any case
    expect(listed()).toEqual(['Sistem Pengambilan Pekerja', 'Sistem B', 'Sistem C', 'Sistem D', 'Sistem XY', 'Sistem YZ']);
    const list = document.getElementById(connectTo().getAttribute('aria-controls')!)!;
    expect(within(list).getAllByRole('group').map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent)).toEqual(['Aplikasi', 'Data/Maklumat dan Agensi Yang Membekalkan Data/Maklumat']);
    fireEvent.change(connectTo(), { target: { value: 'tiada-begini' } });
    expect(listed()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('Tiada elemen yang sepadan.');
  });

  it('connects to an element chosen with the keyboard, the same command as before', async () => {
    open('app_spp');
    fireEvent.change(connectTo(), { target: { value: 'agensi' } });
    expect(listed()).toEqual(['Agensi Persekutuan', 'Ibu Pejabat Agensi PQRST']);
    const connect = screen.getByRole('button', { name: 'Sambung', exact: true } as never);
    expect(connect).toHaveProperty('disabled', true);
    // the first match is active; ↓ moves to the next, ↑ back, Enter chooses and closes the list
    const activeName = () => document.getElementById(connectTo().getAttribute('aria-activedescendant')!)?.textContent;
    expect(activeName()).toBe('Agensi Persekutuan');
    fireEvent.keyDown(connectTo(), { key: 'ArrowDown' });
    expect(activeName()).toBe('Ibu Pejabat Agensi PQRST');
    fireEvent.keyDown(connectTo(), { key: 'ArrowDown' });
    fireEvent.keyDown(connectTo(), { key: 'ArrowUp' });
    expect(activeName()).toBe('Agensi Persekutuan');
    fireEvent.keyDown(connectTo(), { key: 'ArrowDown' });
    fireEvent.keyDown(connectTo(), { key: 'Enter' });
    expect((connectTo() as HTMLInputElement).value).toBe('Ibu Pejabat Agensi PQRST');
    expect(connectTo().getAttribute('aria-expanded')).toBe('false');
    expect(relationsBetween('app_spp', 'site_hq')).toHaveLength(0);
    await act(async () => fireEvent.click(connect));
    // the one relation an application and a site allow: the application is hosted on the site (and it is selected)
    expect(relationsBetween('app_spp', 'site_hq')).toMatchObject([{ kind: 'hostedOn', source: 'app_spp', target: 'site_hq' }]);
    expect(useEditor.getState().selection.relations).toEqual([relationsBetween('app_spp', 'site_hq')[0].id]);
  });

  it('Escape closes the list, a second Escape puts back what was chosen; a click on a match chooses it', () => {
    open('app_spp');
    fireEvent.change(connectTo(), { target: { value: 'Sistem D' } });
    fireEvent.click(screen.getByRole('option', { name: 'Sistem D' }));
    expect((connectTo() as HTMLInputElement).value).toBe('Sistem D');
    fireEvent.change(connectTo(), { target: { value: 'Sistem X' } });
    fireEvent.keyDown(connectTo(), { key: 'Escape' });
    expect(connectTo().getAttribute('aria-expanded')).toBe('false');
    expect((connectTo() as HTMLInputElement).value).toBe('Sistem X');
    fireEvent.keyDown(connectTo(), { key: 'Escape' });
    expect((connectTo() as HTMLInputElement).value).toBe('Sistem D');
    expect(screen.getByRole('button', { name: 'Sambung', exact: true } as never)).toHaveProperty('disabled', false);
  });

  it(`lists at most ${PICKER_LIMIT} matches of a large model and says how many more there are`, () => {
    open('app_spp', (elements) => [...elements, ...Array.from({ length: 500 }, (_, i) => makeElement('dataEntity', { id: `de_${i}`, name: `Data ${String(i).padStart(3, '0')}` } as Partial<Element>) as Element)]);
    fireEvent.change(connectTo(), { target: { value: 'data 4' } });
    // Data 400–499 match: the first 50 by name listed
    const names = listed();
    expect(names).toHaveLength(PICKER_LIMIT);
    expect(names[0]).toBe('Data 400');
    expect(names.at(-1)).toBe('Data 449');
    expect(screen.getByRole('status').textContent).toBe('50 daripada 100 padanan disenaraikan; taip lagi untuk menapis.');
    fireEvent.change(connectTo(), { target: { value: 'data 49' } });
    expect(listed()).toHaveLength(10);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('a reference field lists only its kinds, commits the chosen element, and "none" clears it', () => {
    open('as_report');
    const partOf = screen.getByRole('combobox', { name: 'Sebahagian daripada' });
    expect((partOf as HTMLInputElement).value).toBe('Modul Laporan');
    fireEvent.click(partOf);
    // an app service is part of an application or a module: applications first, then modules, by name
    expect(listed(partOf)).toEqual(['— Tiada —', 'Sistem Pengambilan Pekerja', 'Modul Laporan', 'Modul Pengguna', 'Modul Permohonan']);
    fireEvent.change(partOf, { target: { value: 'permohonan' } });
    expect(listed(partOf)).toEqual(['Modul Permohonan']);
    fireEvent.keyDown(partOf, { key: 'Enter' });
    expect(doc().elements.get('as_report')).toMatchObject({ parentId: 'mod_apply' });
    expect((partOf as HTMLInputElement).value).toBe('Modul Permohonan');
    fireEvent.keyDown(partOf, { key: 'ArrowDown' });
    fireEvent.keyDown(partOf, { key: 'Enter' });
    expect(doc().elements.get('as_report')).not.toHaveProperty('parentId');
    expect((partOf as HTMLInputElement).value).toBe('');
  });
  it('keeps the active match in sight as ↓/↑ move past the ~10 the list shows, and when ↑ opens it at the last', () => {
    // the list shows about ten matches at once (max-height 16em) and aria-activedescendant scrolls
    // nothing: before, ↓ past the tenth match (or ↑ opening the list at its last) highlighted a match
    // out of sight, the one Enter would choose
    open('app_spp', (elements) => [...elements, ...Array.from({ length: 30 }, (_, i) => makeElement('dataEntity', { id: `de_${i}`, name: `Data ${String(i).padStart(2, '0')}` } as Partial<Element>) as Element)]);
    const scrolled: string[] = [];
    const spy = vi.spyOn(window.HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.textContent ?? '');
    });
    try {
      fireEvent.change(connectTo(), { target: { value: 'data ' } });
      for (let i = 0; i < 14; i++) fireEvent.keyDown(connectTo(), { key: 'ArrowDown' });
      const active = () => document.getElementById(connectTo().getAttribute('aria-activedescendant')!)?.textContent;
      expect(active()).toBe('Data 14');
      expect(scrolled.at(-1)).toBe('Data 14');
      fireEvent.keyDown(connectTo(), { key: 'Escape' });
      fireEvent.keyDown(connectTo(), { key: 'Escape' });
      fireEvent.keyDown(connectTo(), { key: 'ArrowUp' });
      expect(active()).toBe(listed().at(-1));
      expect(scrolled.at(-1)).toBe(listed().at(-1));
    } finally {
      spy.mockRestore();
    }
  });

  it('stays open when the mouse goes down on a band heading in the list, not only on a match', () => {
    // a mouse-down there moved the focus out of the input, which closed the list under the pointer
    open('sys_a');
    fireEvent.change(connectTo(), { target: { value: 'sistem' } });
    const heading = screen.getByText('Aplikasi', { selector: '.picker-group' });
    // false: the browser's default (focus leaving the input) is prevented
    expect(fireEvent.mouseDown(heading)).toBe(false);
    expect(connectTo().getAttribute('aria-expanded')).toBe('true');
  });
  it('choosing the element a reference field already names changes nothing: no undo step, nothing unsaved', () => {
    // a <select> fired no change when its option was chosen again; the picker committed it, so the
    // file showed unsaved changes and Undo undid nothing
    open('as_report');
    const partOf = screen.getByRole('combobox', { name: 'Sebahagian daripada' });
    fireEvent.change(partOf, { target: { value: 'laporan' } });
    expect(listed(partOf)).toEqual(['Modul Laporan']);
    fireEvent.keyDown(partOf, { key: 'Enter' });
    expect(doc().elements.get('as_report')).toMatchObject({ parentId: 'mod_report' });
    expect(useEditor.getState().dirty).toBe(false);
    expect(useEditor.getState().history!.past).toHaveLength(0);
    expect((partOf as HTMLInputElement).value).toBe('Modul Laporan');
  });

  it('the pointer over a match makes it the active one: one highlight, and Enter chooses it', () => {
    // a hover highlight of its own beside the keyboard's showed two matches highlighted
    open('app_spp');
    fireEvent.change(connectTo(), { target: { value: 'sistem' } });
    const highlighted = () => screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true' || o.classList.contains('active'));
    expect(listed()).toEqual(['Sistem A', 'Sistem B', 'Sistem C', 'Sistem D', 'Sistem XY', 'Sistem YZ']);
    expect(highlighted().map((o) => o.textContent)).toEqual(['Sistem A']);
    fireEvent.mouseMove(screen.getByRole('option', { name: 'Sistem D' }), { clientX: 40, clientY: 60 });
    expect(highlighted().map((o) => o.textContent)).toEqual(['Sistem D']);
    expect(document.getElementById(connectTo().getAttribute('aria-activedescendant')!)?.textContent).toBe('Sistem D');
    // the list scrolled under a still pointer takes nothing from the keyboard
    fireEvent.keyDown(connectTo(), { key: 'ArrowDown' });
    fireEvent.mouseMove(screen.getByRole('option', { name: 'Sistem B' }), { clientX: 40, clientY: 60 });
    expect(highlighted().map((o) => o.textContent)).toEqual(['Sistem XY']);
    fireEvent.keyDown(connectTo(), { key: 'Enter' });
    expect((connectTo() as HTMLInputElement).value).toBe('Sistem XY');
  });

  it('forgets a chosen element an Undo took away: the field empties and Sambung is off', () => {
    open('app_spp');
    const added = makeElement('externalSystem', { id: 'sys_new', name: 'Sistem Baharu' } as Partial<Element>);
    act(() => void useEditor.getState().dispatch('element.add', { element: added }));
    fireEvent.change(connectTo(), { target: { value: 'baharu' } });
    fireEvent.keyDown(connectTo(), { key: 'Enter' });
    const connect = screen.getByRole('button', { name: 'Sambung', exact: true } as never);
    expect(connect).toHaveProperty('disabled', false);
    act(() => useEditor.getState().undo());
    expect(doc().elements.has('sys_new')).toBe(false);
    expect((connectTo() as HTMLInputElement).value).toBe('');
    expect(connect).toHaveProperty('disabled', true);
    // and the element back (Redo) is not chosen behind the user's back
    act(() => useEditor.getState().redo());
    expect((connectTo() as HTMLInputElement).value).toBe('');
  });
});
