/**
 * The graph's passes over the ends of data flows and other relations that meet each end once
 * (`EndMarks`, carriers.ts): kept apart from graph.ts, which holds the indexes they read. While the
 * graph is fresh an end is known by its slot and passed over without being read.
 */
import type { ElementKind, LakarDocument, Relation, RelationKind } from '../model/schema';
import { CLASSIFICATIONS } from '../model/vocabulary';
import type { Carriers, EndMarks, EndVisitor } from './carriers';
import type { FreshPasses } from './fresh-passes';
import type { IncidentIndex } from './incident';
import { forEachOtherSlotAt, IN, relationsAt, type SpanAt } from './incident-queries';
import type { KindIndex } from './kind-index';

/** The flow-end passes of ModelGraph (graph.ts), over the indexes it keeps. */
export abstract class FlowEndQueries {
  abstract doc: LakarDocument;
  protected abstract readonly relationsByKind: Map<RelationKind, KindIndex<Relation>>;
  protected abstract readonly incident: IncidentIndex;
  protected abstract readonly carriers: Carriers;
  protected abstract readonly pass: FreshPasses;
  /** Where the relations of element `id` are (graph.ts). */
  protected abstract at(id: string): SpanAt;
  abstract forEachRelationOf(kind: RelationKind, fn: (r: Relation, id: string) => void): void;

  /** Marks for `forEachNewFlowEnd` and `forEachNewEndOf`, one set per pass; with `kinds`, those only call back about ends of those kinds. */
  newEndMarks(kinds?: readonly ElementKind[]): EndMarks {
    return this.carriers.newMarks(kinds);
  }

  /**
   * `forEachNewFlowEnd` for the ends of relation `r` of the current document, source then target:
   * call `fn(e)` for each that `marks` has not met (and of its kinds), marking it. While fresh, the
   * ends of the relation `forEachRelationOf` is calling back about are known by slot: an end met
   * before, or of another kind, is passed over without reading it (infra.classifiedControlsPartial
   * meets the ends of ~20,000 classified flows of the varied 100,000-element model, most of them
   * platforms and external systems, or met already).
   */
  forEachNewEndOf(r: Relation, marks: EndMarks, fn: EndVisitor) {
    this.visitEnd(r, 0, marks, fn);
    this.visitEnd(r, 1, marks, fn);
  }

  /**
   * `forEachNewEndOf` for each data flow whose own classification ranks `rank` or above (`rankOf`), in
   * the kind's order; while fresh without reading the flows (fresh-passes.ts).
   */
  forEachNewEndOfFlowsRanked(rank: number, marks: EndMarks, fn: EndVisitor) {
    const flows = this.relationsByKind.get('dataFlow');
    if (marks.slots && this.pass.forEachEndSlotOfFlowsRanked(flows, rank, (slot) => this.carriers.visitSlot(slot, marks, fn))) return;
    this.forEachRelationOf('dataFlow', (f) => {
      if (f.kind === 'dataFlow' && CLASSIFICATIONS.indexOf(f.classification!) >= rank) this.forEachNewEndOf(f, marks, fn);
    });
  }

  /**
   * `forEachNewEndOf` for the source of each relation of `kind` arriving at `id`, in its list's order.
   * While fresh the sources' slots are beside the incident table: no relation list is made and no
   * source id is looked up (infra.classifiedControlsPartial asks about the ~5,800 accesses of
   * classified data on the varied 100,000-element model).
   */
  forEachNewSourceAt(id: string, kind: RelationKind, marks: EndMarks, fn: EndVisitor) {
    const at = this.at(id);
    if (marks.slots && forEachOtherSlotAt(at, kind, IN, (slot) => this.carriers.visitSlot(slot, marks, fn))) return;
    for (const r of relationsAt(at, kind, IN)) this.visitEnd(r, 0, marks, fn);
  }

  /** `forEachNewEndOf` for end `end` of `r`, 0 its source and 1 its target. */
  private visitEnd(r: Relation, end: 0 | 1, marks: EndMarks, fn: EndVisitor) {
    const id = end === 0 ? r.source : r.target;
    if (!marks.slots) return this.carriers.visitElement(this.doc.elements.get(id), marks, fn);
    // marks by slot are made only while fresh, when every end of the indexed document's relations has a slot
    const known = this.pass.cursorSlot(r, end);
    this.carriers.visitSlot(known >= 0 ? known : (this.incident.slotAtBuild(id) ?? -1), marks, fn);
  }

  /**
   * Call `fn(e)` for each element at an end of a data flow carrying data entity `id` (source then
   * target, flow by flow) that `marks` (`newEndMarks`) has not met, marking it: a pass over the flows
   * of many data entities meets each end once, and over the document indexed at first an end met
   * before is passed over without reading it (carriers.ts).
   */
  forEachNewFlowEnd(id: string, marks: EndMarks, fn: EndVisitor) {
    this.carriers.forEachNewEnd(id, marks, fn, this.doc.elements);
  }
}
