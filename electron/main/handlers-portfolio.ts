/**
 * The desktop's sector-portfolio channels (issue 17): File › Open portfolio… picks a folder in the
 * native dialog, every project file in it is read read-only (electron/store/portfolio-files), a batch
 * per `portfolio:read` call so the page shows progress, and the folder is watched (electron/store/portfolio-watch); the page asks for changes and re-analyses only
 * those files. A watched folder belongs to the window that opened it, like a project handle.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { IpcCallContext, IpcHandlers, PortfolioFile } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import { listPortfolioFiles, readPortfolioFile, type PortfolioRead } from '../store/portfolio-files';
import { FolderWatcher } from '../store/portfolio-watch';

export interface PortfolioDeps {
  /** The native folder dialog: an absolute folder path, or null when cancelled. */
  pickFolder?(): Promise<string | null>;
}

type PortfolioChannels = Pick<IpcHandlers, 'portfolio:open' | 'portfolio:read' | 'portfolio:changes' | 'portfolio:close'>;

export type PortfolioHandlers = PortfolioChannels & {
  /** Stop watching the folders of a window that went away. */
  closeWindow(windowId: number): void;
  dispose(): void;
};

/** A read file as sent to the page: `.lakar` files carry their path so a click can open them as projects. */
export function toPortfolioFile(read: PortfolioRead): PortfolioFile {
  if (!read.ok) return { file: read.file, error: read.reason };
  return { file: read.file, doc: read.doc, ...(/\.lakar$/i.test(read.path) ? { ref: read.path } : {}) };
}

/** The portfolio channels over `deps`. */
export function createPortfolioHandlers(deps: PortfolioDeps): PortfolioHandlers {
  const watched = new Map<string, { watcher: FolderWatcher; windowId: number; listed: ReadonlySet<string> }>();

  function owned(handle: string, ctx: IpcCallContext): FolderWatcher {
    const w = watched.get(handle);
    if (!w || w.windowId !== ctx.windowId) throw new UserError('error.badRequest', { channel: 'portfolio' });
    return w.watcher;
  }

  return {
    'portfolio:open': async (_args, ctx) => {
      const dir = deps.pickFolder ? await deps.pickFolder() : null;
      if (!dir) return null;
      const names = await listPortfolioFiles(dir).catch((e: unknown) => {
        throw new UserError('file.readFailed', { file: path.basename(dir), message: e instanceof Error ? e.message : String(e) });
      });
      const watcher = new FolderWatcher(dir);
      // snapshot before reading, so an edit made while reading is reported as a change afterwards
      await watcher.start();
      const handle = `f_${crypto.randomBytes(8).toString('hex')}`;
      watched.set(handle, { watcher, windowId: ctx.windowId, listed: new Set(names) });
      // the page reads them a batch at a time (portfolio:read), showing progress from the first file
      return { handle, name: path.basename(dir), watched: true, files: [], pending: names };
    },

    'portfolio:read': async ({ handle, files: names }, ctx) => {
      const watcher = owned(handle, ctx);
      const listed = watched.get(handle)!.listed;
      // only files the folder listing named: a page cannot make the main process read anything else
      if (names.some((n) => !listed.has(n))) throw new UserError('error.badRequest', { channel: 'portfolio:read' });
      const files: PortfolioFile[] = [];
      for (const name of names) files.push(toPortfolioFile(await readPortfolioFile(path.join(watcher.dir, name), name)));
      return { files };
    },

    'portfolio:changes': async ({ handle }, ctx) => {
      const watcher = owned(handle, ctx);
      await watcher.look();
      const { changed, removed } = watcher.take();
      const files: PortfolioFile[] = [];
      for (const name of changed) files.push(toPortfolioFile(await readPortfolioFile(path.join(watcher.dir, name), name)));
      return { changed: files, removed };
    },

    'portfolio:close': async ({ handle }, ctx) => {
      const w = watched.get(handle);
      if (w && w.windowId === ctx.windowId) {
        w.watcher.close();
        watched.delete(handle);
      }
      return { ok: true as const };
    },

    closeWindow(windowId) {
      for (const [handle, w] of [...watched]) {
        if (w.windowId !== windowId) continue;
        w.watcher.close();
        watched.delete(handle);
      }
    },

    dispose() {
      for (const w of watched.values()) w.watcher.close();
      watched.clear();
    },
  };
}
