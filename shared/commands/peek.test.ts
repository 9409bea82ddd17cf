/**
 * Commands that read one element or relation (update, relation ends) leave every other table, and
 * every other entry, the very same objects: the live checker and the canvas compare by identity, and
 * a large project's 100,000-key record is not copied for an entry that was only read.
 */
import { describe, expect, it } from 'vitest';
import { freeze } from 'immer';
import { makeDocument, makeElement, makeRelation } from '../../test/helpers/factories';
import { CommandError, executeCommand } from './index';

const app = makeElement('application', { id: 'el_app', name: 'Sistem Pengambilan Pekerja' });
const sys = makeElement('externalSystem', { id: 'el_sys', name: 'Sistem A', agency: 'Agensi A' });
const flow = makeRelation('dataFlow', 'el_sys', 'el_app', { id: 'rel_flow', method: 'sftp', direction: 'supplies' } as never);
const doc0 = () => freeze(makeDocument([app, sys], [flow]), true);

describe('commands reading one entry', () => {
  it('element.update changes that element only; the other elements and tables are the same objects', () => {
    const doc = doc0();
    const { doc: next, patches } = executeCommand(doc, 'element.update', { id: 'el_app', patch: { name: 'SPP baharu' } });
    expect(next.elements.get('el_app')).toMatchObject({ name: 'SPP baharu', kind: 'application' });
    expect(next.elements.get('el_sys')).toBe(doc.elements.get('el_sys'));
    expect(next.relations).toBe(doc.relations);
    expect(next.views).toBe(doc.views);
    expect(patches).toEqual([{ op: 'replace', path: ['elements', 'el_app'], value: next.elements.get('el_app') }]);
  });

  it('relation.update reads its ends without touching the elements table', () => {
    const doc = doc0();
    const { doc: next } = executeCommand(doc, 'relation.update', { id: 'rel_flow', patch: { method: 'api' } });
    expect(next.relations.get('rel_flow')).toMatchObject({ method: 'api' });
    expect(next.elements).toBe(doc.elements);
  });

  it('finds no element or relation through Object.prototype names', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(() => executeCommand(doc0(), 'element.update', { id, patch: { name: 'x' } }), id).toThrow(CommandError);
      expect(() => executeCommand(doc0(), 'relation.update', { id, patch: { method: 'api' } }), id).toThrow(CommandError);
      expect(() => executeCommand(doc0(), 'relation.add', { relation: { id: 'rel_x', kind: 'dataFlow', source: id, target: 'el_app', method: 'api', direction: 'supplies' } }), id).toThrow(CommandError);
    }
  });
});
