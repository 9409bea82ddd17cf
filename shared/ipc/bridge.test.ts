import { describe, expect, it, vi } from 'vitest';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL, IPC_CHANNELS, MENU_EVENT_CHANNEL, type MenuEvent } from './contract';
import { createLakarApi, toRendererError, type BridgeTransport } from './bridge';
import { encodeUserError, toUserErrorPayload, UserError } from './errors';
import { Table, toWire, type LakarDocument } from '../model';
import { withTables } from './page-api';
import type { LakarApi } from './contract';
import { acrossContextBridge } from '../../test/helpers/fake-electron';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';

/** A transport that records calls and lets the test push main → renderer messages. */
function fakeTransport(invoke: BridgeTransport['invoke'] = async () => ({ ok: true })) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const sent: Array<{ channel: string; payload: unknown }> = [];
  const transport: BridgeTransport = {
    invoke: vi.fn(invoke),
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
    send: (channel, payload) => sent.push({ channel, payload }),
  };
  const push = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { transport, push, sent };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createLakarApi', () => {
  it('has one function per contract channel, forwarding the channel and arguments', async () => {
    const { transport } = fakeTransport();
    const api = createLakarApi(transport);
    for (const channel of Object.keys(IPC_CHANNELS)) expect(typeof (api as unknown as Record<string, unknown>)[channel], channel).toBe('function');
    await api['project:save']({ handle: 'h1' });
    expect(transport.invoke).toHaveBeenCalledWith('project:save', { handle: 'h1' });
    expect(api.edition).toBe('desktop');
  });

  it('passes a document in its wire form through as it is, for the page to read back (page-api.ts)', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    const { transport } = fakeTransport(async (_channel, args) => args);
    const wire = toWire({ handle: 'h1', doc });
    await expect(createLakarApi(transport)['project:replace'](wire)).resolves.toBe(wire);
  });

  it('through withTables, on a page behind contextBridge, sends a document as data and gives the one that comes back its tables', async () => {
    const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    // the transport clones both ways, as Electron's IPC does: a Table in either direction would throw
    const { transport } = fakeTransport(async (_channel, args) => structuredClone({ handle: 'h1', ref: null, displayName: 'x', doc: (args as { doc: unknown }).doc, dirty: false }));
    const preload = createLakarApi({ ...transport, invoke: (channel, args) => transport.invoke(channel, structuredClone(args)) });
    // the page gets the preload's api copied as contextBridge copies it: prototypes dropped both ways
    const api = withTables(acrossContextBridge(preload) as LakarApi);
    // the fake main process answers with the document it was sent
    const back = ((await api['project:replace']({ handle: 'h1', doc })) as unknown as { doc: LakarDocument }).doc;
    expect(back.elements).toBeInstanceOf(Table);
    expect(back).toEqual(doc);
    // without it the tables would reach the page (and the main process) empty
    const bare = acrossContextBridge(createLakarApi(fakeTransport(async (_channel, args) => args).transport)) as LakarApi;
    const lost = (await bare['project:replace']({ handle: 'h1', doc })) as unknown as { doc: LakarDocument };
    expect(lost.doc.elements).not.toBeInstanceOf(Table);
  });

  it('is frozen, so page scripts cannot replace its functions', () => {
    const api = createLakarApi(fakeTransport().transport);
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => {
      (api as unknown as Record<string, unknown>)['project:save'] = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('exposes no raw transport or IPC object', () => {
    const api = createLakarApi(fakeTransport().transport) as unknown as Record<string, unknown>;
    const allowed = new Set([...Object.keys(IPC_CHANNELS), 'edition', 'onMenu', 'onCloseRequest']);
    expect(Object.keys(api).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('rethrows a main-process UserError with its key and params, even inside Electron\'s wrapper text', async () => {
    const wrapped = new Error(`Error invoking remote method 'project:open': Error: ${encodeUserError(new UserError('store.notLakar', { file: 'a.lakar' }))}`);
    const api = createLakarApi(fakeTransport(async () => Promise.reject(wrapped)).transport);
    const error = await api['project:open']({ ref: '/x/a.lakar' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ key: 'store.notLakar', params: { file: 'a.lakar' } });
    // what survives contextBridge is the message alone: it still decodes to the same payload
    expect(toUserErrorPayload(new Error((error as Error).message))).toEqual({ key: 'store.notLakar', params: { file: 'a.lakar' } });
  });

  it('turns a rejection without an encoded error into error.unexpected with the bare message', async () => {
    const api = createLakarApi(fakeTransport(async () => Promise.reject(new Error("Error invoking remote method 'settings:get': Error: disk on fire"))).transport);
    await expect(api['settings:get']({})).rejects.toMatchObject({ key: 'error.unexpected', params: { message: 'disk on fire' } });
  });
});

describe('onMenu', () => {
  it('delivers valid menu events and drops malformed ones', () => {
    const { transport, push } = fakeTransport();
    const api = createLakarApi(transport);
    const got: MenuEvent[] = [];
    const off = api.onMenu((e) => got.push(e));
    push(MENU_EVENT_CHANNEL, { action: 'file.save' });
    push(MENU_EVENT_CHANNEL, { action: 'file.open', ref: '/home/u/a.lakar' });
    push(MENU_EVENT_CHANNEL, { action: 'shell.exec', ref: 'rm -rf /' });
    push(MENU_EVENT_CHANNEL, 'file.save');
    off();
    push(MENU_EVENT_CHANNEL, { action: 'file.new' });
    expect(got).toEqual([{ action: 'file.save' }, { action: 'file.open', ref: '/home/u/a.lakar' }]);
  });

  it('keeps events sent before anyone subscribed for the first subscriber', async () => {
    const { transport, push } = fakeTransport();
    const api = createLakarApi(transport);
    push(MENU_EVENT_CHANNEL, { action: 'file.open', ref: '/home/u/dari-baris-arahan.lakar' });
    const got: MenuEvent[] = [];
    api.onMenu((e) => got.push(e));
    await flush();
    expect(got).toEqual([{ action: 'file.open', ref: '/home/u/dari-baris-arahan.lakar' }]);
    const second: MenuEvent[] = [];
    api.onMenu((e) => second.push(e));
    await flush();
    expect(second).toEqual([]);
  });

  it('delivers to every subscriber', () => {
    const { transport, push } = fakeTransport();
    const api = createLakarApi(transport);
    const a: MenuEvent[] = [];
    const b: MenuEvent[] = [];
    api.onMenu((e) => a.push(e));
    api.onMenu((e) => b.push(e));
    push(MENU_EVENT_CHANNEL, { action: 'edit.undo' });
    expect([a, b]).toEqual([[{ action: 'edit.undo' }], [{ action: 'edit.undo' }]]);
  });
});

describe('onCloseRequest', () => {
  it('answers with the listener\'s decision, paired by request id', async () => {
    const { transport, push, sent } = fakeTransport();
    const api = createLakarApi(transport);
    api.onCloseRequest(async () => false);
    push(CLOSE_REQUEST_CHANNEL, { requestId: 7 });
    await flush();
    expect(sent).toEqual([
      { channel: CLOSE_REPLY_CHANNEL, payload: { requestId: 7, status: 'received' } },
      { channel: CLOSE_REPLY_CHANNEL, payload: { requestId: 7, status: 'deny' } },
    ]);
  });

  it('allows closing when no listener is registered', async () => {
    const { transport, push, sent } = fakeTransport();
    const api = createLakarApi(transport);
    const off = api.onCloseRequest(async () => false);
    off();
    push(CLOSE_REQUEST_CHANNEL, { requestId: 1 });
    await flush();
    expect(sent).toEqual([{ channel: CLOSE_REPLY_CHANNEL, payload: { requestId: 1, status: 'allow' } }]);
  });

  it('acknowledges at once, before the user has answered the prompt', async () => {
    const { transport, push, sent } = fakeTransport();
    createLakarApi(transport).onCloseRequest(() => new Promise<boolean>(() => undefined));
    push(CLOSE_REQUEST_CHANNEL, { requestId: 2 });
    await flush();
    expect(sent).toEqual([{ channel: CLOSE_REPLY_CHANNEL, payload: { requestId: 2, status: 'received' } }]);
  });

  it('reports a failed prompt, leaving the decision to the main process', async () => {
    const { transport, push, sent } = fakeTransport();
    createLakarApi(transport).onCloseRequest(async () => {
      throw new Error('prompt crashed');
    });
    push(CLOSE_REQUEST_CHANNEL, { requestId: 3 });
    await flush();
    expect(sent.map((s) => s.payload)).toEqual([
      { requestId: 3, status: 'received' },
      { requestId: 3, status: 'failed' },
    ]);
  });

  it('ignores malformed close requests', async () => {
    const { transport, push, sent } = fakeTransport();
    createLakarApi(transport).onCloseRequest(async () => true);
    push(CLOSE_REQUEST_CHANNEL, { requestId: 'x' });
    push(CLOSE_REQUEST_CHANNEL, null);
    await flush();
    expect(sent).toEqual([]);
  });
});

describe('toRendererError', () => {
  it('accepts non-Error rejections', () => {
    expect(toRendererError('boom')).toMatchObject({ key: 'error.unexpected', params: { message: 'boom' } });
  });
});
