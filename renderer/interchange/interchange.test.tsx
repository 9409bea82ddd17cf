// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { LakarApi } from '../../shared/ipc/contract';
import type { LakarDocument } from '../../shared/model/schema';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { CORPUS } from '../../test/fixtures/interchange/xmllint';
import { makeLargeDocument } from '../../test/helpers/factories';
import { toOef } from '../../shared/interchange';
import { initI18n } from '../i18n';
import { useEditor } from '../state/editor';
import { cancelInterchange, configureInterchange, exportModel, exportViewImage, importModel } from './actions';
import { InterchangeHost } from './InterchangeHost';
import { useInterchange } from './interchangeStore';
import { UnplacedTray } from './UnplacedTray';

type SaveArgs = { kind: string; suggestedName: string; data: Uint8Array };

let saved: SaveArgs[];
let calls: string[];
let pick: { name: string; data: Uint8Array } | null;

function setup(doc: LakarDocument) {
  saved = [];
  calls = [];
  const api = {
    'file:pick': vi.fn(async () => pick),
    'file:saveBytes': vi.fn(async (args: SaveArgs) => {
      saved.push(args);
      return { ref: `/tmp/${args.suggestedName}` };
    }),
    'project:new': vi.fn(async () => {
      calls.push('new');
      return { handle: 'h2', ref: null, displayName: '', doc: pengambilanPekerjaExample(), dirty: false };
    }),
    'project:replace': vi.fn(async () => {
      calls.push('replace');
      return { ok: true };
    }),
    'project:close': vi.fn(async ({ handle }: { handle: string }) => {
      calls.push(`close ${handle}`);
      return { ok: true };
    }),
    'project:apply': vi.fn(async () => ({ ok: true })),
  } as unknown as LakarApi;
  useEditor.getState().setApi(api);
  useEditor.getState().loadProject({ handle: 'h1', ref: null, displayName: 'lama', doc, dirty: false });
}

const corpus = (file: string) => ({ name: file, data: new Uint8Array(readFileSync(join(CORPUS, file))) });

