/**
 * Which strings may be ids of elements, relations, views and unplaced concepts. A document keeps
 * each collection as a plain object keyed by id, so an id that names a property every object
 * inherits (`__proto__`, `constructor`, `toString`…) would be silently dropped on parsing
 * (`__proto__`) or would make a lookup of a missing id find a function of Object.prototype
 * (`doc.elements['toString']`). Such ids are refused everywhere the model is parsed, and importers
 * of foreign files give them a fresh id with a warning. Lookups with a key from outside the model
 * (a command-line option, a file's reference) go through `hasOwn`.
 */

/** Ids that are refused: every property name of Object.prototype, plus `prototype`. */
export const RESERVED_IDS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];

const RESERVED = new Set(RESERVED_IDS);

/** zod message of a reserved id (an i18n key of shared/i18n/errors.ts). */
export const RESERVED_ID_MESSAGE = 'id.reserved';

/** Matches every string except a reserved id (used by the zod id schema, so the JSON Schema carries it too). */
// the names hold only letters and underscores, so they need no escaping (also valid as a JSON Schema pattern)
export const SAFE_ID_PATTERN = new RegExp(`^(?!(?:${RESERVED_IDS.join('|')})$)`);

/** True when `value` is a string that may be used as an id key (not empty, not reserved). */
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && !RESERVED.has(value);
}

/** True when `record` has its own entry `key` (never an inherited property such as `toString`). */
export function hasOwn(record: object, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** `record[key]` when it is the record's own entry, else undefined. */
export function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return hasOwn(record, key) ? record[key] : undefined;
}

/** A step of the walk below: the value, and how it was reached (parent link, so no path is copied). */
interface Step {
  value: unknown;
  key: PropertyKey;
  parent: Step | null;
}

function pathOf(step: Step): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let s: Step | null = step; s?.parent; s = s.parent) out.push(s.key);
  return out.reverse();
}

/**
 * The path of the first own `__proto__` key anywhere in `value` (as JSON.parse makes from
 * `{"__proto__": …}`), or null. zod skips such keys without a word, so parsers look for them first
 * and refuse the input naming where it is. Iterative and linear: deeply nested input can neither
 * overflow the stack nor make the walk quadratic.
 */
export function findProtoKey(value: unknown): PropertyKey[] | null {
  const work: Step[] = [{ value, key: '', parent: null }];
  while (work.length > 0) {
    const step = work.pop()!;
    const v = step.value;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) if (typeof v[i] === 'object' && v[i] !== null) work.push({ value: v[i], key: i, parent: step });
      continue;
    }
    if (Object.hasOwn(v, '__proto__')) return [...pathOf(step), '__proto__'];
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = (v as Record<string, unknown>)[keys[i]];
      if (typeof child === 'object' && child !== null) work.push({ value: child, key: keys[i], parent: step });
    }
  }
  return null;
}

/** An empty id list, for the many optional id lists read in hot loops (no array made per read). */
export const NO_IDS: readonly string[] = [];
