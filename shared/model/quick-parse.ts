/**
 * A quicker first parse of a row for opening large files. zod parses a row into a new object (its
 * schema's keys in the schema's order, unknown keys left out, strings trimmed where it trims)
 * through a general machinery (a payload per value, issue lists, a loop over checks); on a
 * 100,000-element project that was about a sixth of the CPU time of opening.
 *
 * `quickParser(schema)` walks the schema's definition once and returns a function giving exactly
 * what `schema.safeParse(value).data` gives, for a JSON value as JSON.parse makes it: the value
 * itself when zod's copy would equal it, key order included, else a copy with the keys in the
 * schema's order. Or it gives undefined: never "invalid", only "ask zod", which then gives the
 * result or the message users get. So it answers only where zod's outcome is certain: it knows the
 * few kinds of schema and check the model uses, with zod's own rules (lengths in code points,
 * numbers finite, a check's `when` honoured…), and a schema holding anything else (a refinement, a
 * default, a transform, a union…) is always left to zod, never guessed. quick-parse.test.ts holds
 * it to zod on valid rows, thousands of mutated ones and schemas the model does not use yet.
 */
import { z } from 'zod';

type Test = (value: unknown) => boolean;

/** The definition fields read here (zod v4's `_zod.def`). */
interface Def {
  type: string;
  coerce?: boolean;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: unknown;
  innerType?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
}
interface CheckDef {
  check: string;
  when?: (payload: { value: unknown; issues: unknown[] }) => boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  tx?: (value: unknown) => unknown;
}
interface Schema {
  _zod: { def: Def; values?: Set<unknown>; optin?: string; optout?: string };
}

const never: Test = () => false;

/** zod's own `when` of its length checks (run on any value with a length: every string and array); read off a check of its making. */
const LENGTH_WHEN = (z.string().max(1)._zod.def.checks?.[0]?._zod.def as CheckDef | undefined)?.when;

/** One check as a test of a string, array or number; null when it is not one known here. */
function checkTest(c: CheckDef, kind: 'string' | 'array' | 'number'): Test | null {
  if (kind === 'number') {
    if ((c.check === 'greater_than' || c.check === 'less_than') && typeof c.value === 'number') {
      const bound = c.value;
      if (c.check === 'greater_than') return c.inclusive === true ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      return c.inclusive === true ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    if (c.check === 'number_format' && c.format === 'safeint') return (v) => Number.isSafeInteger(v);
    return null;
  }
  switch (c.check) {
    case 'max_length': {
      // a string never has more code points than units: fitting in units is fitting (an overflow in units is left to zod)
      const max = c.maximum!;
      return (v) => (v as string | unknown[]).length <= max;
    }
    case 'min_length': {
      // a code point is one or two units: twice the floor in units always clears it (below that, zod counts)
      const min = c.minimum!;
      return kind === 'string' ? (v) => (v as string).length >= 2 * min : (v) => (v as unknown[]).length >= min;
    }
    case 'length_equals': {
      const length = c.length!;
      return kind === 'array' ? (v) => (v as unknown[]).length === length : null;
    }
    case 'string_format':
      if (kind === 'string' && c.format === 'regex' && c.pattern instanceof RegExp) {
        const pattern = c.pattern;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      return null;
    case 'overwrite':
      // as is only when the rewrite (trim) leaves the string as it was; it then changes nothing for the checks after it either
      if (kind === 'string' && typeof c.tx === 'function') {
        const tx = c.tx;
        return (v) => tx(v) === v;
      }
      return null;
    default:
      return null;
  }
}

/** All checks of a schema as one test; null when one of them is not known here. */
function checksTest(def: Def, kind: 'string' | 'array' | 'number'): Test | null {
  const tests: Test[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    const test = checkTest(c, kind);
    if (!test) return null;
    const when = c.when;
    // zod runs a check with a `when` only where it says so; its default one holds for every string and array. One it would skip is left to zod
    tests.push(when && when !== LENGTH_WHEN ? (v) => when({ value: v, issues: [] }) && test(v) : test);
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  return (v) => {
    for (const test of tests) if (!test(v)) return false;
    return true;
  };
}

/** A plain object as zod's record takes it without a doubt (JSON.parse makes only these). */
function plainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return Object.getPrototypeOf(v) === Object.prototype && !Object.hasOwn(v, 'constructor');
}

function compile(schema: Schema): Test {
  const def = schema._zod.def;
  if (def.coerce) return never;
  const hasChecks = (def.checks?.length ?? 0) > 0;
  switch (def.type) {
    case 'string': {
      const checks = checksTest(def, 'string');
      return checks ? (v) => typeof v === 'string' && checks(v) : never;
    }
    case 'number': {
      const checks = checksTest(def, 'number');
      return checks ? (v) => typeof v === 'number' && Number.isFinite(v) && checks(v) : never;
    }
    case 'boolean':
      return hasChecks ? never : (v) => typeof v === 'boolean';
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      return !hasChecks && values instanceof Set ? (v) => values.has(v) : never;
    }
    case 'optional': {
      // an absent key is the object's business; undefined itself (never in JSON) is left to zod
      const inner = compile(def.innerType!);
      return hasChecks ? never : (v) => v !== undefined && inner(v);
    }
    case 'array': {
      const checks = checksTest(def, 'array');
      const element = compile(def.element!);
      if (!checks) return never;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return checks(v);
      };
    }
    case 'record': {
      const keyType = def.keyType!;
      // a key type listing its keys (enum, literal) takes another path in zod: not done here
      if (hasChecks || keyType._zod.def.type !== 'string' || keyType._zod.values || (def.mode !== undefined && def.mode !== 'strict')) return never;
      const key = compile(keyType);
      const value = compile(def.valueType!);
      return (v) => {
        if (!plainObject(v)) return false;
        for (const k in v) if (k === '__proto__' || !key(k) || !value(v[k])) return false;
        return true;
      };
    }
    case 'object': {
      const test = objectTest(def, hasChecks);
      return test ? (v) => test(v) === IN_ORDER : never;
    }
    default:
      return never;
  }
}

