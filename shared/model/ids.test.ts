import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { findProtoKey, hasOwn, isSafeId, ownValue, RESERVED_IDS, SAFE_ID_PATTERN } from './ids';
import { documentSchema, elementSchema, relationSchema, viewSchema } from './schema';

describe('reserved ids', () => {
  it('covers every property a plain object inherits, and prototype', () => {
    expect([...RESERVED_IDS].sort()).toEqual([...Object.getOwnPropertyNames(Object.prototype), 'prototype'].sort());
  });

  it('accepts ordinary ids, including ones that merely contain a reserved name', () => {
    for (const id of ['el_abc', 'view_main', 'constructor2', 'my__proto__', 'Prototype', 'id-__proto__']) {
      expect([id, isSafeId(id), SAFE_ID_PATTERN.test(id)]).toEqual([id, true, true]);
    }
    for (const id of RESERVED_IDS) expect([id, isSafeId(id), SAFE_ID_PATTERN.test(id)]).toEqual([id, false, false]);
    expect(isSafeId('')).toBe(false);
    expect(isSafeId(5)).toBe(false);
  });

  it('makes the model schemas refuse a reserved id wherever an id is written', () => {
    const path = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => (r.success ? null : [r.error!.issues[0].path.join('.'), r.error!.issues[0].message]);
    expect(path(elementSchema.safeParse({ id: 'constructor', kind: 'application', name: 'A' }))).toEqual(['id', 'id.reserved']);
    expect(path(relationSchema.safeParse({ id: 'r', kind: 'association', source: 'toString', target: 'b' }))).toEqual(['source', 'id.reserved']);
    expect(path(viewSchema.safeParse({ id: 'v', name: 'V', order: 0, nodes: { valueOf: { x: 0, y: 0 } } }))?.[0]).toBe('nodes.valueOf');
    const doc = makeDocument();
    expect(path(documentSchema.safeParse({ ...doc, elements: { prototype: { id: 'prototype', kind: 'application', name: 'A' } } }))?.[0]).toBe('elements.prototype');
  });

  it('makes commands refuse a reserved id instead of finding a function of Object.prototype', () => {
    const doc = makeDocument([makeElement('application', { id: 'el_a', name: 'A' })]);
    expect(() => executeCommand(doc, 'element.update', { id: 'toString', patch: { name: 'X' } })).toThrow();
    expect(() => executeCommand(doc, 'element.add', { element: { id: '__proto__', kind: 'application', name: 'X' } })).toThrow();
    expect(executeCommand(doc, 'element.update', { id: 'el_a', patch: { name: 'B' } }).doc.elements.ids()).toEqual(['el_a']);
  });
});

describe('own-key lookups', () => {
  it('never find an inherited property', () => {
    const record: Record<string, number> = { a: 1 };
    expect(hasOwn(record, 'toString')).toBe(false);
    expect(ownValue(record, 'constructor')).toBeUndefined();
    expect(ownValue(record, 'a')).toBe(1);
  });
});

describe('findProtoKey', () => {
  it('finds a __proto__ key made by JSON.parse, at any depth, also in arrays and through escapes', () => {
    expect(findProtoKey(JSON.parse('{"a":{"b":[{"c":1},{"__proto__":{"x":1}}]}}'))).toEqual(['a', 'b', 1, '__proto__']);
    expect(findProtoKey(JSON.parse('{"elements":{"\\u005f_proto__":{}}}'))).toEqual(['elements', '__proto__']);
    expect(findProtoKey(JSON.parse('{"a":{"constructor":1,"b":[1,2]}}'))).toBeNull();
    expect(findProtoKey({ a: 1 })).toBeNull();
  });

  it('walks very deep nesting without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(50_000)}{"__proto__":1}${']'.repeat(50_000)}`);
    expect(findProtoKey(deep)?.length).toBe(50_001);
  });
});
