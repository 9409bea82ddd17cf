/**
 * The graph's kept subsets (`filtered`, read by global rules such as channel.portalRai) list what
 * filtering the kind afresh lists, in the same order, after every edit the graph follows.
 */
import { describe, expect, it } from 'vitest';
import type { Application, Channel, Element, ElementKind, LakarDocument, TargetGroup } from '../model/schema';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editScript } from '../../test/helpers/edit-script';
import { diffDocuments } from './changes';
import { ModelGraph } from './graph';
import { Table } from '../model';
import { executeCommand } from '../commands';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';

const isOpen = (c: Channel) => c.channelType === 'socialMedia' || c.channelType === 'email';
const isG2c = (t: TargetGroup) => t.lifecycle === 'G2C';
const firstWord = (a: Application) => a.name.split(' ')[0] || undefined;

/** Take `graph` (indexing `start`) through `count` edits of the seeded edit script, calling `after` with each new document. */
function followEdits(graph: ModelGraph, start: LakarDocument, seed: number, count: number, after: (doc: LakarDocument, what: string) => void) {
  let doc = start;
  for (const step of editScript(doc, seed, count)) {
    const { elements, relations } = diffDocuments(doc, step.doc);
    graph.update(step.doc, elements, relations);
    doc = step.doc;
    after(doc, step.what);
  }
}

/** Groups of two or more by `keyOf`, in the order of their first member: grouping the kind in order, the plain way. */
function groupedInOrder(graph: ModelGraph): string[][] {
  const byKey = new Map<string, string[]>();
  for (const a of graph.elementsOf('application')) {
    const key = firstWord(a);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), a.id]);
  }
  return [...byKey.values()].filter((ids) => ids.length > 1);
}

describe('ModelGraph.groupsOf', () => {
  it('follows edits as grouping the kind afresh would, groups and members in document order', () => {
    const doc: LakarDocument = makeVariedDocument(1200, 21);
    const graph = new ModelGraph(doc);
    graph.groupsOf('application', firstWord);
    followEdits(graph, doc, 21, 50, (doc, what) => {
      const groups = graph.groupsOf('application', firstWord);
      expect(groups.map((g) => g.map((a) => a.id)), what).toEqual(groupedInOrder(graph));
      for (const g of groups) for (const a of g) expect(a, what).toBe(doc.elements.get(a.id));
    });
  });
});

describe('ModelGraph.filtered', () => {
  it('follows edits as filtering the kind afresh would, in document order', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 14);
    const graph = new ModelGraph(doc);
    graph.filtered('channel', isOpen);
    graph.filtered('targetGroup', isG2c);
    let changedSubsets = 0;
    for (const step of editScript(doc, 14, 100)) {
      const { elements, relations } = diffDocuments(doc, step.doc);
      const before = [...graph.filtered('channel', isOpen).keys(), ...graph.filtered('targetGroup', isG2c).keys()].join();
      graph.update(step.doc, elements, relations);
      doc = step.doc;
      const channels = [...graph.filtered('channel', isOpen).values()];
      const groups = [...graph.filtered('targetGroup', isG2c).values()];
      expect(channels, step.what).toEqual([...graph.elementsOf('channel')].filter(isOpen));
      expect(groups, step.what).toEqual([...graph.elementsOf('targetGroup')].filter(isG2c));
      // and as a graph built from the edited document lists them
      const fresh = new ModelGraph(doc);
      expect(channels.map((c) => c.id).sort(), step.what).toEqual([...fresh.filtered('channel', isOpen).keys()].sort());
      if ([...channels.map((c) => c.id), ...groups.map((g) => g.id)].join() !== before) changedSubsets++;
    }
    expect(changedSubsets).toBeGreaterThan(3);
  });
});

