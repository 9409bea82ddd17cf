/**
 * The page's side of the desktop bridge: `window.lakar` as the page uses it, with documents as
 * tables (`Table`, ../model/table.ts) on the page and in their wire form across the bridge.
 *
 * Why here and not in the preload: contextBridge copies every value crossing between the page and
 * the preload, keeping an object's own enumerable members and dropping its prototype (Electron's
 * docs: "prototype modifications are dropped"). A table keeps its items in private fields, so one
 * made in the preload reached the page as an empty object, and one the page sent reached the
 * preload so: the desktop edition opened every project without elements. The wire form is data
 * (each table's items as JSON text), which crosses as it is.
 */
import { IPC_CHANNELS, type IpcChannel, type LakarApi } from './contract';
import { fromWire, toWire } from '../model/wire';

/**
 * Channels whose reply keeps its tables' wire forms: the copy File › Compare with… and Merge from…
 * read is checked beside the open project a slice at a time, reading its tables' text as it goes
 * (../model/parse-reusing.ts); made tables here, a 100,000-element copy held the window ~0.5–1 s in
 * one piece, for tables the check then built again. Its reader takes either form (fromWire).
 */
const REPLIES_AS_WIRE: ReadonlySet<IpcChannel> = new Set(['project:peek']);

/** `bridge` (the preload's `window.lakar`) with each channel taking and giving documents with their tables (but REPLIES_AS_WIRE). */
export function withTables(bridge: LakarApi): LakarApi {
  const api: Record<string, unknown> = {};
  for (const key of Object.keys(bridge)) api[key] = (bridge as unknown as Record<string, unknown>)[key];
  for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) {
    const call = (bridge as unknown as Record<IpcChannel, (args: unknown) => Promise<unknown>>)[channel];
    const arrived = REPLIES_AS_WIRE.has(channel) ? (reply: unknown) => reply : fromWire;
    api[channel] = (args: unknown) => call(toWire(args ?? {})).then(arrived);
  }
  return Object.freeze(api) as unknown as LakarApi;
}
