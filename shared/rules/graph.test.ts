/**
 * The graph's kept subsets (`filtered`, read by global rules such as channel.portalRai) list what
 * filtering the kind afresh lists, in the same order, after every edit the graph follows.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, LakarDocument, TargetGroup } from '../model/schema';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { editScript } from '../../test/helpers/edit-script';
import { diffDocuments } from './changes';
import { ModelGraph } from './graph';

const isOpen = (c: Channel) => c.channelType === 'socialMedia' || c.channelType === 'email';
const isG2c = (t: TargetGroup) => t.lifecycle === 'G2C';

describe('ModelGraph.filtered', () => {
  it('follows edits as filtering the kind afresh would, in document order', () => {
    let doc: LakarDocument = makeVariedDocument(1500, 12);
    const graph = new ModelGraph(doc);
    graph.filtered('channel', isOpen);
    graph.filtered('targetGroup', isG2c);
    let changedSubsets = 0;
    for (const step of editScript(doc, 12, 60)) {
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
