// @vitest-environment happy-dom
/**
 * File › Merge from… with a sizeable copy: after the file dialog the panel shows the copy being
 * checked and how far (the window stays alive), and Cancel leaves the project untouched.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { toWire } from '../../shared/model/wire';
import { Table } from '../../shared/model/table';
import type { LakarApi } from '../../shared/ipc/contract';
import { makeLargeDocument } from '../../test/helpers/factories';
import { ComparePanel } from './ComparePanel';
import { INITIAL, useCompare } from './compareStore';

// a slice per step (~1,000 items), so that a copy of a few thousand elements takes several slices
vi.mock('./slices', async (importOriginal) => {
  const real = await importOriginal<typeof import('./slices')>();
  return { ...real, runInSlices: (steps: Generator<void, unknown>, options: import('./slices').SliceOptions) => real.runInSlices(steps, { ...options, sliceMs: 0 }) };
});

const project = makeLargeDocument(4_000);

beforeAll(() => initI18n('ms'));
beforeEach(() => {
  useEditor.getState().loadProject({ handle: 'h', ref: null, displayName: 'projek', doc: project, dirty: false });
  // as the desktop's window gets the copy: its tables in their wire form (shared/ipc/page-api.ts)
  useEditor.getState().setApi({ 'project:peek': async () => ({ name: 'asal.lakar.json', doc: structuredClone(toWire(project)) }) } as unknown as LakarApi);
  useCompare.getState().set({ ...INITIAL, answers: {}, mode: 'merge' });
});
afterEach(cleanup);

describe('picking a copy to merge', () => {
  it('shows the copy being checked with its progress, then the copy picked', async () => {
    render(<ComparePanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Pilih versi asal…' }));
    expect(await screen.findByText(/^Menyemak versi asal dengan projek ini… \d+%$/)).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Kemajuan semakan salinan' });
    expect(Number(bar.getAttribute('value'))).toBeLessThan(100);
    // the other pick waits for this one
    expect((screen.getByRole('button', { name: 'Pilih salinan mereka…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await screen.findByText('asal.lakar.json')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    // the copy holds the project's own items where it has them unchanged
    const picked = useCompare.getState().base!.doc;
    expect(picked.elements).toBeInstanceOf(Table);
    expect(picked.elements.size).toBe(project.elements.size);
    expect(picked.elements.get(project.elements.ids()[0])).toBe(project.elements.get(project.elements.ids()[0]));
  });

  it('cancels the pick: the copy is not taken, the project is untouched, and the panel says so', async () => {
    render(<ComparePanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Pilih versi asal…' }));
    await screen.findByText(/^Menyemak versi asal dengan projek ini… \d+%$/);
    fireEvent.click(screen.getByRole('button', { name: 'Batalkan pemilihan' }));
    expect(await screen.findByText('Pemilihan versi asal dibatalkan. Projek yang dibuka tidak diubah.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    // the slices left would have finished by now: nothing is taken later either
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(useCompare.getState().base).toBeNull();
    expect(screen.getAllByText('belum dipilih')).toHaveLength(2);
    const { history, dirty } = useEditor.getState();
    expect(history!.doc).toBe(project);
    expect(history!.past).toHaveLength(0);
    expect(dirty).toBe(false);
  });
});
