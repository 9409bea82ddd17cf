import { describe, expect, it } from 'vitest';
import { collectionsOf, deepEqual, flattenEntity, keyPath, pathKey, projectEntity, unflattenEntity } from './structure';

describe('flattenEntity / unflattenEntity', () => {
  it('splits objects into leaves and builds the same object back', () => {
    const entity = { id: 'a', name: 'A', properties: { x: '1', 'odd.key': '2' }, fields: [{ name: 'f' }], empty: {}, nested: { deep: { v: 1 } } };
    const leaves = flattenEntity('elements', entity);
    expect([...leaves.keys()].map(keyPath)).toEqual([['id'], ['name'], ['properties', 'x'], ['properties', 'odd.key'], ['fields'], ['empty'], ['nested', 'deep', 'v']]);
    expect(unflattenEntity(leaves, entity)).toEqual(entity);
  });

  it('keeps a view node whole: a move is one leaf', () => {
    const leaves = flattenEntity('views', { id: 'v', nodes: { a: { x: 1, y: 2 } } });
    expect([...leaves.keys()].map(keyPath)).toEqual([['id'], ['nodes', 'a']]);
  });

  it('refuses leaves that cannot coexist', () => {
    const leaves = new Map<string, unknown>([
      [pathKey(['p']), 'text'],
      [pathKey(['p', 'q']), 1],
    ]);
    expect(unflattenEntity(leaves)).toBeNull();
  });

  it('keeps an empty object distinct from an absent one, and fills it when it has members too', () => {
    const leaves = new Map<string, unknown>([
      [pathKey(['properties', 'b']), '2'],
      [pathKey(['properties']), {}],
    ]);
    expect(unflattenEntity(leaves)).toEqual({ properties: { b: '2' } });
    expect(unflattenEntity(new Map([[pathKey(['properties']), {}]]))).toEqual({ properties: {} });
  });
});

describe('deepEqual', () => {
  it('ignores key order and undefined members, not array order', () => {
    expect(deepEqual({ a: 1, b: [1, 2], c: undefined }, { b: [1, 2], a: 1 })).toBe(true);
    expect(deepEqual({ b: [2, 1] }, { b: [1, 2] })).toBe(false);
    expect(deepEqual({ a: {} }, {})).toBe(false);
    expect(deepEqual(1, '1')).toBe(false);
  });
});

describe('collectionsOf / projectEntity', () => {
  it('finds id-keyed top-level records as collections and keeps the rest as the project', () => {
    const doc = { schemaVersion: 1, meta: { title: 't' }, elements: {}, relations: {}, views: {}, reviews: { r1: { id: 'r1' } }, settings: { a: { b: 1 } } };
    const cols = collectionsOf(doc);
    expect(cols).toEqual(['elements', 'relations', 'views', 'reviews']);
    expect(projectEntity(doc, cols)).toEqual({ schemaVersion: 1, meta: { title: 't' }, settings: { a: { b: 1 } } });
  });
});
