/**
 * The question asked when a project cannot be opened for editing in place: its last save was
 * interrupted (a hot `-journal` beside it), or another SQLite tool changed it (WAL mode, side
 * files). Rolling back in place would change the user's file and delete the journal without asking,
 * so Lakar offers to restore the last saved state into a copy instead. Texts here, the native box in
 * electron-dialogs.ts.
 */
import type { MenuLanguage } from './menu';

/** Why the file needs the question (the StoreError code). */
export type RecoveryCopyReason = 'interruptedSave' | 'sideFiles';

const TEXT = {
  ms: {
    title: 'Buka projek',
    interruptedSave: {
      message: 'Simpanan terakhir “{file}” terganggu.',
      detail:
        'Fail “{file}-journal” di sebelahnya memegang keadaan sebelum simpanan itu. Lakar boleh memulihkan keadaan simpanan terakhir ke dalam salinan baharu dan membuka salinan itu; suntingan yang belum disimpan ditawarkan semula di sana. Fail asal dan journalnya tidak diubah.',
    },
    sideFiles: {
      message: '“{file}” telah diubah oleh alat SQLite lain.',
      detail: 'Fail itu dalam mod WAL atau mempunyai fail -wal atau -journal di sebelahnya. Lakar boleh membuka salinan yang lengkap; fail asal dan fail-fail di sebelahnya tidak diubah.',
    },
    copy: 'Pulihkan ke salinan…',
    cancel: 'Batal',
  },
  en: {
    title: 'Open project',
    interruptedSave: {
      message: 'The last save of “{file}” was interrupted.',
      detail:
        'The file “{file}-journal” beside it holds the state from before that save. Lakar can restore the last saved state into a new copy and open the copy; unsaved edits are offered again there. The original and its journal are not changed.',
    },
    sideFiles: {
      message: '“{file}” was changed by another SQLite tool.',
      detail: 'It is in WAL mode or has a -wal or -journal file beside it. Lakar can open a complete copy; the original and the files beside it are not changed.',
    },
    copy: 'Restore into a copy…',
    cancel: 'Cancel',
  },
} as const;

/** The message box of the question, in `lang`; button 0 restores into a copy, button 1 cancels. */
export function recoveryCopyQuestion(reason: RecoveryCopyReason, fileName: string, lang: MenuLanguage) {
  const t = TEXT[lang];
  const fill = (s: string) => s.replaceAll('{file}', fileName);
  return { title: t.title, message: fill(t[reason].message), detail: fill(t[reason].detail), buttons: [t.copy, t.cancel], defaultId: 0, cancelId: 1 };
}

/** The reason when `e` is a refusal that a copy can answer, else null. */
export function recoveryCopyReason(e: unknown): RecoveryCopyReason | null {
  const key = (e as { key?: unknown } | null)?.key;
  if (key === 'store.interruptedSave') return 'interruptedSave';
  if (key === 'store.sideFiles') return 'sideFiles';
  return null;
}
