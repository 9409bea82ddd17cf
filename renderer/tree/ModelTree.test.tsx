// @vitest-environment happy-dom
/**
 * The model tree on a 100,000-element project: only the rows in view are in the DOM, the keyboard
 * walks past the window (the focused row is scrolled to and kept), and search finds the last element.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { createEmptyDocument, ELEMENT_KINDS, Table, type Element, type LakarDocument } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';
import { ModelTree } from './ModelTree';
import { ROW_HEIGHT } from './useRowWindow';

const SIZE = 100_000;
/** Most rows a windowed tree may render (the visible page, overscan and the focused row). */
const FEW = 80;

/** 100,000 elements over every kind, named out of order, none drawn on the view; one named "Zamrud Terakhir". */
function bigDocument(): LakarDocument {
  const elements: Element[] = [];
  for (let i = 0; i < SIZE; i++) {
    const kind = ELEMENT_KINDS[i % ELEMENT_KINDS.length].kind;
    const name = i === SIZE - 1 ? 'Zamrud Terakhir' : `Elemen ${String((i * 7919) % SIZE).padStart(5, '0')}`;
    elements.push(makeElement(kind, { id: `el_${i}`, name } as Partial<Element>) as Element);
  }
  return { ...createEmptyDocument('Besar', '2026-01-01T00:00:00.000Z'), elements: Table.of(elements) };
}

let big: LakarDocument;

function openTree(doc: LakarDocument) {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: '', doc, dirty: false });
  render(<ModelTree />);
  return within(screen.getByRole('tree', { name: 'Elemen model mengikut lapisan' }));
}

const rowsInDom = () => screen.getAllByRole('treeitem');
const focused = () => document.activeElement as HTMLElement;
const scroller = () => document.querySelector<HTMLElement>('.tree-scroll')!;

describe('ModelTree on 100,000 elements', () => {
  beforeAll(async () => {
    await initI18n('ms');
    big = bigDocument();
  });
  afterEach(cleanup);

  it('renders only a window of rows, each saying its level, position and set size', () => {
    const tree = openTree(big);
    expect(screen.getByText(`${SIZE} elemen`)).toBeTruthy();
    const rows = rowsInDom();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(FEW);
    const band = tree.getAllByRole('treeitem')[0];
    expect(band.getAttribute('aria-level')).toBe('1');
    expect(band.getAttribute('aria-posinset')).toBe('1');
    expect(band.getAttribute('aria-setsize')).toBe('7');
    expect(band.getAttribute('aria-expanded')).toBe('true');
    const first = tree.getAllByRole('treeitem')[1];
    const usersInBand = big.elements.values().filter((e) => e.kind === 'targetGroup').length;
    expect(first.getAttribute('aria-level')).toBe('2');
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe(String(usersInBand));
    // the tree's height is that of every row, so the scroll bar tells the real size
    const height = parseFloat(screen.getByRole('tree').style.height);
    expect(height).toBe((SIZE + 7) * ROW_HEIGHT);
  });

  it('moves focus past the window with the keyboard, scrolling the focused row into view', () => {
    openTree(big);
    const [band, firstElement] = rowsInDom();
    fireEvent.focus(band);
    band.focus();
    expect(band.tabIndex).toBe(0);
    for (let i = 0; i < 60; i++) fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    // 60 rows down: the 60th element of the first band, well below the first window
    expect(focused().getAttribute('aria-posinset')).toBe('60');
    expect(focused().tabIndex).toBe(0);
    expect(scroller().scrollTop).toBeGreaterThan(0);
    expect(firstElement.isConnected).toBe(false); // scrolled out of the DOM
    expect(rowsInDom().length).toBeLessThan(FEW);

    fireEvent.keyDown(focused(), { key: 'End' });
    const last = focused();
    expect(last.getAttribute('aria-level')).toBe('2');
    expect(last.getAttribute('aria-posinset')).toBe(last.getAttribute('aria-setsize'));
    expect(scroller().scrollTop).toBeGreaterThan((SIZE - 100) * ROW_HEIGHT);
    expect(rowsInDom().length).toBeLessThan(FEW);

    // Left goes to the band's heading (far above, scrolled to), Left again folds the band
    fireEvent.keyDown(focused(), { key: 'ArrowLeft' });
    expect(focused().getAttribute('aria-level')).toBe('1');
    expect(focused().textContent).toContain('Infrastruktur');
    fireEvent.keyDown(focused(), { key: 'ArrowLeft' });
    expect(focused().getAttribute('aria-expanded')).toBe('false');
    expect(parseFloat(screen.getByRole('tree').style.height)).toBeLessThan((SIZE + 7) * ROW_HEIGHT);

    fireEvent.keyDown(focused(), { key: 'Home' });
    expect(focused().getAttribute('aria-posinset')).toBe('1');
    expect(scroller().scrollTop).toBe(0);
  });

  it('jumps to the next name starting with the letters typed, and selects with Enter', () => {
    openTree(big);
    rowsInDom()[0].focus();
    fireEvent.keyDown(focused(), { key: 'z' });
    expect(focused().textContent).toContain('Zamrud Terakhir');
    fireEvent.keyDown(focused(), { key: 'Enter' });
    expect(useEditor.getState().selection.elements).toEqual([`el_${SIZE - 1}`]);
    expect(focused().getAttribute('aria-selected')).toBe('true');
  });

  it('search finds the one element deep in the list and selects it when pressed', () => {
    const tree = openTree(big);
    expect(tree.queryByRole('treeitem', { name: /Zamrud/ })).toBeNull(); // far below the window
    fireEvent.change(screen.getByLabelText('Cari elemen'), { target: { value: 'zamrud TERAKHIR' } });
    expect(screen.getByText(`1 daripada ${SIZE} elemen`)).toBeTruthy();
    const hit = tree.getByRole('treeitem', { name: /^Zamrud Terakhir/ });
    expect(hit.getAttribute('aria-setsize')).toBe('1');
    fireEvent.click(hit);
    expect(useEditor.getState().selection.elements).toEqual([`el_${SIZE - 1}`]);
    // a query matching many still draws a window only
    fireEvent.change(screen.getByLabelText('Cari elemen'), { target: { value: 'elemen 1' } });
    const expected = big.elements.values().filter((e) => e.name.startsWith('Elemen 1')).length;
    expect(expected).toBeGreaterThan(9000);
    expect(screen.getByText(`${expected} daripada ${SIZE} elemen`)).toBeTruthy();
    expect(rowsInDom().length).toBeLessThan(FEW);
  });

  it('scrolls to an element selected elsewhere (on the canvas) without taking focus', () => {
    const tree = openTree(big);
    const search = screen.getByLabelText('Cari elemen');
    search.focus();
    act(() => useEditor.getState().setSelection({ elements: [`el_${SIZE - 1}`], relations: [] }));
    const row = tree.getByRole('treeitem', { name: /^Zamrud Terakhir/ });
    expect(row.getAttribute('aria-selected')).toBe('true');
    // far down the tree (last of its band by name), now within the visible height
    const top = parseFloat(row.style.top);
    expect(top).toBeGreaterThan(1000 * ROW_HEIGHT);
    expect(top).toBeGreaterThanOrEqual(scroller().scrollTop);
    expect(top + ROW_HEIGHT).toBeLessThanOrEqual(scroller().scrollTop + 600);
    expect(document.activeElement).toBe(search);
  });
});
