/**
 * Read-only lookups over a document that the exporters need again and again: names by id,
 * relations by endpoint and kind, and derived facts such as a flow's effective classification.
 */
import { CLASSIFICATIONS, type Classification } from '../../model/vocabulary';
import type { DataFlow, Element, ElementKind, ElementOf, LakarDocument, Relation, RelationKind } from '../../model/schema';
import { partTop } from '../../model/part-top';

/** Lookups over one document; build once per export. */
export class ModelIndex {
  private readonly outgoing = new Map<string, Relation[]>();
  private readonly incoming = new Map<string, Relation[]>();
  private readonly byKind = new Map<ElementKind, Element[]>();

  constructor(readonly doc: LakarDocument) {
    for (const e of doc.elements.values()) {
      const list = this.byKind.get(e.kind) ?? [];
      list.push(e);
      this.byKind.set(e.kind, list);
    }
    for (const r of doc.relations.values()) {
      push(this.outgoing, r.source, r);
      push(this.incoming, r.target, r);
    }
  }

  /** Elements of `kind` in document order. */
  of<K extends ElementKind>(kind: K): ElementOf<K>[] {
    return (this.byKind.get(kind) ?? []) as ElementOf<K>[];
  }

  element(id: string): Element | undefined {
    return this.doc.elements.get(id);
  }

  /** Name of element `id`, or the id itself when the element is missing (dangling reference). */
  name(id: string | undefined): string {
    if (!id) return '';
    return this.doc.elements.get(id)?.name ?? id;
  }

  /**
   * A relation named by its ends, "Sistem B – Sistem Pengambilan Pekerja", the same way in every
   * part of the paper: with the en dash, as the paper's standard font has no arrow ("→" would print
   * as "->", winansi.ts). Which end supplies is said by the table's columns, not by the mark.
   */
  ends(r: { source: string; target: string }): string {
    return `${this.name(r.source)} – ${this.name(r.target)}`;
  }

  /** Relations of `kind` leaving `id`. */
  out(id: string, kind?: RelationKind): Relation[] {
    return (this.outgoing.get(id) ?? []).filter((r) => !kind || r.kind === kind);
  }

  /** Relations of `kind` arriving at `id`. */
  in(id: string, kind?: RelationKind): Relation[] {
    return (this.incoming.get(id) ?? []).filter((r) => !kind || r.kind === kind);
  }

  /** Names of the targets of `kind` relations from `id`, joined for a table cell. */
  targets(id: string, kind: RelationKind): string {
    return joinNames(this.out(id, kind).map((r) => this.name(r.target)));
  }

  /** Names of the sources of `kind` relations into `id`. */
  sources(id: string, kind: RelationKind): string {
    return joinNames(this.in(id, kind).map((r) => this.name(r.source)));
  }

  /** All data flows in document order. */
  flows(): DataFlow[] {
    return this.doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow');
  }

  /** A flow's classification: its own, else the most sensitive of the data it carries. */
  flowClassification(flow: DataFlow): Classification | undefined {
    if (flow.classification) return flow.classification;
    let best = -1;
    for (const id of flow.dataEntityIds ?? []) {
      const e = this.doc.elements.get(id);
      if (e?.kind === 'dataEntity' && e.classification) best = Math.max(best, CLASSIFICATIONS.indexOf(e.classification));
    }
    return best >= 0 ? CLASSIFICATIONS[best] : undefined;
  }

  /** Agency owning an element, for any kind that records one. */
  agencyOf(id: string): string | undefined {
    // a module's or application service's is that of what heads its tree; parents in a cycle (a
    // hand-edited file) or a missing parent lead to none (a recursion overflowed the stack on a cycle)
    const e = partTop(this.doc.elements, id);
    if (!e) return undefined;
    if (e.kind === 'application' || e.kind === 'externalSystem' || e.kind === 'service') return e.agency;
    if (e.kind === 'dataEntity') return e.ownerAgency;
    return undefined;
  }

  /**
   * The agency a service belongs to (Jadual 3-1 label 3): its own, else the agencies of the
   * applications supporting its processes (label 4–5), else the project's owner. A service drawn
   * without an agency printed an empty "Agensi" cell though the model says whose it is.
   */
  serviceAgency(service: ElementOf<'service'>): string {
    if (service.agency?.trim()) return service.agency.trim();
    const agencies = new Set<string>();
    for (const realizes of this.out(service.id, 'realizes')) {
      for (const supports of this.in(realizes.target, 'supports')) {
        const agency = this.agencyOf(supports.source)?.trim();
        if (agency) agencies.add(agency);
      }
    }
    if (agencies.size) return joinNames([...agencies]);
    return this.doc.meta.pemilikProjek?.trim() ?? '';
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distinct non-empty names joined with commas. */
export function joinNames(names: (string | undefined)[]): string {
  return [...new Set(names.filter((n): n is string => !!n && n.trim() !== ''))].join(', ');
}
