/**
 * Reading and writing review files. A review file is JSON: `{ format: "lakar-ulasan", formatVersion,
 * review, checksum }`, the checksum being SHA-256 over the canonical JSON of the other three fields.
 * Reading never throws: a foreign file, a file from a newer Lakar, a damaged or hand-edited file
 * (checksum mismatch) and a review of another proposal are refused with an error key and parameters,
 * and nothing is changed. The checksum catches edits made outside Lakar and damage in transit; it is
 * not a signature (anyone with Lakar could write a consistent file), which is said in README.
 */
import type { LakarDocument } from '../model/schema';
import { formatJsonPath } from '../interchange/json';
import { upgradeDocument } from '../model/upgrade';
import { findProtoKey, hasOwn, RESERVED_ID_MESSAGE } from '../model/ids';
import { exceededLimit } from '../model/limits';
import { canonicalJson, sha256Text } from './hash';
import { latestReviewVersion, migrateReviewJson, REVIEW_MIGRATIONS, type ReviewMigration } from './migrations';
import { REVIEW_FORMAT, REVIEW_FORMAT_VERSION, reviewSchema, type Review } from './schema';

export interface ReviewError {
  key: string;
  params: Record<string, string | number>;
}

export type ParseReviewResult = { ok: true; review: Review; migratedFrom?: number } | { ok: false; error: ReviewError };

/** Largest review file read (characters): a 3,000-element snapshot with thousands of comments is a few MB. */
export const MAX_REVIEW_CHARS = 100 * 1024 * 1024;

/** Deepest nesting a review file may have: the review itself needs about ten levels (a snapshot's cost lines). */
export const MAX_REVIEW_DEPTH = 64;

/** Path to the first value nested deeper than `max` levels, or null. Iterative, so no input can overflow the stack. */
function tooDeep(value: unknown, max: number): PropertyKey[] | null {
  const work: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (work.length > 0) {
    const { value: v, path } = work.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= max) return path;
    for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v)) if (typeof child === 'object' && child !== null) work.push({ value: child, path: [...path, k] });
  }
  return null;
}

function checksumOf(format: unknown, formatVersion: unknown, review: unknown): string {
  return sha256Text(canonicalJson({ format, formatVersion, review }));
}

/** The string at `path` inside `value` (own members only), or the path's last key. */
function valueAt(value: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = value;
  for (const p of path) v = typeof v === 'object' && v !== null && hasOwn(v, String(p)) ? (v as Record<string, unknown>)[String(p)] : undefined;
  return typeof v === 'string' ? v : String(path[path.length - 1] ?? '');
}

/** `review` as the text of a review file (pretty JSON, checksum last). */
export function serializeReview(review: Review): string {
  const body = { format: REVIEW_FORMAT, formatVersion: REVIEW_FORMAT_VERSION, review };
  return `${JSON.stringify({ ...body, checksum: checksumOf(body.format, body.formatVersion, review) }, null, 2)}\n`;
}

function fail(key: string, params: Record<string, string | number> = {}): ParseReviewResult {
  return { ok: false, error: { key, params } };
}