const IN_ORDER = 1;
const OTHER_ORDER = 2;

/**
 * An object schema as a test giving IN_ORDER (zod would give back an equal copy), OTHER_ORDER (the
 * same but for the order of the keys, which zod's copy takes from the schema) or 0 (ask zod).
 */
function objectTest(def: Def, hasChecks: boolean): ((value: unknown) => number) | null {
  const shape = def.shape!;
  if (hasChecks || def.catchall !== undefined || Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) return null;
  const fields = new Map<string, { order: number; required: boolean; test: Test }>();
  let required = 0;
  for (const [order, key] of Object.keys(shape).entries()) {
    const { optin, optout } = shape[key]._zod;
    // a key zod may fill in when absent (a default, even inside .optional()) is not known here
    if (optin !== undefined && (optin !== 'optional' || optout !== 'optional')) return null;
    const isRequired = optin === undefined;
    if (isRequired) required++;
    fields.set(key, { order, required: isRequired, test: compile(shape[key]) });
  }
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) return 0;
    // no key unknown (zod would leave it out), every required one there
    let next = 0;
    let found = 0;
    let inOrder = true;
    for (const k in v) {
      const field = fields.get(k);
      if (!field || !field.test((v as Record<string, unknown>)[k])) return 0;
      if (field.order < next) inOrder = false;
      next = field.order + 1;
      if (field.required) found++;
    }
    if (found !== required) return 0;
    return inOrder ? IN_ORDER : OTHER_ORDER;
  };
}

/**
 * For an object schema: a function giving what `schema.safeParse(value).data` gives — `value` itself
 * when zod's copy would equal it, else a copy of it with its keys in the schema's order (the objects
 * inside it must already be as zod makes them) — or undefined when only zod can tell (see the top).
 * Values are JSON as JSON.parse makes it.
 */
export function quickParser<T>(schema: z.ZodType<T>): (value: unknown) => T | undefined {
  const def = (schema as unknown as Schema)._zod.def;
  const test = def.type === 'object' && !def.coerce ? objectTest(def, (def.checks?.length ?? 0) > 0) : null;
  if (!test) return () => undefined;
  const keys = Object.keys(def.shape!);
  return (value) => {
    const found = test(value);
    if (found === IN_ORDER) return value as T;
    if (found !== OTHER_ORDER) return undefined;
    const v = value as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key of keys) if (key in v) copy[key] = v[key];
    return copy as T;
  };
}
