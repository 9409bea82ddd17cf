/**
 * Closing a window asks the page first, so unsaved changes get their prompt:
 * the window's `close` is prevented, the page receives a close request, acknowledges it at once
 * (`received`) and answers `allow`/`deny` once the user has decided. If no acknowledgement comes
 * within the timeout (the page hung or crashed) or the page reports that it could not ask
 * (`failed`), the main process asks the user itself with a native dialog. Plain logic with
 * injected effects and timers, tested without Electron.
 */
import { closeReplySchema } from '../../shared/ipc/bridge';

/** Effects of the guard, supplied by the window glue. */
export interface CloseGuardDeps {
  /** Send the close request to the page. */
  ask(requestId: number): void;
  /**
   * Can the page answer at all? False while its first load is still running (no project can be open
   * yet) or after its process crashed (every edit is already in the recovery journal): close at once.
   */
  pageCanAnswer?(): boolean;
  /** Native fallback: may the window close although the page did not answer? */
  confirmWithoutAnswer(): Promise<boolean>;
  /** Close the window for real (the guard lets this one through). */
  close(): void;
  /** The close was refused (by the user, in the page or the fallback). */
  onRefused?(): void;
  /** How long to wait for the page's acknowledgement. */
  timeoutMs: number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The guard of one window. */
export interface CloseGuard {
  /** From the window's `close` event: true lets the window close now; false means "prevent it". */
  onClose(): boolean;
  /** A reply from the page (sender already verified; the payload is validated here). */
  onReply(payload: unknown): void;
}

type State = { kind: 'idle' } | { kind: 'asking'; requestId: number; timer: unknown } | { kind: 'waitingForUser'; requestId: number } | { kind: 'confirming' } | { kind: 'closing' };

/** Create the close guard of one window. */
export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let state: State = { kind: 'idle' };
  let lastRequestId = 0;

  const finish = (allow: boolean) => {
    if (allow) {
      state = { kind: 'closing' };
      deps.close();
    } else {
      state = { kind: 'idle' };
      deps.onRefused?.();
    }
  };

  const fallback = () => {
    state = { kind: 'confirming' };
    deps.confirmWithoutAnswer().then(finish, () => finish(false));
  };

  return {
    onClose() {
      if (state.kind === 'closing') return true;
      // a second click on the close button while the question is open changes nothing
      if (state.kind !== 'idle') return false;
      if (deps.pageCanAnswer && !deps.pageCanAnswer()) {
        state = { kind: 'closing' };
        return true;
      }
      const requestId = ++lastRequestId;
      const timer = deps.setTimer(() => {
        if (state.kind === 'asking' && state.requestId === requestId) fallback();
      }, deps.timeoutMs);
      state = { kind: 'asking', requestId, timer };
      deps.ask(requestId);
      return false;
    },

    onReply(payload) {
      const reply = closeReplySchema.safeParse(payload);
      if (!reply.success) return;
      const { requestId, status } = reply.data;
      if ((state.kind !== 'asking' && state.kind !== 'waitingForUser') || state.requestId !== requestId) return;
      if (state.kind === 'asking') deps.clearTimer(state.timer);
      if (status === 'received') state = { kind: 'waitingForUser', requestId };
      else if (status === 'failed') fallback();
      else finish(status === 'allow');
    },
  };
}

/** Texts of the native fallback question, Bahasa Melayu first. */
export const CLOSE_FALLBACK_TEXT = {
  ms: {
    title: 'Tutup Lakar',
    message: 'Lakar tidak dapat bertanya sama ada ada perubahan yang belum disimpan.',
    detail: 'Suntingan yang belum disimpan kekal dalam salinan pemulihan dan ditawarkan semula apabila projek dibuka. Tutup juga?',
    close: 'Tutup',
    cancel: 'Batal',
  },
  en: {
    title: 'Close Lakar',
    message: 'Lakar could not check for unsaved changes.',
    detail: 'Unsaved edits stay in the recovery copy and are offered again when the project is opened. Close anyway?',
    close: 'Close',
    cancel: 'Cancel',
  },
} as const;