/** Parse the text of a review file: format, version (older ones migrated), checksum, then every field. */
export function parseReviewFile(text: string, options: { migrations?: readonly ReviewMigration[] } = {}): ParseReviewResult {
  const migrations = options.migrations ?? REVIEW_MIGRATIONS;
  if (text.length > MAX_REVIEW_CHARS) return fail('review.tooLarge', { maxMb: Math.floor(MAX_REVIEW_CHARS / 1024 / 1024) });
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch {
    return fail('review.foreign');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== REVIEW_FORMAT) return fail('review.foreign');
  // a `__proto__` member would be dropped by the checksum's key sorting and by zod without a word
  // (a snapshot's element gone, its relations dangling): refused before anything reads the file
  // the checksum, migrations and validation all recurse: refuse absurd nesting before any of them
  const deep = tooDeep(raw, MAX_REVIEW_DEPTH);
  if (deep) return fail('review.tooDeep', { path: formatJsonPath(deep.slice(0, 8)), max: MAX_REVIEW_DEPTH });
  // a snapshot beyond the documented limits is refused before the checksum and validation, its costly part
  const snapshot = (raw as { review?: { proposal?: { snapshot?: Record<string, unknown> } } }).review?.proposal?.snapshot;
  const size = (v: unknown) => (typeof v === 'object' && v !== null ? Object.keys(v).length : 0);
  const over = snapshot && typeof snapshot === 'object' ? exceededLimit({ elements: size(snapshot.elements), relations: size(snapshot.relations), views: size(snapshot.views) }) : null;
  if (over) return fail(`limit.${over.limit}`, { file: '.ulasan', count: over.count, max: over.max });
  const proto = findProtoKey(raw);
  if (proto) return fail('review.reservedId', { path: formatJsonPath(proto), id: '__proto__' });
  const { format, formatVersion, review, checksum } = raw as Record<string, unknown>;
  const supported = latestReviewVersion(migrations);
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return fail('review.invalid', { path: 'formatVersion', message: String(formatVersion) });
  if (formatVersion > supported) return fail('review.tooNew', { version: formatVersion, supported });
  if (typeof checksum !== 'string' || checksum !== checksumOf(format, formatVersion, review)) return fail('review.tampered');
  let current = { format, formatVersion, review } as Record<string, unknown>;
  let migratedFrom: number | undefined;
  if (formatVersion < supported) {
    try {
      current = migrateReviewJson(current, formatVersion, migrations).raw;
      migratedFrom = formatVersion;
    } catch (e) {
      return fail('review.migrationFailed', { from: formatVersion, to: supported, message: e instanceof Error ? e.message : String(e) });
    }
  }
  const upgraded = upgradeSnapshot(current.review);
  if (!upgraded.ok) return fail('review.invalid', { path: 'review.proposal.snapshot.schemaVersion', message: String(upgraded.version ?? upgraded.reason) });
  const parsed = reviewSchema.safeParse(upgraded.review);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.message === RESERVED_ID_MESSAGE) return fail('review.reservedId', { path: formatJsonPath(['review', ...issue.path]), id: valueAt(upgraded.review, issue.path) });
    return fail('review.invalid', { path: formatJsonPath(['review', ...issue.path]), message: issue.message });
  }
  const duplicate = duplicateId(parsed.data);
  if (duplicate) return fail('review.invalid', { path: duplicate, message: 'duplicate id' });
  return migratedFrom === undefined ? { ok: true, review: parsed.data } : { ok: true, review: parsed.data, migratedFrom };
}

/**
 * The reviewed model's snapshot carries its own document schema version: a review made with an older
 * Lakar holds an older document, brought up like any stored document (the review format's own
 * versions are REVIEW_MIGRATIONS). The checksum was taken over the file as written, before this.
 */
function upgradeSnapshot(review: unknown): { ok: true; review: unknown } | { ok: false; reason: string; version?: number } {
  const proposal = (review as { proposal?: { snapshot?: unknown } } | null)?.proposal;
  const snapshot = proposal?.snapshot;
  if (typeof snapshot !== 'object' || snapshot === null || Array.isArray(snapshot)) return { ok: true, review };
  const up = upgradeDocument(snapshot as Record<string, unknown>);
  if (!up.ok) return up.reason === 'tooNew' ? up : { ok: true, review };
  if (up.doc === snapshot) return { ok: true, review };
  return { ok: true, review: { ...(review as object), proposal: { ...proposal, snapshot: up.doc } } };
}

/** JSON path of the first comment or reply whose id repeats an earlier one, or null. */
function duplicateId(review: Review): string | null {
  const seen = new Set<string>();
  for (const [i, c] of review.comments.entries()) {
    if (seen.has(c.id)) return formatJsonPath(['review', 'comments', i, 'id']);
    seen.add(c.id);
    for (const [j, r] of c.replies.entries()) {
      if (seen.has(r.id)) return formatJsonPath(['review', 'comments', i, 'replies', j, 'id']);
      seen.add(r.id);
    }
  }
  return null;
}

/** Share of the reviewed model's elements that must still be in a project for the review to be its own. */
export const SAME_PROPOSAL_SHARE = 0.5;

/**
 * Whether `review` is a review of the proposal `doc`: the same `.lakar` file (its file id), or a
 * model that still holds at least half of the reviewed model's elements (element ids are random,
 * so another project shares none; an agency's revisions keep most of them). A review of a model
 * without elements matches on the title. Returns null when it belongs, else the error to show.
 */
export function reviewMismatch(review: Review, doc: LakarDocument, fileId?: string): ReviewError | null {
  if (fileId && review.proposal.fileId === fileId) return null;
  const reviewed = review.proposal.snapshot.elements.ids();
  if (reviewed.length === 0) {
    if (review.proposal.snapshot.meta.title.trim() === doc.meta.title.trim()) return null;
  } else {
    let kept = 0;
    for (const id of reviewed) if (doc.elements.get(id)) kept++;
    if (kept / reviewed.length >= SAME_PROPOSAL_SHARE) return null;
  }
  return { key: 'review.otherProject', params: { reviewed: review.proposal.title || '—', project: doc.meta.title || '—' } };
}