describe('interchange UI', () => {
  beforeAll(async () => {
    await initI18n('ms');
  });
  beforeEach(() => configureInterchange({ workerFactory: null, confirmLeave: async () => true }));
  afterEach(() => {
    cleanup();
    useInterchange.setState({ task: null, phase: 'running', error: null, summary: null, warnings: [], cancelRunning: null });
  });

  it('imports an OEF file as a new unsaved project and says what it read', async () => {
    setup(pengambilanPekerjaExample());
    pick = corpus('archisurance.xml');
    render(<InterchangeHost />);
    await act(() => importModel('oef'));
    const doc = useEditor.getState().history!.doc;
    expect(doc.meta.title).toBe('Archisurance');
    expect(doc.elements.ids()).toHaveLength(95);
    expect(useEditor.getState().project).toMatchObject({ handle: 'h2' });
    expect(useEditor.getState().dirty).toBe(true);
    expect(calls).toEqual(['new', 'replace', 'close h1']);
    expect(screen.getByRole('status').textContent).toBe('Dibaca daripada archisurance.xml: 95 elemen, 150 hubungan, 17 paparan. Model dibuka sebagai projek baharu yang belum disimpan.');
    expect(screen.getByText('48 konsep ArchiMate tanpa jenis LMV disimpan dalam senarai Belum Ditempatkan.')).toBeTruthy();
  });

  it('shows a bad file’s problem with its line and leaves the open project untouched', async () => {
    const before = pengambilanPekerjaExample();
    setup(before);
    pick = { name: 'rosak.xml', data: new TextEncoder().encode('<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/">\n<elements>\n</model>') };
    render(<InterchangeHost />);
    await act(() => importModel('oef'));
    expect(screen.getByRole('alert').textContent).toBe('XML dalam “rosak.xml” rosak pada baris 4, lajur 1: dijangka </elements> (dibuka pada baris 3) tetapi ditemui </model>');
    expect(screen.getByText('Projek yang dibuka tidak diubah.')).toBeTruthy();
    expect(useEditor.getState().history!.doc).toBe(before);
    expect(calls).toEqual([]);
  });

  it('cancels a running import without opening anything', async () => {
    const before = pengambilanPekerjaExample();
    setup(before);
    // a model big enough that its import is still running when the user clicks Cancel
    pick = { name: 'besar.xml', data: new TextEncoder().encode(toOef(makeLargeDocument(2500))) };
    render(<InterchangeHost />);
    const done = importModel('oef');
    await waitFor(() => expect(useInterchange.getState().cancelRunning).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    await act(() => done);
    expect(useInterchange.getState().task).toBeNull();
    expect(useEditor.getState().history!.doc).toBe(before);
    expect(calls).toEqual([]);
  });

  it('exports OEF and the Archi CSV zip through the save dialog with file names from the title', async () => {
    setup(pengambilanPekerjaExample());
    await act(() => exportModel('oef'));
    await act(() => exportModel('archi-csv-zip'));
    expect(saved.map((s) => [s.kind, s.suggestedName])).toEqual([
      ['oef', 'perkhidmatan-pengurusan-pengambilan-pekerja-archimate.xml'],
      ['zip', 'perkhidmatan-pengurusan-pengambilan-pekerja-archi-csv.zip'],
    ]);
    expect(new TextDecoder().decode(saved[0].data.slice(0, 38))).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(saved[1].data.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });

  it('exports the document as .lakar.json and imports it back as a new project with nothing lost', async () => {
    const original = pengambilanPekerjaExample();
    original.meta.agensiInduk = 'Kementerian Sumber Manusia';
    setup(original);
    await act(() => exportModel('lakar-json'));
    expect(saved.map((s) => [s.kind, s.suggestedName])).toEqual([['json', 'perkhidmatan-pengurusan-pengambilan-pekerja.lakar.json']]);

    const exported = saved[0].data;
    setup(pengambilanPekerjaExample());
    pick = { name: 'salinan.lakar.json', data: exported };
    render(<InterchangeHost />);
    await act(() => importModel('json'));
    expect(useEditor.getState().project).toMatchObject({ handle: 'h2' });
    const { meta: gotMeta, ...got } = useEditor.getState().history!.doc;
    const { meta: wantMeta, ...want } = original;
    expect(got).toEqual(want);
    expect(gotMeta.agensiInduk).toBe('Kementerian Sumber Manusia');
    expect(gotMeta.title).toBe(wantMeta.title);
    expect(screen.getAllByRole('status').map((e) => e.textContent)).toContainEqual(expect.stringContaining('Dibaca daripada salinan.lakar.json'));
  });

  it('exports the active view as SVG and PNG', async () => {
    setup(pengambilanPekerjaExample());
    const toPng = vi.fn(async (svg: string) => new TextEncoder().encode(`PNG:${svg.length}`));
    configureInterchange({ toPng });
    await act(() => exportViewImage('svg'));
    await act(() => exportViewImage('png'));
    expect(saved.map((s) => [s.kind, s.suggestedName])).toEqual([
      ['svg', 'perkhidmatan-pengurusan-pengambilan-pekerja-lmv.svg'],
      ['png', 'perkhidmatan-pengurusan-pengambilan-pekerja-lmv.png'],
    ]);
    expect(new TextDecoder().decode(saved[0].data)).toContain('Pengguna Perkhidmatan');
    expect(toPng).toHaveBeenCalledWith(new TextDecoder().decode(saved[0].data));
  });
});

describe('UnplacedTray', () => {
  beforeAll(async () => {
    await initI18n('ms');
  });
  afterEach(cleanup);

  it('lists unplaced concepts and places one as an LMV element in one undoable step', async () => {
    const doc = pengambilanPekerjaExample();
    doc.meta.unplaced = [
      { id: 'goal-1', type: 'Goal', name: 'Kurangkan masa menunggu', properties: { Keutamaan: 'Tinggi' } },
      { id: 'dev-1', type: 'Device', name: 'HSM Utama' },
      { id: 'rel-1', type: 'Influence', source: 'goal-1', target: 'sv_main' },
    ];
    setup(doc);
    render(<UnplacedTray />);
    expect(screen.getByText(/2 elemen dan 1 hubungan/)).toBeTruthy();
    const row = document.querySelector('[data-unplaced="dev-1"]') as HTMLElement;
    const select = within(row).getByRole('combobox') as HTMLSelectElement;
    // a Device can carry a security control: that kind is offered first
    expect(select.options[1].value).toBe('securityControl');
    fireEvent.change(select, { target: { value: 'securityControl' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Tempatkan' }));
    const after = useEditor.getState().history!.doc;
    expect(after.elements.get('dev-1')).toMatchObject({ kind: 'securityControl', name: 'HSM Utama', controlType: 'hsm', properties: { 'archimate:type': 'Device' } });
    expect(after.views.view_main.nodes['dev-1']).toBeDefined();
    expect(after.meta.unplaced?.map((u) => u.id)).toEqual(['goal-1', 'rel-1']);
    act(() => useEditor.getState().undo());
    expect(useEditor.getState().history!.doc.elements.get('dev-1')).toBeUndefined();
    expect(useEditor.getState().history!.doc.meta.unplaced).toHaveLength(3);
  });
});

describe('cancelInterchange', () => {
  it('is harmless when nothing runs', () => {
    expect(() => cancelInterchange()).not.toThrow();
  });
});
