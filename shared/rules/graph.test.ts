/**
 * The graph's kept subsets (`filtered`, read by global rules such as channel.portalRai) list what
 * filtering the kind afresh lists, in the same order, after every edit the graph follows.
 */
import { describe, expect, it } from 'vitest';
import type { Application, Channel, LakarDocument, TargetGroup } from '../model/schema';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editScript } from '../../test/helpers/edit-script';
import { diffDocuments } from './changes';
import { ModelGraph } from './graph';

const isOpen = (c: Channel) => c.channelType === 'socialMedia' || c.channelType === 'email';
const isG2c = (t: TargetGroup) => t.lifecycle === 'G2C';
const firstWord = (a: Application) => a.name.split(' ')[0] || undefined;

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
    let doc: LakarDocument = makeVariedDocument(1200, 21);
    const graph = new ModelGraph(doc);
    graph.groupsOf('application', firstWord);
    for (const step of editScript(doc, 21, 50)) {
      const { elements, relations } = diffDocuments(doc, step.doc);
      graph.update(step.doc, elements, relations);
      doc = step.doc;
      const groups = graph.groupsOf('application', firstWord);
      expect(groups.map((g) => g.map((a) => a.id)), step.what).toEqual(groupedInOrder(graph));
      for (const g of groups) for (const a of g) expect(a, step.what).toBe(doc.elements.get(a.id));
    }
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
