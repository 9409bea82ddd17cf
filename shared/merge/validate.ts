/**
 * The model's integrity rules, as one check a merged (or any) document must pass: the zod schema
 * with nothing dropped, ids matching their keys, no dangling relation, relation kinds allowed
 * between their ends' kinds (kinds.ts), flows carrying only data entities, a module's parent
 * existing, every view node naming an element and lying in its element's band, at least one view.
 */
import { bandLayout, NODE_HEIGHT } from '../model/bands';
import { bandOf, relationAllowed } from '../model/kinds';
import { documentSchema, elementSchema, projectMetaSchema, relationSchema, viewSchema, type ElementKind, type LakarDocument, type View } from '../model/schema';
import { deepEqual } from '../diff/structure';

/** One broken rule, at a JSON-ish path (`relations/rel_1`). */
export interface IntegrityProblem {
  where: string;
  problem: string;
}

/** Whether a node at `y` with height `h` lies inside `band`'s strip of `view`. */
export function nodeInBand(view: Pick<View, 'bandHeights'>, kind: ElementKind, y: number, h = NODE_HEIGHT): boolean {
  return nodeInRows(bandLayout(view), kind, y, h);
}

/** nodeInBand with the view's band layout computed once by the caller. */
export function nodeInRows(rows: ReturnType<typeof bandLayout>, kind: ElementKind, y: number, h = NODE_HEIGHT): boolean {
  const row = rows.find((r) => r.band === bandOf(kind))!;
  // a node taller than its band cannot fit: it counts as inside when it starts in the band
  if (h > row.height) return y >= row.top && y < row.top + row.height;
  return y >= row.top && y + h <= row.top + row.height;
}

/** Why `value` is not a valid entity of `collection` (null when it is): the schema refuses it, or drops part of it. */
export function schemaProblem(collection: string, value: unknown): string | null {
  const schema = collection === 'elements' ? elementSchema : collection === 'relations' ? relationSchema : collection === 'views' ? viewSchema : collection === 'meta' ? projectMetaSchema : null;
  if (!schema) return null;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return `schema: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`;
  // zod strips members a kind does not have (a `method` left on a relation that is no longer a flow);
  // elsewhere an unknown member is a field of a newer Lakar, kept as it is
  if ((collection === 'elements' || collection === 'relations') && !deepEqual(parsed.data, value)) return 'schema: fields that do not belong to this kind';
  return null;
}

/** Why relation `r` does not fit the elements it joins (null when it does); `kindOf` gives an element's kind. */
export function relationProblem(r: { kind: string; source: string; target: string; dataEntityIds?: string[] }, kindOf: (id: string) => ElementKind | undefined): string | null {
  const s = kindOf(r.source);
  const t = kindOf(r.target);
  if (!s || !t) return 'danglingEnd';
  if (!relationAllowed(r.kind as never, s, t)) return 'relationNotAllowed';
  for (const d of r.dataEntityIds ?? []) if (kindOf(d) !== 'dataEntity') return 'dataEntityMissing';
  return null;
}

/** Every integrity problem of `doc` (empty when it is a valid model). */
export function validateDocument(doc: LakarDocument): IntegrityProblem[] {
  const out: IntegrityProblem[] = [];
  const whole = documentSchema.safeParse(doc);
  if (!whole.success) {
    const i = whole.error.issues[0];
    out.push({ where: i.path.join('/'), problem: `schema: ${i.message}` });
    return out;
  }
  const kindOf = (id: string) => doc.elements.get(id)?.kind;
  for (const [key, e] of doc.elements.entries()) {
    if (e.id !== key) out.push({ where: `elements/${key}`, problem: 'idMismatch' });
    const p = schemaProblem('elements', e);
    if (p) out.push({ where: `elements/${key}`, problem: p });
    if ((e.kind === 'module' || e.kind === 'appService') && e.parentId !== undefined && !doc.elements.get(e.parentId)) out.push({ where: `elements/${key}/parentId`, problem: 'parentMissing' });
  }
  for (const [key, r] of doc.relations.entries()) {
    if (r.id !== key) out.push({ where: `relations/${key}`, problem: 'idMismatch' });
    const p = schemaProblem('relations', r) ?? relationProblem(r as never, kindOf);
    if (p) out.push({ where: `relations/${key}`, problem: p });
  }
  if (Object.keys(doc.views).length === 0) out.push({ where: 'views', problem: 'noView' });
  for (const [key, v] of Object.entries(doc.views)) {
    if (v.id !== key) out.push({ where: `views/${key}`, problem: 'idMismatch' });
    const rows = bandLayout(v);
    for (const [id, node] of Object.entries(v.nodes)) {
      const kind = kindOf(id);
      if (!kind) out.push({ where: `views/${key}/nodes/${id}`, problem: 'unknownNode' });
      else if (!nodeInRows(rows, kind, node.y, node.h)) out.push({ where: `views/${key}/nodes/${id}`, problem: 'outsideBand' });
    }
  }
  return out;
}
