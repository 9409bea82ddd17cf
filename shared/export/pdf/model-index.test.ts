/** ModelIndex.agencyOf: the agency the proposal prints beside a supplier (003 §2.4.2 iv sharing approvals). */
import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import { ModelIndex } from './model-index';

describe('ModelIndex.agencyOf', () => {
  it('gives a module the agency of the application heading its tree, and none to modules whose parents form a cycle (it overflowed the stack)', () => {
    const doc = makeDocument([
      makeElement('application', { id: 'app', name: 'Sistem SSM', agency: 'SSM' }),
      makeElement('module', { id: 'mod', name: 'Modul', parentId: 'app' }),
      makeElement('appService', { id: 'svc', name: 'Servis', parentId: 'mod' }),
      makeElement('module', { id: 'c1', name: 'Kitar 1', parentId: 'c2' }),
      makeElement('module', { id: 'c2', name: 'Kitar 2', parentId: 'c1' }),
      makeElement('appService', { id: 'below', name: 'Di bawah kitar', parentId: 'c1' }),
      makeElement('module', { id: 'self', name: 'Diri', parentId: 'self' }),
    ]);
    const m = new ModelIndex(doc);
    expect(['app', 'mod', 'svc'].map((id) => m.agencyOf(id))).toEqual(['SSM', 'SSM', 'SSM']);
    expect(['c1', 'c2', 'below', 'self'].map((id) => m.agencyOf(id))).toEqual([undefined, undefined, undefined, undefined]);
  });
});
