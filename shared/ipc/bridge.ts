/**
 * The desktop edition's `window.lakar`, built from the contract over three transport functions that
 * the preload script adapts from `ipcRenderer` (which itself never reaches the page). Kept here,
 * pure, so it is unit-tested and the preload stays glue.
 *
 * Errors: `ipcRenderer.invoke` rejects with Electron's wrapper text around the main process's
 * message; the `{ key, params }` encoded in it (shared/ipc/errors.ts) is decoded into a `UserError`
 * whose message is the bare encoding. `contextBridge` keeps only an error's message when it hands
 * the rejection to the page, so the page decodes that message again (`toUserErrorPayload`).
 */
import { z } from 'zod';
import { CLOSE_REPLY_CHANNEL, CLOSE_REQUEST_CHANNEL, IPC_CHANNELS, MENU_EVENT_CHANNEL, menuEventSchema, type IpcChannel, type LakarApi, type MenuEvent } from './contract';
import { decodeUserError, UserError } from './errors';

/** Main → renderer: may this window close? `requestId` pairs the answer with the question. */
export const closeRequestSchema = z.object({ requestId: z.number().int().min(1) });
export type CloseRequest = z.infer<typeof closeRequestSchema>;
/**
 * Renderer → main, about one close request: `received` as soon as it arrives (the page is alive
 * and is asking the user, who may take their time), then `allow` or `deny`; `failed` when the
 * page could not ask (the main process then asks the user itself).
 */
export const closeReplySchema = z.object({ requestId: z.number().int().min(1), status: z.enum(['received', 'allow', 'deny', 'failed']) });
export type CloseReply = z.infer<typeof closeReplySchema>;

/** What the preload gives the bridge: `ipcRenderer.invoke`, a listener without the event object, `ipcRenderer.send`. */
export interface BridgeTransport {
  invoke(channel: IpcChannel, args: unknown): Promise<unknown>;
  /** Subscribe to a main → renderer channel; the listener gets only the payload. Returns an unsubscribe. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
  send(channel: string, payload: unknown): void;
}

/** The error to throw in the page for a rejected invoke: a UserError when one is encoded in it. */
export function toRendererError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  const decoded = decodeUserError(message);
  if (decoded) return new UserError(decoded.key, decoded.params);
  return new UserError('error.unexpected', { message: message.replace(/^Error invoking remote method '[^']*': (Error: )?/, '') });
}

/** How many menu events are kept for a page that has not subscribed yet. */
const MAX_EARLY_MENU_EVENTS = 10;

/** Build the frozen `window.lakar` of the desktop edition. */
export function createLakarApi(transport: BridgeTransport): LakarApi {
  const calls: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) {
    // arguments and results pass as they are: the page sends documents in their wire form and reads
    // them back (`withTables`, page-api.ts), because what crosses from the page to this preload and
    // back is copied by contextBridge without prototypes, so a table made here would reach the page empty
    calls[channel] = (args: unknown) =>
      transport.invoke(channel, args ?? {}).then(undefined, (e: unknown) => {
        throw toRendererError(e);
      });
  }

  let closeListener: (() => Promise<boolean>) | null = null;
  transport.on(CLOSE_REQUEST_CHANNEL, (payload) => {
    const request = closeRequestSchema.safeParse(payload);
    if (!request.success) return;
    const { requestId } = request.data;
    const listener = closeListener;
    if (!listener) {
      // nothing in the page cares about closing (no project open yet): allow it
      transport.send(CLOSE_REPLY_CHANNEL, { requestId, status: 'allow' } satisfies CloseReply);
      return;
    }
    transport.send(CLOSE_REPLY_CHANNEL, { requestId, status: 'received' } satisfies CloseReply);
    Promise.resolve()
      .then(listener)
      .then(
        (allow) => transport.send(CLOSE_REPLY_CHANNEL, { requestId, status: allow === true ? 'allow' : 'deny' } satisfies CloseReply),
        // the page could not ask: the main process asks the user itself, so nothing is lost silently
        () => transport.send(CLOSE_REPLY_CHANNEL, { requestId, status: 'failed' } satisfies CloseReply),
      );
  });

  // Menu events that arrive before the page subscribed (a file opened from the command line is sent
  // as soon as the page has loaded, maybe before React started) wait for the first subscriber.
  const menuListeners = new Set<(event: MenuEvent) => void>();
  const earlyMenuEvents: MenuEvent[] = [];
  transport.on(MENU_EVENT_CHANNEL, (payload) => {
    const event = menuEventSchema.safeParse(payload);
    if (!event.success) return;
    if (menuListeners.size === 0) {
      if (earlyMenuEvents.length < MAX_EARLY_MENU_EVENTS) earlyMenuEvents.push(event.data);
      return;
    }
    for (const listener of [...menuListeners]) listener(event.data);
  });

  const api = {
    ...calls,
    edition: 'desktop' as const,
    onMenu(listener: (event: MenuEvent) => void): () => void {
      menuListeners.add(listener);
      if (earlyMenuEvents.length > 0) {
        const early = earlyMenuEvents.splice(0);
        void Promise.resolve().then(() => early.forEach((e) => listener(e)));
      }
      return () => {
        menuListeners.delete(listener);
      };
    },
    onCloseRequest(listener: () => Promise<boolean>): () => void {
      closeListener = listener;
      return () => {
        if (closeListener === listener) closeListener = null;
      };
    },
  };
  return Object.freeze(api) as unknown as LakarApi;
}