describe('ModelGraph kinds after edits', () => {
  /** A kind listed the plain way: a map by id that replaces in place, deletes, and adds last. */
  function mirrorOf(doc: LakarDocument, kind: string): Map<string, unknown> {
    const m = new Map<string, unknown>();
    for (const id of doc.elements.ids()) if (doc.elements.get(id)!.kind === kind) m.set(id, doc.elements.get(id));
    return m;
  }

  /** `doc` with `elements` replaced (or added), and `removed` gone; the changed ids as the checker would hand them. */
  function edited(doc: LakarDocument, elements: Element[], removed: string[]) {
    let table = doc.elements;
    for (const e of elements) table = table.set(e.id, e);
    for (const id of removed) table = table.delete(id);
    return { next: { ...doc, elements: table }, changed: [...elements.map((e) => e.id), ...removed] };
  }

  it('keeps each kind in order through single and bulk edits: replaced in place, new last, deleted gone', () => {
    // large enough that the bulk edit's scans for places run past what making a map of them costs
    let doc: LakarDocument = makeVariedDocument(5000, 7);
    const graph = new ModelGraph(doc);
    const kind = 'application';
    const mirror = mirrorOf(doc, kind);
    const expectSame = (what: string) => {
      expect([...graph.idsOf(kind)], what).toEqual([...mirror.keys()]);
      expect([...graph.elementsOf(kind)], what).toEqual([...mirror.values()]);
      const listed: string[] = [];
      graph.forEachOf(kind, (e, id) => listed.push(id) && expect(e, what).toBe(doc.elements.get(id)));
      expect(listed, what).toEqual([...mirror.keys()]);
      expect(graph.countOf(kind), what).toBe(mirror.size);
    };
    const apply = (what: string, elements: Element[], removed: string[]) => {
      const { next, changed } = edited(doc, elements, removed);
      for (const id of removed) mirror.delete(id);
      for (const e of elements) mirror.set(e.id, e);
      graph.update(next, changed, []);
      doc = next;
      expectSame(what);
    };
    const ids = [...mirror.keys()];
    expect(ids.length).toBeGreaterThan(100);
    const rename = (id: string, name: string) => ({ ...doc.elements.get(id), name }) as Application;

    apply('one rename', [rename(ids[3], 'renamed once')], []);
    const removed = doc.elements.get(ids[5]);
    apply('one removal', [], [ids[5]]);
    apply('the removed element back: last', [{ ...removed! }], []);
    // a bulk edit: most of the kind gone at once (holes, then the list closed up), some renamed, some new
    const gone = ids.filter((_, i) => i % 4 !== 0 && i !== 3 && i !== 5);
    const kept = ids.filter((id) => !gone.includes(id));
    const added = kept.slice(0, 20).map((id, i) => ({ ...doc.elements.get(id), id: `new_${i}`, name: `new ${i}` }) as Application);
    apply('a bulk edit', [...kept.map((id) => rename(id, `bulk ${id}`)), ...added], gone);
    apply('a rename after the bulk edit', [rename(kept[1], 'after bulk')], []);
    apply('a removal after the bulk edit', [], [kept[2]]);
    // order by place still sorts groups as the kind lists them
    const byName = (a: Application) => a.name.split(' ')[0] || undefined;
    for (const group of graph.groupsOf(kind, byName)) {
      const order = [...mirror.keys()];
      expect(group.map((a) => order.indexOf(a.id))).toEqual(group.map((a) => order.indexOf(a.id)).sort((a, b) => a - b));
    }
  });
});

/** What the graph says about element `id`'s relations, asked by id. */
function relationFacts(graph: ModelGraph, id: string): unknown[] {
  return [graph.relationCountAt(id), graph.hasOutgoing(id, 'supports'), graph.hasIncoming(id, 'accesses'), graph.outgoing(id, 'hostedOn').map((r) => r.id), graph.sources(id, 'connects').map((e) => e.id)];
}

