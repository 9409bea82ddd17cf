/**
 * The diff in a planner's words, in Bahasa Melayu or English: "Aliran data Sistem B → Sistem
 * Pengambilan Pekerja: Kaedah integrasi SFTP → MyGDX". Used by File › Compare with…, `lakar diff`,
 * the merge's conflict screen and reviewer mode.
 */
import { elementKindLabel, endsName, label, type Lang } from '../i18n';
import type { DocumentDiff, EntityChange, FieldChange } from './diff';
import { DIFF_WORDS, fieldLabel, REFERENCE_FIELDS, valueGroup } from './labels';
import { Table } from '../model/table';
import { isPlainObject } from './structure';

/** Where names come from: the documents on both sides (the later one wins). */
export interface DescribeContext {
  lang: Lang;
  before: object;
  after: object;
  /** Print values whole (long texts, every list item) instead of shortened: for listings a text diff reads. */
  full?: boolean;
}

/** One change in words. */
export interface DescribedChange {
  change: EntityChange;
  /** What changed, e.g. `Aliran data Sistem B → Sistem Pengambilan Pekerja`, `Aplikasi "Sistem X"`. */
  subject: string;
  /** Ditambah / Dipadam / Diubah. */
  verb: string;
  /** One line per changed field, e.g. `Kaedah integrasi: SFTP → MyGDX` (empty for added/removed). */
  details: string[];
  /** The whole change on one line. */
  text: string;
}

const MAX_TEXT = 80;
const MAX_ITEMS = 3;

type Named = { id?: string; name?: string; kind?: string; source?: string; target?: string; internal?: boolean };

function entity(doc: object, collection: string, id: string): Named | undefined {
  const c = (doc as Record<string, unknown>)[collection];
  // a document's tables (elements, relations) or a plain record (other collections, documents as data)
  const e = c instanceof Table ? c.get(id) : isPlainObject(c) ? c[id] : undefined;
  return isPlainObject(e) ? (e as Named) : undefined;
}

/** The name of element `id` in either document, or its id when neither has it. */
export function elementName(ctx: DescribeContext, id: string): string {
  return entity(ctx.after, 'elements', id)?.name ?? entity(ctx.before, 'elements', id)?.name ?? id;
}

function clip(text: string, full = false): string {
  if (full) return text.includes('\n') ? text.replace(/\r?\n/g, '⏎') : text;
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}

/** A value as a planner reads it: labels for closed lists, names for element ids, short lists. */
export function formatValue(ctx: DescribeContext, collection: string, kind: string | undefined, path: readonly string[], value: unknown): string {
  const w = DIFF_WORDS[ctx.lang];
  if (value === undefined || value === null) return w.none;
  const field = path[path.length - 1];
  if (collection === 'views' && path[0] === 'nodes' && path.length === 2 && isPlainObject(value)) {
    const { x, y } = value as { x?: number; y?: number };
    return `(${Math.round(x ?? 0)}, ${Math.round(y ?? 0)})`;
  }
  if (collection !== 'project' && path.length === 1 && REFERENCE_FIELDS.has(field)) {
    if (typeof value === 'string') return elementName(ctx, value);
    if (Array.isArray(value)) return list(value.map((v) => (typeof v === 'string' ? elementName(ctx, v) : String(v))), ctx.full);
  }
  if (typeof value === 'boolean') return value ? w.yes : w.no;
  if (typeof value === 'number') return field === 'speedMbps' ? `${value} Mbps` : String(value);
  if (typeof value === 'string') {
    const group = valueGroup(collection, kind, path);
    return clip(group ? label(ctx.lang, group, value) : value, ctx.full);
  }
  if (Array.isArray(value)) return list(value.map(rowText), ctx.full);
  return clip(rowText(value), ctx.full);
}

function rowText(item: unknown): string {
  if (isPlainObject(item)) {
    return Object.values(item)
      .filter((v) => v !== undefined && v !== '')
      .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
      .join(' · ');
  }
  return String(item);
}

