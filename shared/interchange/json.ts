/**
 * `.lakar.json`: the whole document as pretty JSON, readable and writable by both editions and the
 * CLI, described by a JSON Schema generated from the zod schema (assets/schema/lakar.schema.json,
 * written by scripts/gen-json-schema.ts). Reading never throws on bad input: it names the first
 * wrong field by its JSON path, or the line and column of a syntax error.
 */
import { z } from 'zod';
import { parseDocumentQuickly } from '../model/quick-document';
import { SCHEMA_VERSION, documentSchema, type LakarDocument } from '../model/schema';
import { findProtoKey, hasOwn, RESERVED_ID_MESSAGE } from '../model/ids';
import { exceededLimit } from '../model/limits';
import { upgradeDocument } from '../model/upgrade';
import { isTableField } from '../model/table-edit';

/** Value of the `format` field of every `.lakar.json` file. */
export const LAKAR_JSON_FORMAT = 'lakar';
/** `$id` of the JSON Schema and `$schema` of documents (a stable name; the schema ships with Lakar). */
export const LAKAR_JSON_SCHEMA_ID = 'urn:lakar:schema:lakar-json:2';
/** File name suffix of the interchange format. */
export const LAKAR_JSON_EXTENSION = '.lakar.json';

export type JsonErrorParams = Record<string, string | number>;
export type ParseLakarJsonResult = { ok: true; doc: LakarDocument } | { ok: false; error: { key: string; params: JsonErrorParams } };

/** `record` with its keys in code-point order (ids sort the same on every machine and locale). */
function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key];
  return out;
}

/**
 * `doc` as `.lakar.json` text: `$schema`, `format`, `schemaVersion`, then the document, 2-space
 * indented. Canonical, so the same model always gives the same text and a plain text diff (or git)
 * of two versions shows only what changed: every object's fields in schema order, and elements,
 * relations, views and each view's nodes sorted by id, each entity one group of lines.
 */
export function toLakarJson(doc: LakarDocument): string {
  const canonical = parseDocumentQuickly(doc);
  const { schemaVersion, meta, elements, relations, views } = canonical.success ? canonical.data : doc;
  const sortedViews = sortedRecord(views);
  for (const [id, v] of Object.entries(sortedViews)) sortedViews[id] = { ...v, nodes: sortedRecord(v.nodes) };
  const body = { $schema: LAKAR_JSON_SCHEMA_ID, format: LAKAR_JSON_FORMAT, schemaVersion, meta, elements: sortedRecord(elements.toRecord()), relations: sortedRecord(relations.toRecord()), views: sortedViews };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The JSON Schema of `.lakar.json` files, generated from the zod document schema. */
export function lakarJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(documentSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, properties, required, ...rest } = generated as { $schema: string; properties: Record<string, unknown>; required: string[] };
  // a table is read through a preprocess (it takes a Table as well as a record), which zod counts as an
  // input that may be absent; a file must hold both tables all the same
  const requiredFields = Object.keys(properties).filter((key) => required.includes(key) || isTableField(key));
  return {
    $schema,
    $id: LAKAR_JSON_SCHEMA_ID,
    title: 'Lakar project (.lakar.json)',
    description: 'A Landscape Map View (LMV) model of a Malaysian public-sector digital service, as written by Lakar. Generated from shared/model/schema.ts.',
    ...rest,
    properties: {
      $schema: { type: 'string' },
      format: { const: LAKAR_JSON_FORMAT },
      ...properties,
    },
    required: ['format', ...requiredFields],
  };
}

/** The exact text of the published schema file assets/schema/lakar.schema.json. */
export function lakarJsonSchemaText(): string {
  return `${JSON.stringify(lakarJsonSchema(), null, 2)}\n`;
}

/** `path` as a readable JSON path, e.g. `elements.el_1.fields[2].name` or `views["my view"].name`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$-]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '$';
}

type Issue = z.core.$ZodIssue;

/** The most specific issue: inside a union, follow the branch that matched the `kind`; a bad record key gives its own reason. */
function deepestIssue(issue: Issue, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string } {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const isKindMismatch = (branch: Issue[]) => branch.some((i) => i.path.length === 1 && i.path[0] === 'kind');
    const branch = issue.errors.find((b) => b.length > 0 && !isKindMismatch(b)) ?? issue.errors.find((b) => b.length > 0);
    if (branch) return deepestIssue(branch[0], path);
  }
  if (issue.code === 'invalid_key' && issue.issues.length > 0) return { path, message: issue.issues[0].message };
  return { path, message: issue.message };
}

/** The refusal of a reserved id or key at `path` (its last step, or the value found there). */
function reservedAt(path: PropertyKey[], raw: unknown): ParseLakarJsonResult {
  let value: unknown = raw;
  for (const p of path) value = typeof value === 'object' && value !== null && hasOwn(value, p as string) ? (value as Record<PropertyKey, unknown>)[p] : undefined;
  const id = typeof value === 'string' ? value : String(path[path.length - 1] ?? '');
  return fail('json.reservedId', { path: formatJsonPath(path), id });
}

function fail(key: string, params: JsonErrorParams = {}): ParseLakarJsonResult {
  return { ok: false, error: { key, params } };
}

