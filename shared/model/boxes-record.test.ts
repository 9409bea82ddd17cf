/**
 * A view's boxes kept in a table (./boxes-record.ts) read as the plain record they stand for, so the
 * canvas, the paper, the checker and files see the same view; they refuse writes as a frozen record
 * does, leave every earlier version as it was, and cross process boundaries as plain records.
 */
import { describe, expect, it } from 'vitest';
import { boxesRecord, boxesTable, boxIds, isBoxesRecord, plainBoxes } from './boxes-record';
import { Table } from './table';
import { toDocumentData, toWire } from './wire';
import type { NodeLayout } from './schema';

const plain: Record<string, NodeLayout> = { app_1: { x: 200, y: 44 }, '7': { x: 1, y: 2 }, mod_1: { x: 210, y: 80, w: 160, h: 60 } };

/** Every way the readers of `view.nodes` walk a record, as data. */
const readings = (nodes: Record<string, NodeLayout>) => {
  const forIn: string[] = [];
  for (const id in nodes) forIn.push(id);
  return {
    keys: Object.keys(nodes),
    entries: Object.entries(nodes),
    values: Object.values(nodes),
    forIn,
    spread: { ...nodes },
    json: JSON.stringify(nodes),
    lookups: ['app_1', 'mod_1', 'el_none', 'toString'].map((id) => [nodes[id] !== undefined, Object.hasOwn(nodes, id), id in nodes]),
  };
};

describe('a view’s boxes kept in a table', () => {
  it('reads as the plain record with the same boxes: keys in the same order, lookups, spreads and JSON', () => {
    const nodes = boxesRecord(Table.fromRecord(plain));
    expect(readings(nodes)).toEqual(readings(plain));
    expect(boxIds(nodes)).toEqual(Object.keys(plain));
    expect(isBoxesRecord(nodes)).toBe(true);
    expect(isBoxesRecord(plain)).toBe(false);
  });

  it('refuses writes as a frozen record does, and a later version leaves it as it was', () => {
    const table = boxesTable(Object.freeze({ ...plain }));
    const nodes = boxesRecord(table);
    expect(() => ((nodes as Record<string, NodeLayout>).app_1 = { x: 0, y: 0 })).toThrow(TypeError);
    expect(() => delete (nodes as Record<string, NodeLayout>).app_1).toThrow(TypeError);
    const later = boxesRecord(table.withChanges(new Map([['app_1', { x: 400, y: 44 }], ['mod_1', undefined], ['svc_1', { x: 9, y: 9 }]])));
    expect(later.app_1).toEqual({ x: 400, y: 44 });
    expect(Object.keys(later)).toEqual(['7', 'app_1', 'svc_1']);
    expect(readings(nodes)).toEqual(readings(plain));
    // the same version gives the same record (readers keyed on the record's identity see no change)
    expect(boxesRecord(table)).toBe(nodes);
  });

  it('crosses a process boundary as the plain record (structured clone refuses a Proxy)', () => {
    const nodes = boxesRecord(Table.fromRecord(plain));
    expect(() => structuredClone(nodes)).toThrow();
    const doc = { schemaVersion: 2, meta: {}, elements: Table.empty(), relations: Table.empty(), views: { v: { id: 'v', name: 'LMV', order: 0, nodes } } };
    const sent = structuredClone(toWire(doc));
    expect(sent.views.v.nodes).toEqual(plain);
    expect(Object.keys(sent.views.v.nodes)).toEqual(Object.keys(plain));
    const data = toDocumentData(doc);
    expect(isBoxesRecord(data.views.v.nodes)).toBe(false);
    expect(JSON.stringify(data.views.v.nodes)).toBe(JSON.stringify(plain));
    expect(plainBoxes(nodes)).toEqual(plain);
  });
});