function list(items: string[], full = false): string {
  if (items.length === 0) return '[]';
  if (full) return items.map((i) => clip(i, true)).join('; ');
  const shown = items.slice(0, MAX_ITEMS).map((i) => clip(i)).join('; ');
  return items.length > MAX_ITEMS ? `${shown}; … (+${items.length - MAX_ITEMS})` : shown;
}

/** What a change is about, e.g. `Aplikasi "Sistem X"`, `Aliran data A – B`, `Paparan "LMV"`. */
export function subjectOf(ctx: DescribeContext, collection: string, id: string): string {
  const w = DIFF_WORDS[ctx.lang];
  const e = entity(ctx.after, collection, id) ?? entity(ctx.before, collection, id);
  if (collection === 'project') return w.project;
  if (collection === 'elements') return e?.kind ? `${elementKindLabel(ctx.lang, { kind: e.kind, internal: e.internal })} "${e.name ?? id}"` : id;
  if (collection === 'relations') {
    if (!e) return id;
    const ends = endsName(elementName(ctx, String(e.source)), elementName(ctx, String(e.target)));
    if (e.kind === 'dataFlow') return `${w.flow} ${ends}`;
    return `${elementName(ctx, String(e.source))} ${label(ctx.lang, 'relation', String(e.kind))} ${elementName(ctx, String(e.target))}`;
  }
  if (collection === 'views') return `${w.view} "${e?.name ?? id}"`;
  return `${collection} ${e?.name ?? id}`;
}

/** The kind of the entity a change is about (for value labels), from either side. */
function kindOf(change: EntityChange): string | undefined {
  const e = (change.after ?? change.before) as Named | undefined;
  return typeof e?.kind === 'string' ? e.kind : undefined;
}

/** One changed field as a label and a value change, e.g. `Kaedah integrasi` and `SFTP → MyGDX`. */
function fieldParts(ctx: DescribeContext, collection: string, kind: string | undefined, field: FieldChange): { what: string; how: string } {
  const w = DIFF_WORDS[ctx.lang];
  const from = formatValue(ctx, collection, kind, field.path, field.before);
  const to = formatValue(ctx, collection, kind, field.path, field.after);
  if (collection === 'views' && field.path[0] === 'nodes' && field.path.length === 2) {
    const what = elementName(ctx, field.path[1]);
    if (field.before === undefined) return { what, how: `${w.placed} ${to}` };
    if (field.after === undefined) return { what, how: w.unplacedNode };
    return { what, how: `${w.moved} ${from} → ${to}` };
  }
  return { what: fieldLabel(collection, field.path, ctx.lang), how: `${from} → ${to}` };
}

/** One changed field in words, e.g. `Kaedah integrasi: SFTP → MyGDX` or `Sistem B: dialih (1, 2) → (3, 4)`. */
export function describeField(ctx: DescribeContext, collection: string, kind: string | undefined, field: FieldChange): string {
  const { what, how } = fieldParts(ctx, collection, kind, field);
  return `${what}: ${how}`;
}

/** One entity change in words. */
export function describeChange(ctx: DescribeContext, change: EntityChange): DescribedChange {
  const w = DIFF_WORDS[ctx.lang];
  const subject = subjectOf(ctx, change.collection, change.id);
  const verb = w[change.type];
  const kind = kindOf(change);
  const parts = change.fields.map((f) => fieldParts(ctx, change.collection, kind, f));
  const details = parts.map((p) => `${p.what}: ${p.how}`);
  const text = change.type === 'changed' ? `${subject}: ${parts.map((p) => `${p.what} ${p.how}`).join('; ')}` : `${verb}: ${subject}`;
  return { change, subject, verb, details, text };
}

/** Every change of `diff` in words, in the diff's order. */
export function describeDiff(diff: DocumentDiff, before: object, after: object, lang: Lang): DescribedChange[] {
  const ctx: DescribeContext = { lang, before, after };
  return diff.changes.map((c) => describeChange(ctx, c));
}
