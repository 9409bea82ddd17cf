import { describe, expect, it } from 'vitest';
import { makeElement } from '../../test/helpers/factories';
import { changedNames } from './elementNames';

describe('changedNames', () => {
  const a = makeElement('application', { id: 'a', name: 'Sistem A' });
  const b = makeElement('externalSystem', { id: 'b', name: 'Sistem B' });

  it('names only the elements whose name changed, so only their edges re-render', () => {
    const before = { a, b };
    expect(changedNames(before, before)).toEqual([]);
    // another field changed: the name did not
    expect(changedNames(before, { a: { ...a, agency: 'JPA' }, b })).toEqual([]);
    expect(changedNames(before, { a: { ...a, name: 'Sistem A2' }, b })).toEqual(['a']);
  });

  it('names added and removed elements', () => {
    expect(changedNames({ a }, { a, b })).toEqual(['b']);
    expect(changedNames({ a, b }, { a })).toEqual(['b']);
    expect(changedNames(undefined, { a })).toEqual(['a']);
  });
});
