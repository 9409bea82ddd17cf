/** Helpers that turn zod failures inside commands into CommandErrors with field paths. */
import type { z } from 'zod';
import { CommandError } from './registry';

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
