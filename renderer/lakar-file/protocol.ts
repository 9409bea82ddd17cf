/** Messages between the page and the `.lakar` worker (one request, one reply, matched by `seq`). */
import type { LakarFileEngine } from './engine';

export type EngineMethod = keyof LakarFileEngine;

export interface EngineRequest {
  seq: number;
  method: EngineMethod;
  args: unknown;
}

/** A failure as it crosses the worker boundary: an i18n key and parameters when it is a user error. */
export interface EngineFailure {
  key?: string;
  params?: Record<string, string | number>;
  message: string;
}

export type EngineReply = { seq: number; ok: true; result: unknown } | { seq: number; ok: false; error: EngineFailure };
