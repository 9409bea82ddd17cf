/**
 * What heads a tree of parts (001 Jadual 3-1: modules under an application, application services
 * under a module or an application), as the IDD (003 Lampiran A §2.1.1, Agensi Pembekal) and the
 * Senarai Semak read it, against the checker's reading of the same document.
 */
import { describe, expect, it } from 'vitest';
import type { Element } from '../../shared/model/schema';
import { partTop } from '../../shared/model/part-top';
import { makeDocument, makeElement, makeRelation } from '../helpers/factories';
import { partyOf } from '../../shared/export/idd/model';
import { ModelGraph } from '../../shared/rules/graph';

/** An application heading a chain of `length` modules, each the parent of the next. */
function chain(length: number): Element[] {
  const app = makeElement('application', { id: 'app', name: 'Sistem Pengambilan', agency: 'Agensi A' });
  const modules = Array.from({ length }, (_, i) => makeElement('module', { id: `m${i}`, name: `Modul ${i}`, parentId: i === 0 ? 'app' : `m${i - 1}` }));
  return [app, ...modules];
}

describe('partTop', () => {
  it('finds the application heading a chain of any length (a 57-module chain, past the 50 parents read before)', () => {
    const doc = makeDocument(chain(57));
    expect(partTop(doc.elements, 'm56')?.id).toBe('app');
    expect(partTop(doc.elements, 'm0')?.id).toBe('app');
    expect(partTop(doc.elements, 'app')?.id).toBe('app');
    // the IDD names the supplier's agency from it
    expect(partyOf(doc, 'm56').agency).toBe('Agensi A');
  });

  it('stops at the last element found when a parent names no element, and a part of a cycle or below one heads itself', () => {
    const orphan = makeDocument([makeElement('module', { id: 'a', parentId: 'b' }), makeElement('module', { id: 'b', parentId: 'gone' })]);
    expect(partTop(orphan.elements, 'a')?.id).toBe('b');
    const ring = Array.from({ length: 70 }, (_, i) => makeElement('module', { id: `r${i}`, parentId: `r${(i + 1) % 70}` }));
    const below = makeElement('appService', { id: 'below', parentId: 'r5' });
    const pair = [makeElement('module', { id: 'p', parentId: 'q' }), makeElement('module', { id: 'q', parentId: 'p' })];
    const doc = makeDocument([...ring, below, ...pair, makeElement('module', { id: 'self', parentId: 'self' })]);
    for (const id of ['r0', 'r69', 'below', 'p', 'q', 'self']) expect(partTop(doc.elements, id)?.id).toBe(id);
    expect(partyOf(doc, 'below').agency).toBeNull();
  });

  it('gives the top the checker gives, on chains, cycles and missing parents', () => {
    const doc = makeDocument(
      [
        ...chain(60),
        ...Array.from({ length: 3 }, (_, i) => makeElement('module', { id: `c${i}`, parentId: `c${(i + 1) % 3}` })),
        makeElement('module', { id: 'under', parentId: 'c1' }),
        makeElement('module', { id: 'lost', parentId: 'nowhere' }),
      ],
      [makeRelation('dataFlow', 'm59', 'under')],
    );
    const graph = new ModelGraph(doc);
    for (const e of doc.elements.values()) expect(partTop(doc.elements, e.id)?.id, e.id).toBe(graph.trees.rootFrom(e)?.id);
  });
});
