// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { BANDS, bandOf, createEmptyDocument, Table, type Element, type LakarDocument, type View } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';
import { Inspector } from './Inspector';

const doc = () => useEditor.getState().history!.doc;

/** The example with 120 more data entities on no view, and a second view showing nothing. */
function open() {
  const example = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
  const more = Array.from({ length: 120 }, (_, i) => makeElement('dataEntity', { id: `de_${i}`, name: `Data ${String(119 - i).padStart(3, '0')}` } as Partial<Element>) as Element);
  example.elements = Table.of([...example.elements.values(), ...more]);
  const empty = createEmptyDocument('x', '2026-01-01T00:00:00.000Z').views.view_main;
  example.views = { ...example.views, view_two: { ...empty, id: 'view_two', name: 'Paparan Kedua', order: 99 } as View };
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc: example, dirty: false });
  render(<Inspector />);
}

/** What the form listed before (the reference): every element not on the view, by band then name. */
function missingBefore(d: LakarDocument, viewId: string): string[] {
  return d.elements
    .values()
    .filter((e) => !d.views[viewId].nodes[e.id])
    .sort((a, b) => BANDS.indexOf(bandOf(a.kind)) - BANDS.indexOf(bandOf(b.kind)) || a.name.localeCompare(b.name))
    .map((e) => e.name);
}

const section = () => screen.getByRole('region', { name: 'Elemen model yang tiada pada paparan ini' });
const listed = () => within(section()).getAllByRole('listitem').map((li) => li.firstElementChild!.firstChild!.textContent!.trim());

describe('ViewForm: elements not on the view', () => {
  beforeAll(() => initI18n('ms'));
  beforeEach(cleanup);
  afterEach(cleanup);

  it('lists the first 50 by band and name, counts them all, shows 50 more at each request and places all', () => {
    open();
    const before = missingBefore(doc(), 'view_main');
    expect(before).toHaveLength(120);
    expect(listed()).toEqual(before.slice(0, 50));
    expect(within(section()).getByRole('button', { name: 'Letak semua (120)' })).toBeTruthy();
    // a page at a time, with how many are listed: never the tens of thousands of a large model at once
    expect(within(section()).getByText('50 daripada 120 ditunjukkan')).toBeTruthy();
    fireEvent.click(within(section()).getByRole('button', { name: 'Tunjuk 50 lagi' }));
    expect(listed()).toEqual(before.slice(0, 100));
    expect(within(section()).getByText('100 daripada 120 ditunjukkan')).toBeTruthy();
    fireEvent.click(within(section()).getByRole('button', { name: 'Tunjuk 20 lagi' }));
    expect(listed()).toEqual(before);
    expect(within(section()).queryByRole('button', { name: /^Tunjuk/ })).toBeNull();
    expect(within(section()).queryByText(/ditunjukkan$/)).toBeNull();
    act(() => useEditor.getState().setActiveView('view_two'));
    const all = missingBefore(doc(), 'view_two');
    expect(all).toHaveLength(doc().elements.size);
    expect(listed()).toEqual(all.slice(0, 50));
    fireEvent.click(within(section()).getByRole('button', { name: `Letak semua (${all.length})` }));
    expect(Object.keys(doc().views.view_two.nodes)).toHaveLength(all.length);
    expect(screen.getByText('Semua elemen model ada pada paparan ini.')).toBeTruthy();
  });

  it('switching views does not walk the whole model again', () => {
    // at 100,000 elements the form filtered and sorted every element per view shown: here, no read of
    // all the model's elements once the model tree's sort is made
    open();
    const values = vi.spyOn(doc().elements, 'values');
    act(() => useEditor.getState().setActiveView('view_two'));
    act(() => useEditor.getState().setActiveView('view_main'));
    act(() => useEditor.getState().setActiveView('view_two'));
    expect(listed()).toEqual(missingBefore(doc(), 'view_two').slice(0, 50));
    values.mockClear();
    act(() => useEditor.getState().setActiveView('view_main'));
    act(() => useEditor.getState().setActiveView('view_two'));
    expect(values).not.toHaveBeenCalled();
  });

  it('keeps the keyboard in the list: placing one moves the focus to the next, showing more to the first shown, placing all to the heading', () => {
    open();
    const placeButtons = () => within(section()).getAllByRole('button', { name: /^Letak .* pada paparan$/ });
    const third = placeButtons()[2];
    const fourthName = placeButtons()[3].getAttribute('aria-label');
    third.focus();
    fireEvent.click(third);
    // the third is placed and gone from the list: the focus is on the one that followed it, not lost to the page
    expect(document.activeElement?.getAttribute('aria-label')).toBe(fourthName);
    const showMore = within(section()).getByRole('button', { name: 'Tunjuk 50 lagi' });
    showMore.focus();
    fireEvent.click(showMore);
    expect(document.activeElement).toBe(placeButtons()[50]);
    // the last page: its button goes, and the focus is still on the first newly listed
    fireEvent.click(within(section()).getByRole('button', { name: 'Tunjuk 19 lagi' }));
    expect(placeButtons()).toHaveLength(119);
    expect(document.activeElement).toBe(placeButtons()[100]);
    const placeAll = within(section()).getByRole('button', { name: /^Letak semua/ });
    placeAll.focus();
    fireEvent.click(placeAll);
    expect(screen.getByText('Semua elemen model ada pada paparan ini.')).toBeTruthy();
    expect(document.activeElement).toBe(within(section()).getByRole('heading', { name: 'Elemen model yang tiada pada paparan ini' }));
  });
});
