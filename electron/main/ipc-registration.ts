/**
 * Registers one `ipcMain.handle` per contract channel. Each call is checked before any handler runs:
 * 1. the sender must be the main frame of a window this process created, showing an app page
 *    (`lakar://app`, or the dev server in development): an iframe or a foreign page gets nothing;
 * 2. the arguments must parse with the channel's zod schema (which also turns a document's tables,
 *    sent as records, back into tables);
 * then the handler runs with the verified `{ windowId }`, and whatever it throws travels to the
 * page as an encoded `{ key, params }` message (shared/ipc/errors.ts).
 * Plain Node: `ipcMain` and the sender lookup are passed in, so this is tested with fakes.
 */
import { IPC_CHANNELS, type IpcCallContext, type IpcChannel, type IpcHandlers } from '../../shared/ipc/contract';
import { encodeUserError, UserError } from '../../shared/ipc/errors';
import { toWire } from '../../shared/model/wire';
import { isAppUrl, type OriginPolicy } from './security';

/** What the main process knows about who sent a message (filled in from `event.senderFrame`). */
export interface SenderInfo {
  /** URL of the sending frame. */
  url: string;
  /** The frame is its window's top-level frame (not an iframe). */
  isMainFrame: boolean;
  /** Id of the BrowserWindow, or null when the frame is not in a window this app created. */
  windowId: number | null;
}

/** The part of `ipcMain` used here. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** Why a sender was refused, or null when it is trusted. */
export function senderRefusal(sender: SenderInfo | null, policy: OriginPolicy): string | null {
  if (!sender) return 'no sender frame (it was destroyed or navigated away)';
  if (sender.windowId === null) return 'not a window of this app';
  if (!sender.isMainFrame) return 'not the main frame';
  if (!isAppUrl(sender.url, policy)) return `foreign page ${JSON.stringify(sender.url.slice(0, 200))}`;
  return null;
}

/** The call context of a trusted sender, or throws (the page sees only a refusal). */
export function verifySender(sender: SenderInfo | null, policy: OriginPolicy, channel: string): IpcCallContext {
  const refusal = senderRefusal(sender, policy);
  if (refusal !== null || !sender || sender.windowId === null) throw new Error(`Lakar refused IPC "${channel}": ${refusal}`);
  return { windowId: sender.windowId };
}

/** Options of `registerIpcHandlers`. */
export interface IpcRegistration<E> {
  ipcMain: IpcMainLike<E>;
  handlers: IpcHandlers;
  policy: OriginPolicy;
  /** Look up the sender of an invoke event (`event.senderFrame` and its window). */
  identifySender(event: E): SenderInfo | null;
  /** Called after a channel's handler succeeded (e.g. to refresh the Open Recent menu). */
  afterCall?(channel: IpcChannel, ctx: IpcCallContext): void;
  /** Called with refusals and unexpected failures, for the log. */
  onProblem?(channel: IpcChannel, problem: unknown): void;
}

/** Register every contract channel; returns a function that removes them again. */
export function registerIpcHandlers<E>(options: IpcRegistration<E>): () => void {
  const channels = Object.keys(IPC_CHANNELS) as IpcChannel[];
  for (const channel of channels) {
    if (typeof options.handlers[channel] !== 'function') throw new Error(`No IPC handler for channel "${channel}"`);
  }
  for (const channel of channels) {
    const schema = IPC_CHANNELS[channel].args;
    const handler = options.handlers[channel] as (args: unknown, ctx: IpcCallContext) => Promise<unknown>;
    options.ipcMain.handle(channel, async (event, ...args) => {
      let ctx: IpcCallContext;
      try {
        ctx = verifySender(options.identifySender(event), options.policy, channel);
      } catch (refused) {
        options.onProblem?.(channel, refused);
        throw refused;
      }
      const parsed = args.length === 1 ? schema.safeParse(args[0]) : null;
      if (!parsed?.success) {
        options.onProblem?.(channel, parsed?.error ?? new Error(`expected 1 argument, got ${args.length}`));
        throw new Error(encodeUserError(new UserError('error.badRequest', { channel })));
      }
      let result: unknown;
      try {
        result = await handler(parsed.data, ctx);
      } catch (e) {
        if (!(e instanceof UserError)) options.onProblem?.(channel, e);
        throw new Error(encodeUserError(e), { cause: e });
      }
      options.afterCall?.(channel, ctx);
      // a document's tables cannot be cloned: they go to the page as records (shared/model/wire.ts)
      return toWire(result);
    });
  }
  return () => {
    for (const channel of channels) options.ipcMain.removeHandler(channel);
  };
}
