/**
 * Reading one entry of a document table inside a command without making immer draft it.
 *
 * `draft.elements[id]` on an immer draft copies the whole `elements` record (all 100,000 keys of a
 * large project) and makes the element a child draft, even when the command only reads it; and when
 * the command then replaces that entry (`draft.elements[id] = next`), immer's finalisation scans
 * every key of the record to find where the replaced child draft went. Peeking at the property
 * descriptor reads the current value (the draft's latest, or the frozen original) with neither, so
 * an edit of one element costs one copy of the record instead of a copy plus a full scan, and a
 * command that only reads elements (relation ends) copies nothing.
 * The value may be frozen: read it or replace it whole, never mutate it.
 */
export function peek<T>(table: Readonly<Record<string, T>>, id: string): T | undefined {
  // own properties only: an id such as "constructor" never finds Object.prototype's
  return Object.getOwnPropertyDescriptor(table, id)?.value as T | undefined;
}