describe('ModelGraph anchors and roots', () => {
  it('answers about the element or relation a pass is at as about any other, fresh and after edits', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 7);
    const graph = new ModelGraph(doc);
    const check = (what: string) => {
      const kinds = new Set([...doc.elements.values()].map((e) => e.kind));
      const seen: string[] = [];
      const afresh = new ModelGraph(doc);
      for (const kind of kinds)
        graph.forEachOf(kind, (e, id) => {
          seen.push(id);
          expect(relationFacts(graph, id), what).toEqual(relationFacts(afresh, id));
        });
      expect(seen.length, what).toBe(doc.elements.size);
      let suspects = 0;
      let known = 0;
      for (const kind of new Set([...doc.relations.values()].map((r) => r.kind)))
        graph.forEachRelationOf(kind, (r) => {
          // after an edit the graph no longer knows (false): rules then look at the ends themselves
          expect(graph.endsAllowed(r), `${what} ${r.id}`).toBe(what === 'fresh' && afresh.endsAllowed(r));
          const here = graph.endsAllowedHere();
          if (here !== -1) {
            known++;
            expect(here === 1, `${what} ${r.id}`).toBe(afresh.endsAllowed(r));
          }
          if (!afresh.endsAllowed(r)) suspects++;
        });
      if (what === 'fresh') expect([suspects > 0, known > 0]).toEqual([true, true]);
      else expect(known, what).toBe(0);
    };
    check('fresh');
    followEdits(graph, doc, 7, 6, (next, what) => {
      doc = next;
      check(what);
    });
  });

  it('meets the ends of the flows carrying data once each, in order, fresh and after edits', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 9);
    const graph = new ModelGraph(doc);
    const check = (what: string) => {
      const data = [...doc.elements.values()].filter((e) => e.kind === 'dataEntity').map((e) => e.id);
      const met: string[] = [];
      const marks = graph.newEndMarks();
      for (const id of data) graph.forEachNewFlowEnd(id, marks, (e) => met.push(e.id));
      // the plain way: every end of every flow carrying each data entity, by id, first meeting kept
      const plain = new Set<string>();
      for (const id of data)
        for (const f of graph.flowsCarrying(id)) for (const end of [f.source, f.target]) if (doc.elements.get(end)) plain.add(doc.elements.get(end)!.id);
      expect(met, what).toEqual([...plain]);
      expect(met.length, what).toBeGreaterThan(0);
    };
    check('fresh');
    followEdits(graph, doc, 9, 6, (next, what) => {
      doc = next;
      check(what);
    });
  });

  it('meets the ends of flows and sources of accesses of some kinds once each, in order, fresh and after edits', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 11);
    const graph = new ModelGraph(doc);
    const kinds: ElementKind[] = ['application', 'module', 'appService'];
    const check = (what: string) => {
      const met: string[] = [];
      const marks = graph.newEndMarks(kinds);
      const meet = (e: Element) => met.push(e.id);
      graph.forEachOf('dataEntity', (e, id) => {
        graph.forEachNewSourceAt(id, 'accesses', marks, meet);
        graph.forEachNewFlowEnd(id, marks, meet);
      });
      graph.forEachRelationOf('dataFlow', (f) => graph.forEachNewEndOf(f, marks, meet));
      graph.forEachRelationOf('hostedOn', (r) => graph.forEachNewEndOf(r, marks, meet));
      // the plain way: every element met, by id, first meeting kept, of those kinds only
      const plain = new Set<string>();
      const seen = new Set<string>();
      const add = (id: string) => {
        const e = doc.elements.get(id);
        if (!e || seen.has(e.id)) return;
        seen.add(e.id);
        if (kinds.includes(e.kind)) plain.add(e.id);
      };
      for (const e of graph.elementsOf('dataEntity')) {
        for (const r of graph.incoming(e.id, 'accesses')) add(r.source);
        for (const f of graph.flowsCarrying(e.id)) for (const end of [f.source, f.target]) add(end);
      }
      for (const r of [...graph.relationsOf('dataFlow'), ...graph.relationsOf('hostedOn')]) for (const end of [r.source, r.target]) add(end);
      expect(met, what).toEqual([...plain]);
      expect(met.length, what).toBeGreaterThan(0);
    };
    check('fresh');
    followEdits(graph, doc, 11, 6, (next, what) => {
      doc = next;
      check(what);
    });
  });

  it('meets the ends of the flows classified at or above a rank once each, in order, fresh and after edits', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 13);
    const graph = new ModelGraph(doc);
    const check = (what: string) => {
      const counts: number[] = [];
      for (const rank of [1, 3]) {
        const met: string[] = [];
        graph.forEachNewEndOfFlowsRanked(rank, graph.newEndMarks(), (e) => met.push(e.id));
        // the plain way: each flow's own classification by its name's place in the list, ends by id
        const plain = new Set<string>();
        for (const f of graph.relationsOf('dataFlow'))
          if (['terbuka', 'terhad', 'sulit', 'rahsia', 'rahsiaBesar'].indexOf(f.classification ?? '') >= rank)
            for (const end of [f.source, f.target]) if (doc.elements.get(end)) plain.add(doc.elements.get(end)!.id);
        expect(met, `${what}, rank ${rank}`).toEqual([...plain]);
        counts.push(met.length);
      }
      // Terhad and above meets more than Rahsia and above, which meets some
      expect(counts[0], what).toBeGreaterThan(counts[1]);
      expect(counts[1], what).toBeGreaterThan(0);
    };
    check('fresh');
    followEdits(graph, doc, 13, 6, (next, what) => {
      doc = next;
      check(what);
    });
  });

  it('tells which ends of the flows carrying data are in a system as rootFrom finds them, fresh and after edits', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 17);
    const graph = new ModelGraph(doc);
    const check = (what: string) => {
      let inParts = 0;
      for (const d of graph.elementsOf('dataEntity')) {
        // the plain way: each end read from the document by its id, and its root
        const ends = graph.flowsCarrying(d.id).flatMap((f) => [doc.elements.get(f.source), doc.elements.get(f.target)]);
        const roots = ends.map((e) => graph.trees.rootFrom(e));
        inParts += ends.filter((e, j) => roots[j] !== e).length;
        for (const system of new Set(roots.filter((r) => r !== undefined))) {
          const { flows, roots: numbers, at, inSystem } = graph.flowsCarryingInto(d.id, system);
          expect(flows, what).toEqual(graph.flowsCarrying(d.id));
          const found = Array.from(numbers.subarray(at, at + 2 * flows.length), (n) => n === inSystem);
          expect(found, `${what} ${d.id} ${system.id}`).toEqual(roots.map((r) => r?.id === system.id));
        }
      }
      if (what === 'fresh') expect(inParts, 'ends in parts of systems').toBeGreaterThan(0);
    };
    check('fresh');
    followEdits(graph, doc, 17, 6, (next, what) => {
      doc = next;
      check(what);
    });
  });

  it('finds the top application through missing parents, long chains and cycles of parents as a walk up does', () => {
    const mod = (id: string, parentId?: string): Element => ({ id, kind: 'module', name: id, parentId }) as Element;
    // a chain of 57 modules under an application, and one of 60 hanging below a cycle
    const chain = Array.from({ length: 57 }, (_, i) => mod(`ch${i}`, i ? `ch${i - 1}` : 'app'));
    const below = Array.from({ length: 60 }, (_, i) => mod(`below${i}`, i ? `below${i - 1}` : 'c3'));
    const els: Element[] = [
      { id: 'app', kind: 'application', name: 'app' } as Element,
      mod('m1', 'app'),
      mod('m2', 'm1'),
      mod('m3', 'm1'),
      mod('lost1', 'gone'),
      mod('lost2', 'gone'),
      mod('c1', 'c2'),
      mod('c2', 'c1'),
      mod('c3', 'c1'),
      mod('self', 'self'),
      ...chain,
      ...below,
    ];
    const doc = { ...makeVariedDocument(0, 1), elements: Table.of(els) } as LakarDocument;
    const graph = new ModelGraph(doc);
    // the plain walk up to the element with no parent (or a missing one); a walk meeting an element
    // again is in a cycle, and the part is then its own top
    const walkUp = (e: Element | undefined) => {
      const met = new Set<Element>();
      for (let cur = e; cur; ) {
        if (met.has(cur)) return e;
        met.add(cur);
        const p = cur.kind === 'module' ? cur.parentId : undefined;
        const parent = p ? doc.elements.get(p) : undefined;
        if (!parent) return cur;
        cur = parent;
      }
      return e;
    };
    // twice: the second answers come from what the first remembered
    for (let round = 0; round < 2; round++) for (const e of els) expect(graph.trees.rootFrom(e)?.id, `${e.id} ${round}`).toBe(walkUp(e)?.id);
    expect(graph.trees.rootFrom(doc.elements.get('ch56'))?.id).toBe('app');
    expect(['c1', 'c2', 'c3', 'self', 'below59'].map((id) => graph.trees.rootFrom(doc.elements.get(id))?.id)).toEqual(['c1', 'c2', 'c3', 'self', 'below59']);
    expect(graph.trees.rootFrom(undefined)).toBeUndefined();
    // the parents whose children are their own tops: the cycle's and those below it
    const inCycles: string[] = [];
    graph.trees.forEachParentInCycle((e) => inCycles.push(e.id));
    expect(inCycles.sort()).toEqual(['c1', 'c2', 'c3', 'self', ...below.slice(0, -1).map((e) => e.id)].sort());
  });

  it('lists the parts of a tree once each, depth first, small or large, through cycles of parents', () => {
    const mod = (id: string, parentId?: string): Element => ({ id, kind: 'module', name: id, parentId }) as Element;
    // a small cycle (c1 ⇄ c2) and a large one (40 modules in a ring, each with a leaf)
    const ring = Array.from({ length: 40 }, (_, i) => mod(`r${i}`, `r${(i + 39) % 40}`));
    const leaves = ring.map((r) => mod(`${r.id}-leaf`, r.id));
    const els: Element[] = [{ id: 'app', kind: 'application', name: 'app' } as Element, mod('m1', 'app'), mod('m2', 'm1'), mod('c1', 'c2'), mod('c2', 'c1'), mod('c3', 'c1'), ...ring, ...leaves];
    const doc = { ...makeVariedDocument(0, 1), elements: Table.of(els) } as LakarDocument;
    const graph = new ModelGraph(doc);
    // the plain walk: depth first, later children first, a set of the ids met
    const walk = (id: string) => {
      const out: string[] = [];
      const seen = new Set<string>();
      const stack = [id];
      while (stack.length) {
        const cur = stack.pop()!;
        if (seen.has(cur)) continue;
        seen.add(cur);
        out.push(cur);
        stack.push(...els.filter((e) => (e as { parentId?: string }).parentId === cur).map((e) => e.id));
      }
      return out;
    };
    for (const id of ['app', 'm1', 'c1', 'c2', 'r0', 'r17']) {
      expect(graph.partIdsOf(doc.elements.get(id)!), id).toEqual(walk(id));
      expect(graph.trees.selfAndDescendants(id).map((e) => e.id), id).toEqual(walk(id));
    }
    expect(graph.partIdsOf(doc.elements.get('r0')!)).toHaveLength(80);
  });
});

describe('ModelGraph relations at an element', () => {
  it('keeps them in document order when one end of a relation moves, at the end it kept too', () => {
    // the worked example's relations, each moved by one end onto each element the command accepts
    const start = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
    let moves = 0;
    for (const r of start.relations.values()) {
      for (const end of ['source', 'target'] as const) {
        for (const e of start.elements.values()) {
          let moved: LakarDocument;
          try {
            moved = executeCommand(start, 'relation.update', { id: r.id, patch: { [end]: e.id } }).doc;
          } catch {
            continue; // an end of a kind the relation does not allow
          }
          if (moved === start) continue;
          const graph = new ModelGraph(start);
          const { elements, relations } = diffDocuments(start, moved);
          graph.update(moved, elements, relations);
          const fresh = new ModelGraph(moved);
          const at = (g: ModelGraph, id: string) => g.relationsAt(id).map((x) => x.id);
          for (const id of [r.source, r.target, e.id]) expect(at(graph, id), `${r.id} ${end} → ${e.id}, at ${id}`).toEqual(at(fresh, id));
          moves++;
        }
      }
    }
    expect(moves).toBeGreaterThan(100);
  });
});
