/**
 * Native file and message dialogs (Electron glue; the filters, titles and names come from the
 * tested file-dialogs.ts). Dialogs are modal to the focused Lakar window and start in the folder
 * of the last file picked.
 */
import path from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FileKind } from '../../shared/ipc/contract';
import { CLOSE_FALLBACK_TEXT } from './close-guard';
import { dialogTitle, openDialogFilters, safeSuggestedName, saveDialogFilters, withSuffix } from './file-dialogs';
import { recoveryCopyQuestion, type RecoveryCopyReason } from './recovery-copy-question';
import type { DesktopDeps } from './handlers';
import type { MenuLanguage } from './menu';

/** What the dialogs need from the app. */
export interface DialogContext {
  getLanguage(): MenuLanguage;
  /** Folder of the first dialog (the user's documents). */
  defaultDir: string;
}

/** The `dialogs` of the desktop handlers, on Electron's native dialogs. */
export function createElectronDialogs(ctx: DialogContext): DesktopDeps['dialogs'] {
  let lastDir = ctx.defaultDir;
  const parent = () => BrowserWindow.getFocusedWindow();

  /** The native open dialog: the chosen paths, or null when cancelled. */
  async function showOpen(kinds: FileKind[], multiple: boolean): Promise<string[] | null> {
    const lang = ctx.getLanguage();
    const options: OpenDialogOptions = {
      title: dialogTitle('open', kinds, lang),
      defaultPath: lastDir,
      filters: openDialogFilters(kinds, lang),
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    };
    const win = parent();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (result.canceled || result.filePaths.length === 0) return null;
    lastDir = path.dirname(result.filePaths[0]);
    return result.filePaths;
  }

  return {
    async pickFile(kinds: FileKind[]) {
      return (await showOpen(kinds, false))?.[0] ?? null;
    },

    async pickFiles(kinds: FileKind[]) {
      return showOpen(kinds, true);
    },

    async pickFolder() {
      const lang = ctx.getLanguage();
      const options: OpenDialogOptions = { title: lang === 'ms' ? 'Buka portfolio — pilih folder' : 'Open portfolio — choose a folder', defaultPath: lastDir, properties: ['openDirectory'] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      if (result.canceled || result.filePaths.length === 0) return null;
      lastDir = result.filePaths[0];
      return result.filePaths[0];
    },

    async chooseSavePath(kind: FileKind, suggestedName: string) {
      const lang = ctx.getLanguage();
      const options: SaveDialogOptions = {
        title: dialogTitle('save', [kind], lang),
        defaultPath: path.join(lastDir, safeSuggestedName(suggestedName, kind)),
        filters: saveDialogFilters(kind, lang),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastDir = path.dirname(result.filePath);
      // Linux dialogs do not add the extension of the chosen filter
      return path.join(path.dirname(result.filePath), withSuffix(path.basename(result.filePath), kind));
    },

    async askRecoverIntoCopy(reason: RecoveryCopyReason, fileName: string) {
      const options = { type: 'warning' as const, noLink: true, ...recoveryCopyQuestion(reason, fileName, ctx.getLanguage()) };
      const win = parent();
      const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  };
}

/** The close guard's native fallback: close although the page did not answer? */
export async function confirmCloseWithoutAnswer(win: BrowserWindow, lang: MenuLanguage): Promise<boolean> {
  if (win.isDestroyed()) return true;
  const t = CLOSE_FALLBACK_TEXT[lang];
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    title: t.title,
    message: t.message,
    detail: t.detail,
    buttons: [t.close, t.cancel],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
