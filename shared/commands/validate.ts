/** Helpers that turn zod failures inside commands into CommandErrors with field paths. */
import type { z } from 'zod';
import { CommandError } from './registry';
import { editFormatIssues } from '../model/formats';

/** Parse `value` with `schema` or throw a CommandError carrying each issue's path and message. */
export function validOrThrow<T>(schema: z.ZodType<T>, value: unknown, key: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CommandError(
    key,
    result.error.issues.map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      params: { message: i.message },
    })),
  );
}

/**
 * Throw a CommandError when a field the user typed has the wrong format (e.g. a URL that is not one);
 * `only` limits the check to the fields an update touches, so an old value never blocks other edits.
 */
export function checkEditFormats<T extends { kind: string }>(item: T, key: string, only?: readonly string[]): T {
  const issues = editFormatIssues(item as T & Record<string, unknown>).filter((i) => !only || only.includes(i.path[0]));
  if (issues.length > 0) throw new CommandError(key, issues.map((i) => ({ path: i.path, params: { message: i.message } })));
  return item;
}
