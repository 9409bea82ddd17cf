import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { LakarApi } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import { createBrowserApi } from '../backend/browser/browser-api';
import { LakarDb } from '../backend/browser/db';
import { memoryStore } from '../backend/browser/settings';
import { flushPending, useEditor } from '../state/editor';
import { useDialogs, type DialogKinds } from './dialogs';
import { browserUi } from './browserUi';
import { closeProject, newFromExample, newProject, openProject, runMenuAction, save } from './actions';
import { useShell } from './shellStore';

/** Answer the next dialogs of the given kinds as they open, in order. */
function answerDialogs(answers: { [K in keyof DialogKinds]?: DialogKinds[K]['result'] }[]) {
  const seen: string[] = [];
  const unsubscribe = useDialogs.subscribe((s) => {
    const top = s.stack[s.stack.length - 1];
    if (!top || seen.includes(String(top.id))) return;
    seen.push(String(top.id));
    const next = answers.shift();
    if (!next || !(top.spec.kind in next)) throw new Error(`unexpected dialog ${top.spec.kind}`);
    queueMicrotask(() => top.resolve(next[top.spec.kind as keyof DialogKinds]));
  });
  return { kinds: () => seen.length, done: () => answers.length === 0, unsubscribe };
}

let api: LakarApi;
let dialogs: ReturnType<typeof answerDialogs> | null = null;

beforeEach(() => {
  const db = new LakarDb('lakar', { indexedDB: new IDBFactory(), IDBKeyRange });
  api = createBrowserApi({ db, ui: browserUi, settingsStore: memoryStore(), tabStore: memoryStore() });
  useEditor.getState().setApi(api);
  useEditor.getState().closeProject();
  useShell.setState({ recent: [], lastSavedAt: null });
});

afterEach(() => {
  dialogs?.unsubscribe();
  dialogs = null;
});

const editor = () => useEditor.getState();
const setTitle = (title: string) => editor().dispatch('project.updateMeta', { patch: { title } });

describe('file actions', () => {
  it('keeps the open project when the user cancels the unsaved-changes question', async () => {
    await newProject();
    setTitle('Belum disimpan');
    dialogs = answerDialogs([{ unsaved: 'cancel' }]);
    await newProject();
    expect(editor().history?.doc.meta.title).toBe('Belum disimpan');
    expect(dialogs.done()).toBe(true);
  });

  it('replaces the project without saving when the user chooses Don’t save', async () => {
    await newProject();
    setTitle('Dibuang');
    dialogs = answerDialogs([{ unsaved: 'discard' }]);
    await newFromExample();
    expect(editor().history?.doc.meta.title).toBe('Perkhidmatan Pengurusan Pengambilan Pekerja');
    expect(editor().dirty).toBe(true);
  });

  it('asks for a name on the first save, then saves in place and lists the project as recent', async () => {
    await newProject();
    setTitle('Sistem Aduan');
    dialogs = answerDialogs([{ saveAs: 'Aduan' }]);
    expect(await save()).toBe(true);
    expect(editor().project).toMatchObject({ displayName: 'Aduan' });
    expect(editor().project?.ref).toMatch(/^prj_/);
    expect(editor().dirty).toBe(false);
    setTitle('Sistem Aduan Awam');
    expect(await save()).toBe(true); // no dialog: the project has a name now
    expect(editor().dirty).toBe(false);
    await flushPending();
    await new Promise((r) => setTimeout(r, 0));
    expect(useShell.getState().recent.map((r) => r.displayName)).toEqual(['Aduan']);
  });

  it('saves first when the user chooses Save in the unsaved-changes question', async () => {
    await newProject();
    setTitle('Simpan dahulu');
    dialogs = answerDialogs([{ unsaved: 'save' }, { saveAs: 'Dahulu' }]);
    await closeProject();
    expect(editor().project).toBeNull();
    const reopened = await api['project:open']({ ref: (await api['project:recent']({}))[0].ref });
    expect(reopened?.doc.meta.title).toBe('Simpan dahulu');
  });

  it('stays unsaved when an edit arrives while the save is being written', async () => {
    await newProject();
    setTitle('Versi 1');
    dialogs = answerDialogs([{ saveAs: 'Serentak' }]);
    await save();
    const realSave = api['project:save'];
    useEditor.getState().setApi({
      ...api,
      'project:save': async (args) => {
        setTitle('Versi 3'); // typed while the rows are written
        return realSave(args);
      },
    });
    setTitle('Versi 2');
    await save();
    expect(editor().dirty).toBe(true);
  });

  it('opens a stored project chosen in the Open dialog', async () => {
    await newProject();
    setTitle('Projek Lama');
    dialogs = answerDialogs([{ saveAs: 'Lama' }]);
    await save();
    await closeProject();
    dialogs.unsubscribe();
    const [stored] = await (api as ReturnType<typeof createBrowserApi>).listProjects();
    dialogs = answerDialogs([{ open: stored.ref }]);
    await openProject();
    expect(editor().project?.displayName).toBe('Lama');
    expect(editor().history?.doc.meta.title).toBe('Projek Lama');
  });

  it('shows why an Open Recent entry failed and refreshes the recent list, which no longer has it', async () => {
    const gone = { ref: '/projek/hilang.lakar', displayName: 'hilang.lakar', openedAt: '2026-01-01T00:00:00.000Z' };
    useShell.setState({ recent: [gone] });
    const failing: LakarApi = {
      ...api,
      'project:open': () => Promise.reject(new UserError('store.notFound', { file: 'hilang.lakar' })),
      'project:recent': () => Promise.resolve([]),
    };
    editor().setApi(failing);
    await openProject(gone.ref);
    expect(editor().error).toEqual({ key: 'store.notFound', params: { file: 'hilang.lakar' } });
    await expect.poll(() => useShell.getState().recent).toEqual([]);
  });

  it('ignores native-menu actions while the recovery prompt waits for an answer, then runs them', async () => {
    await newProject();
    setTitle('Ada suntingan dipulihkan');
    const handle = editor().project?.handle;
    useEditor.setState({ recovery: { edits: 2, lastEditAt: '2026-01-01T00:00:00.000Z' } });
    dialogs = answerDialogs([]); // any dialog would be unexpected
    for (const action of ['file.new', 'file.close', 'file.save', 'file.open'] as const) await runMenuAction(action);
    expect(editor().project?.handle).toBe(handle);
    expect(dialogs.kinds()).toBe(0);
    dialogs.unsubscribe();

    useEditor.setState({ recovery: null });
    dialogs = answerDialogs([{ unsaved: 'discard' }]);
    await runMenuAction('file.close');
    expect(editor().project).toBeNull();
    expect(dialogs.done()).toBe(true);
  });
});
