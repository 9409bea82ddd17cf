import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, IPC_CHANNELS, type IpcChannel, type IpcHandlers } from '../../shared/ipc/contract';
import { decodeUserError, UserError } from '../../shared/ipc/errors';
import { Table, isTableWire, tableFromWire, toWire, type TableWire } from '../../shared/model';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { registerIpcHandlers, senderRefusal, type IpcMainLike, type SenderInfo } from './ipc-registration';
import { APP_ENTRY_URL } from './protocol';
import { PACKAGED_ORIGIN_POLICY } from './security';

interface FakeEvent {
  sender: SenderInfo | null;
}

const TRUSTED: SenderInfo = { url: APP_ENTRY_URL, isMainFrame: true, windowId: 3 };

/** Handlers that resolve with a recognisable value per channel (overridable). */
function fakeHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const all = {} as Record<IpcChannel, unknown>;
  for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) all[channel] = vi.fn(async () => ({ from: channel }));
  all['settings:get'] = vi.fn(async () => DEFAULT_SETTINGS);
  return { ...(all as IpcHandlers), ...overrides };
}

function setup(overrides: Partial<IpcHandlers> = {}) {
  const registered = new Map<string, (event: FakeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain: IpcMainLike<FakeEvent> = {
    handle: (channel, listener) => registered.set(channel, listener),
    removeHandler: (channel) => registered.delete(channel),
  };
  const handlers = fakeHandlers(overrides);
  const afterCall = vi.fn();
  const onProblem = vi.fn();
  const unregister = registerIpcHandlers({ ipcMain, handlers, policy: PACKAGED_ORIGIN_POLICY, identifySender: (e) => e.sender, afterCall, onProblem });
  const call = (channel: IpcChannel, sender: SenderInfo | null, ...args: unknown[]) => registered.get(channel)!({ sender }, ...args);
  return { registered, handlers, call, unregister, afterCall, onProblem };
}

/** The `{ key, params }` a rejected call carries to the page. */
async function rejection(p: Promise<unknown>) {
  const e = await p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err as Error,
  );
  return { message: e.message, payload: decodeUserError(e.message) };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels and removes them again', () => {
    const { registered, unregister } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('refuses to start when a channel has no handler', () => {
    const ipcMain: IpcMainLike<FakeEvent> = { handle: vi.fn(), removeHandler: vi.fn() };
    const handlers = fakeHandlers();
    delete (handlers as Partial<IpcHandlers>)['project:save'];
    expect(() => registerIpcHandlers({ ipcMain, handlers, policy: PACKAGED_ORIGIN_POLICY, identifySender: (e) => e.sender })).toThrow(/project:save/);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('calls the handler with the parsed arguments and the sender window id', async () => {
    const { call, handlers, afterCall } = setup();
    await expect(call('project:save', TRUSTED, { handle: 'p1' })).resolves.toEqual({ from: 'project:save' });
    expect(handlers['project:save']).toHaveBeenCalledWith({ handle: 'p1' }, { windowId: 3 });
    expect(afterCall).toHaveBeenCalledWith('project:save', { windowId: 3 });
  });

  it('sends a document to the page as data (IPC clones it) and gives one from the page its tables', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const opened = { handle: 'p1', ref: null, displayName: 'Contoh', doc, dirty: false };
    const { call, handlers } = setup({ 'project:new': async () => opened });
    // Electron clones what a handler returns: a Table in it would throw
    const sent = structuredClone(await call('project:new', TRUSTED, {})) as { doc: { elements: unknown } };
    // its tables as data: every item, in order (shared/model/wire.ts)
    expect(isTableWire(sent.doc.elements)).toBe(true);
    expect(tableFromWire(sent.doc.elements as TableWire).entries()).toEqual(doc.elements.entries());
    await call('project:replace', TRUSTED, structuredClone({ handle: 'p1', doc: toWire(doc) }));
    const received = vi.mocked(handlers['project:replace']).mock.calls[0][0].doc;
    expect(received.elements).toBeInstanceOf(Table);
    expect(received).toEqual(doc);
  });

  it('fills schema defaults and strips unknown fields before the handler sees them', async () => {
    const { call, handlers } = setup();
    await call('project:open', TRUSTED, { ref: '/a.lakar', sneaky: 'x' });
    expect(handlers['project:open']).toHaveBeenCalledWith({ ref: '/a.lakar' }, { windowId: 3 });
  });

  it.each<[string, SenderInfo | null]>([
    ['a destroyed frame', null],
    ['a window this app did not create', { ...TRUSTED, windowId: null }],
    ['an iframe', { ...TRUSTED, isMainFrame: false }],
    ['a foreign page', { ...TRUSTED, url: 'https://evil.example/' }],
    ['a local file page', { ...TRUSTED, url: 'file:///tmp/x.html' }],
    ['the dev server in the packaged app', { ...TRUSTED, url: 'http://127.0.0.1:5173/' }],
  ])('rejects a call from %s without running the handler', async (_what, sender) => {
    const { call, handlers, onProblem } = setup();
    const { message } = await rejection(call('project:save', sender, { handle: 'p1' }));
    expect(message).toMatch(/refused IPC "project:save"/);
    expect(handlers['project:save']).not.toHaveBeenCalled();
    expect(onProblem).toHaveBeenCalled();
  });

  it.each<[string, unknown[]]>([
    ['a wrong field type', [{ handle: 42 }]],
    ['a missing field', [{}]],
    ['no argument', []],
    ['two arguments', [{ handle: 'p1' }, { extra: true }]],
    ['an oversized field', [{ handle: 'x'.repeat(101) }]],
  ])('rejects %s with error.badRequest naming the channel', async (_what, args) => {
    const { call, handlers } = setup();
    const { payload } = await rejection(call('project:save', TRUSTED, ...args));
    expect(payload).toEqual({ key: 'error.badRequest', params: { channel: 'project:save' } });
    expect(handlers['project:save']).not.toHaveBeenCalled();
  });

  it('rejects file bytes that are not binary', async () => {
    const { call } = setup();
    const { payload } = await rejection(call('file:saveBytes', TRUSTED, { kind: 'pdf', suggestedName: 'a.pdf', data: 'not bytes' }));
    expect(payload?.key).toBe('error.badRequest');
  });

  it('passes a handler UserError to the page as its key and params', async () => {
    const { call, onProblem, afterCall } = setup({
      'project:open': async () => {
        throw new UserError('store.tooNew', { file: 'a.lakar', version: 9, supported: 1 });
      },
    });
    const { payload } = await rejection(call('project:open', TRUSTED, { ref: '/a.lakar' }));
    expect(payload).toEqual({ key: 'store.tooNew', params: { file: 'a.lakar', version: 9, supported: 1 } });
    expect(onProblem).not.toHaveBeenCalled();
    expect(afterCall).not.toHaveBeenCalled();
  });

  it('turns an unexpected failure into error.unexpected and reports it', async () => {
    const boom = new Error('SQLITE_IOERR');
    const { call, onProblem } = setup({
      'project:save': async () => {
        throw boom;
      },
    });
    const { payload } = await rejection(call('project:save', TRUSTED, { handle: 'p1' }));
    expect(payload).toEqual({ key: 'error.unexpected', params: { message: 'SQLITE_IOERR' } });
    expect(onProblem).toHaveBeenCalledWith('project:save', boom);
  });
});

describe('senderRefusal', () => {
  it('trusts the main frame of our window on the app page', () => {
    expect(senderRefusal(TRUSTED, PACKAGED_ORIGIN_POLICY)).toBeNull();
  });

  it('trusts the dev server only when the policy names it', () => {
    const dev = { ...TRUSTED, url: 'http://127.0.0.1:5173/' };
    expect(senderRefusal(dev, PACKAGED_ORIGIN_POLICY)).toMatch(/foreign page/);
    expect(senderRefusal(dev, { devOrigin: 'http://127.0.0.1:5173' })).toBeNull();
  });
});
