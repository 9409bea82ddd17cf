import { describe, expect, it } from 'vitest';
import { Table } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';
import { changedNames } from './elementNames';

describe('changedNames', () => {
  const a = makeElement('application', { id: 'a', name: 'Sistem A' });
  const b = makeElement('externalSystem', { id: 'b', name: 'Sistem B' });

  it('names only the elements whose name changed, so only their edges re-render', () => {
    const before = Table.of([a, b]);
    expect(changedNames(before, before)).toEqual([]);
    // another field changed: the name did not
    expect(changedNames(before, Table.of([{ ...a, agency: 'JPA' }, b]))).toEqual([]);
    expect(changedNames(before, Table.of([{ ...a, name: 'Sistem A2' }, b]))).toEqual(['a']);
  });

  it('names added and removed elements', () => {
    expect(changedNames(Table.of([a]), Table.of([a, b]))).toEqual(['b']);
    expect(changedNames(Table.of([a, b]), Table.of([a]))).toEqual(['b']);
    expect(changedNames(undefined, Table.of([a]))).toEqual(['a']);
  });
});
