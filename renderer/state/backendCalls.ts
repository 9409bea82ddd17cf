/**
 * Calling the backend from UI actions: the backend of this window, and a call whose failure is
 * shown to the user (the error banner) instead of thrown.
 */
import type { LakarApi } from '../../shared/ipc/contract';
import { describeError } from '../backend/errors';
import { useEditor } from './editor';

/** The backend of this window (set at start-up). */
export function backendApi(): LakarApi {
  const a = useEditor.getState().api;
  if (!a) throw new Error('the backend is not set');
  return a;
}

/** Run `fn`, reporting any failure to the user; resolves undefined on failure. */
export async function attempt<T>(fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (e) {
    useEditor.getState().setError(describeError(e));
    return undefined;
  }
}
