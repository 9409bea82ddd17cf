/**
 * Creating and reading LMV documents. Documents are immutable values: change them only through
 * shared/commands so every change is undoable and journalled.
 */
import { SCHEMA_VERSION, documentSchema, type Element, type ElementKind, type ElementOf, type LakarDocument, type Relation, type View } from './schema';
import { Table } from './table';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A new random id with a readable prefix, e.g. `el_k3j9x0q2m1ab`. */
export function newId(prefix: 'el' | 'rel' | 'view' | 'prj' = 'el'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${out}`;
}

/** An empty project with one view, titled `title`. */
export function createEmptyDocument(title = '', now = new Date().toISOString()): LakarDocument {
  const viewId = 'view_main';
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { title, createdAt: now, updatedAt: now },
    elements: Table.fromRecord({}),
    relations: Table.fromRecord({}),
    views: { [viewId]: { id: viewId, name: 'LMV', order: 0, nodes: {} } },
  };
}

/** Parse unknown input as a document, returning zod's issues on failure. */
export function parseDocument(input: unknown) {
  return documentSchema.safeParse(input);
}

/** Elements of one kind, in insertion order. */
export function elementsOfKind<K extends ElementKind>(doc: LakarDocument, kind: K): ElementOf<K>[] {
  return doc.elements.values().filter((e): e is ElementOf<K> => e.kind === kind);
}

/** Views sorted by their order. */
export function sortedViews(doc: LakarDocument): View[] {
  return Object.values(doc.views).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/** Relations touching an element (as source or target). */
export function relationsOf(doc: LakarDocument, elementId: string): Relation[] {
  return doc.relations.values().filter((r) => r.source === elementId || r.target === elementId);
}

/** Element by id or undefined. */
export function getElement(doc: LakarDocument, id: string): Element | undefined {
  return doc.elements.get(id);
}

/** Number of elements per kind, e.g. for `lakar info`. */
export function countByKind(doc: LakarDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of doc.elements.values()) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  for (const r of doc.relations.values()) counts[`relation:${r.kind}`] = (counts[`relation:${r.kind}`] ?? 0) + 1;
  return counts;
}