/**
 * A file written by a script may list a view's nodes without positions (`"el_1": {}`): such a node
 * is put at (0, 0) here, and the import lays the view out (shared/layout layoutUnusableViews).
 */
function withPlaceholderPositions(views: unknown): unknown {
  if (typeof views !== 'object' || views === null || Array.isArray(views)) return views;
  const out: Record<string, unknown> = {};
  for (const [key, view] of Object.entries(views)) {
    const nodes = (view as { nodes?: unknown } | null)?.nodes;
    if (typeof nodes !== 'object' || nodes === null || Array.isArray(nodes)) {
      out[key] = view;
      continue;
    }
    const fixed: Record<string, unknown> = {};
    for (const [id, n] of Object.entries(nodes)) {
      const isObject = typeof n === 'object' && n !== null && !Array.isArray(n);
      const pos = isObject ? (n as Record<string, unknown>) : {};
      fixed[id] = isObject && pos.x === undefined && pos.y === undefined ? { ...pos, x: 0, y: 0 } : n;
    }
    out[key] = { ...(view as object), nodes: fixed };
  }
  return out;
}

/** Parse `.lakar.json` text into a validated, internally consistent document. */
export function parseLakarJson(text: string, options: { fileName?: string } = {}): ParseLakarJsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    const at = findJsonSyntaxError(source);
    const { line, column } = lineColumn(source, at ?? source.length);
    if (at === null || at >= source.length) return fail('json.unexpectedEnd', { line, column });
    return fail('json.syntax', { line, column, near: source.slice(at, at + 20).split(/\r?\n/)[0] });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== LAKAR_JSON_FORMAT) return fail('json.notLakar');
  const { schemaVersion, meta, elements, relations } = raw as Record<string, unknown>;
  const views = withPlaceholderPositions((raw as Record<string, unknown>).views);
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) return fail('json.tooNew', { version: schemaVersion, supported: SCHEMA_VERSION });
  const input = { schemaVersion, meta, elements, relations, views };
  // refused before validation, which is the costly part on a huge document
  const size = (v: unknown) => (typeof v === 'object' && v !== null ? Object.keys(v).length : 0);
  const over = exceededLimit({ elements: size(elements), relations: size(relations), views: size(views) });
  if (over) return fail(`limit.${over.limit}`, { file: options.fileName ?? '.lakar.json', count: over.count, max: over.max });
  // zod drops a `__proto__` key without a word (an element, its relations left dangling): refuse it first
  const proto = findProtoKey(input);
  if (proto) return fail('json.reservedId', { path: formatJsonPath(proto), id: '__proto__' });
  // a file of an older version is brought up to date (never refused); a missing version is reported by the schema
  const upgraded = upgradeDocument({ schemaVersion, meta, elements, relations, views });
  // documentSchema's result and refusals, item by item rather than through record copies (a third of reading 100,000 elements)
  const parsed = parseDocumentQuickly(upgraded.ok ? upgraded.doc : { schemaVersion, meta, elements, relations, views });
  if (!parsed.success) {
    const first = deepestIssue(parsed.error.issues[0]);
    if (first.message === RESERVED_ID_MESSAGE) return reservedAt(first.path, input);
    return fail('json.invalidField', { path: formatJsonPath(first.path), message: first.message });
  }
  const doc = parsed.data;
  for (const [key, e] of doc.elements.entries()) if (e.id !== key) return fail('json.idMismatch', { path: formatJsonPath(['elements', key, 'id']), id: e.id });
  for (const [key, r] of doc.relations.entries()) {
    if (r.id !== key) return fail('json.idMismatch', { path: formatJsonPath(['relations', key, 'id']), id: r.id });
    for (const end of ['source', 'target'] as const) {
      if (!doc.elements.has(r[end])) return fail('json.danglingRelation', { path: formatJsonPath(['relations', key, end]), id: r[end] });
    }
  }
  for (const [key, v] of Object.entries(doc.views)) {
    if (v.id !== key) return fail('json.idMismatch', { path: formatJsonPath(['views', key, 'id']), id: v.id });
    for (const elementId of Object.keys(v.nodes)) {
      if (!doc.elements.has(elementId)) return fail('json.unknownNode', { path: formatJsonPath(['views', key, 'nodes', elementId]), id: elementId });
    }
  }
  if (Object.keys(doc.views).length === 0) return fail('json.invalidField', { path: 'views', message: 'at least one view' });
  return { ok: true, doc };
}

/** 1-based line and column of character offset `at`. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/**
 * Offset of the first syntax error in `text` (text.length for a premature end), or null when it is
 * valid JSON. Engine error messages differ between Node, Chromium and Firefox and do not always
 * give a position, so we find it ourselves.
 */
export function findJsonSyntaxError(text: string): number | null {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return ((i += k), false);
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return false;
  };
  const key = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  // iterative over containers, so deeply nested input cannot overflow the call stack
  const stack: ('{' | '[')[] = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
        } else {
          stack.push(c);
          if (c === '{' && !key()) return i;
        }
        continue;
      }
      if (!scalar()) return i;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) break;
    if (text[i] === ',') {
      i++;
      if (top === '{' && !key()) return i;
      expectValue = true;
      continue;
    }
    if (text[i] === (top === '{' ? '}' : ']')) {
      stack.pop();
      i++;
      continue;
    }
    return i;
  }
  ws();
  return i < n ? i : null;
}
