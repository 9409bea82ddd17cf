/**
 * The desktop's review channels (shared/review): a project opened for review is only read — never
 * journalled, migrated in place or written — and a review file (.ulasan) is read and written whole.
 * As with projects, the page never names a path to write: a review file is written where the user
 * chose in the native dialog, or over a file this window opened or saved before.
 */
import path from 'node:path';
import fs from 'node:fs';
import type { IpcCallContext, IpcHandlers } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import { parseReviewFile } from '../../shared/review/file';
import { StoreError } from '../store/errors';
import { LAKAR_APPLICATION_ID, readSqliteHeader } from '../store/format';
import { readProjectDocument } from '../store/project';
import type { DesktopDeps } from './handlers';
import { readPickedFile, writeExportedFile } from './handlers-files';

type ReviewChannels = Pick<IpcHandlers, 'review:openProject' | 'review:open' | 'review:save'>;

/** What the review channels need from the project handlers. */
export interface ReviewHandlerDeps {
  dialogs: DesktopDeps['dialogs'];
  /** Run a storage step after every earlier one (the handlers' queue). */
  serial<T>(fn: () => Promise<T> | T): Promise<T>;
  /** True when `file` is open for editing in some window. */
  isOpenProject(file: string): boolean;
}

/** The review channels plus the cleanup the shell calls when a window goes away. */
export type DesktopReviewHandlers = ReviewChannels & { forgetWindow(windowId: number): void };

/** Build the review channels. */
export function createReviewHandlers(deps: ReviewHandlerDeps): DesktopReviewHandlers {
  // review files each window opened or saved: the only paths it may name again
  const known = new Map<number, Set<string>>();
  const remember = (ctx: IpcCallContext, file: string) => {
    const set = known.get(ctx.windowId) ?? new Set<string>();
    set.add(path.resolve(file));
    known.set(ctx.windowId, set);
  };
  const knownPath = (ctx: IpcCallContext, ref: string, channel: string): string => {
    const file = path.resolve(ref);
    if (!known.get(ctx.windowId)?.has(file)) throw new UserError('error.badRequest', { channel });
    return file;
  };

  async function readReviewText(file: string): Promise<{ ref: string; name: string; text: string }> {
    const { name, data } = await readPickedFile(file);
    return { ref: file, name, text: new TextDecoder('utf-8').decode(data) };
  }

  return {
    'review:openProject': async ({ ref }) => {
      const chosen = ref ?? (await deps.dialogs.pickFile(['lakar']));
      if (!chosen) return null;
      return deps.serial(async () => {
        const file = path.resolve(chosen);
        // validated (and older files migrated) in memory only: the agency's file is never written
        const read = await readProjectDocument(file);
        return { ref: file, displayName: path.basename(file), doc: read.doc, generation: read.generation, fileId: read.fileId };
      });
    },

    'review:open': async ({ ref }, ctx) => {
      const file = ref !== undefined ? knownPath(ctx, ref, 'review:open') : await deps.dialogs.pickFile(['ulasan']);
      if (!file) return null;
      const read = await deps.serial(() => readReviewText(file));
      remember(ctx, read.ref);
      return read;
    },

    'review:save': async ({ ref, suggestedName, text }, ctx) => {
      // only a valid review file is ever written under a review's name
      if (!parseReviewFile(text).ok) throw new UserError('review.notReviewFile');
      const file = ref !== undefined ? knownPath(ctx, ref, 'review:save') : await deps.dialogs.chooseSavePath('ulasan', suggestedName);
      if (!file) return null;
      return deps.serial(async () => {
        const name = path.basename(file);
        // a review never replaces a project, open or not
        if (deps.isOpenProject(file)) throw new StoreError('alreadyOpen', { file: name });
        if (fs.existsSync(file) && fs.statSync(file).isFile() && readSqliteHeader(file)?.applicationId === LAKAR_APPLICATION_ID) throw new UserError('review.notOverProject', { file: name });
        await writeExportedFile(file, new TextEncoder().encode(text));
        remember(ctx, file);
        return { ref: file, name };
      });
    },

    forgetWindow(windowId) {
      known.delete(windowId);
    },
  };
}
