/**
 * The model diff: what changed between two documents, matched by id. Pure and generic over fields
 * (see ./structure.ts): every field of every element, relation, view and of the project is
 * compared, including fields added to the schema after this code was written.
 *
 * Stable API (used by File › Compare with…, `lakar diff`, the merge and reviewer mode):
 *   diffDocuments(before, after): DocumentDiff
 *   elementMarks(diff, viewId?): Map<elementId, 'added' | 'removed' | 'changed' | 'moved'>
 *   describeDiff(diff, before, after, lang) in ./describe.ts for the planner's wording.
 */
import { changedLeaves, collectionsOf, deepEqual, entitiesOf, KNOWN_COLLECTIONS, PROJECT_ENTITY, projectEntity } from './structure';

/** One changed field of an entity: its path inside the entity and both values (undefined = absent). */
export interface FieldChange {
  /** e.g. `['method']`, `['properties', 'owner']`, `['nodes', 'el_1']` (a view's node), `['meta', 'title']`. */
  path: string[];
  before: unknown;
  after: unknown;
}

export type EntityChangeType = 'added' | 'removed' | 'changed';

/** One entity that differs between the two documents. */
export interface EntityChange {
  /** `elements`, `relations`, `views`, another id-keyed top-level collection, or `project`. */
  collection: string;
  /** The entity's id (`project` for the project entity). */
  id: string;
  type: EntityChangeType;
  /** The whole entity in the first document (absent when added). */
  before?: unknown;
  /** The whole entity in the second document (absent when removed). */
  after?: unknown;
  /** For `changed`: every changed field, in path order. Empty for added and removed entities. */
  fields: FieldChange[];
}

/** Counts of changed entities per collection. */
export type DiffSummary = Record<string, { added: number; removed: number; changed: number }>;

/** Every difference between two documents. */
export interface DocumentDiff {
  /** Project first, then elements, relations, views and other collections; ids in sorted order within each. */
  changes: EntityChange[];
  summary: DiffSummary;
}

function byPath(a: FieldChange, b: FieldChange): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) if (a.path[i] !== b.path[i]) return a.path[i] < b.path[i] ? -1 : 1;
  return a.path.length - b.path.length;
}

/** The fields that differ between two versions of one entity of `collection`. */
export function diffEntity(collection: string, before: unknown, after: unknown): FieldChange[] {
  return changedLeaves(collection, before, after).sort(byPath);
}

/** The differences from `before` to `after`, by id (a document is any object shaped like LakarDocument). */
export function diffDocuments(before: object, after: object): DocumentDiff {
  const collections = collectionsOf(before, after);
  const changes: EntityChange[] = [];
  const summary: DiffSummary = {};
  const count = (collection: string, type: EntityChangeType) => {
    const row = (summary[collection] ??= { added: 0, removed: 0, changed: 0 });
    row[type]++;
  };

  const pa = projectEntity(before, collections);
  const pb = projectEntity(after, collections);
  if (!deepEqual(pa, pb)) {
    changes.push({ collection: PROJECT_ENTITY, id: PROJECT_ENTITY, type: 'changed', before: pa, after: pb, fields: diffEntity(PROJECT_ENTITY, pa, pb) });
    count(PROJECT_ENTITY, 'changed');
  }

  for (const collection of collections) {
    const a = entitiesOf(before, collection);
    const b = entitiesOf(after, collection);
    // walk both records once, sort only what changed
    const found: EntityChange[] = [];
    for (const id in a) {
      const x = a[id];
      const y = b[id];
      if (x === y) continue;
      if (y === undefined) found.push({ collection, id, type: 'removed', before: x, fields: [] });
      else if (!deepEqual(x, y)) found.push({ collection, id, type: 'changed', before: x, after: y, fields: diffEntity(collection, x, y) });
    }
    for (const id in b) if (a[id] === undefined && b[id] !== undefined) found.push({ collection, id, type: 'added', after: b[id], fields: [] });
    found.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
    for (const c of found) {
      changes.push(c);
      count(collection, c.type);
    }
  }
  return { changes, summary };
}

/** True when the diff found no difference. */
export function isEmptyDiff(diff: DocumentDiff): boolean {
  return diff.changes.length === 0;
}

/** How an element differs, for highlighting it on the canvas. `moved`: only its node on the view changed. */
export type ElementMark = 'added' | 'removed' | 'changed' | 'moved';

/**
 * Each element the diff touches, with how: added, removed, changed (its own fields, or a relation
 * it is an end of), or moved (only its node on `viewId`, or on any view when none is given).
 */
export function elementMarks(diff: DocumentDiff, viewId?: string): Map<string, ElementMark> {
  const marks = new Map<string, ElementMark>();
  const set = (id: string, mark: ElementMark) => {
    const old = marks.get(id);
    if (old === 'added' || old === 'removed') return;
    if (old === 'changed' && mark === 'moved') return;
    marks.set(id, mark);
  };
  for (const c of diff.changes) {
    if (c.collection === 'elements') {
      if (c.type !== 'changed') marks.set(c.id, c.type);
      else set(c.id, 'changed');
    } else if (c.collection === 'relations') {
      // a relation's ends are where a planner looks for it on the canvas
      const r = (c.after ?? c.before) as { source?: string; target?: string };
      for (const end of [r.source, r.target]) if (typeof end === 'string') set(end, 'changed');
    } else if (c.collection === 'views' && c.type === 'changed' && (viewId === undefined || c.id === viewId)) {
      for (const f of c.fields) if (f.path[0] === 'nodes' && f.path.length === 2 && f.before !== undefined && f.after !== undefined) set(f.path[1], 'moved');
    }
  }
  return marks;
}

/** Order in which collections are listed (the known ones, then others by name). */
export const COLLECTION_ORDER: readonly string[] = [PROJECT_ENTITY, ...KNOWN_COLLECTIONS];
