import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { parseDocumentReusing } from './parse-reusing';
import { documentSchema, type LakarDocumentData } from './schema';
import { fromDocumentData, toDocumentData, toWire } from './wire';

const NOW = '2026-01-01T00:00:00.000Z';
const valid = pengambilanPekerjaExample(NOW);

/** Another version of `valid` as data (a copy: nothing shared with it), changed by `change`. */
function version(change: (d: LakarDocumentData & Record<string, unknown>) => void): LakarDocumentData {
  const d = structuredClone(toDocumentData(valid)) as LakarDocumentData & Record<string, unknown>;
  change(d);
  return d;
}

/** Edits of every kind the schema normalises or checks: a name it trims, a member it drops, new and deleted items, a moved node, project fields. */
const edited = version((d) => {
  d.elements.app_spp = { ...d.elements.app_spp, name: '  Sistem Pengambilan Pekerja 2  ' };
  d.relations.fl_b = { ...d.relations.fl_b, label: 'harian', leftover: 'dibuang' } as never;
  delete d.elements.sec_dlp;
  const node = d.views.view_main.nodes.app_spp;
  d.views.view_main.nodes.app_spp = { ...node, x: node.x + 40 };
  d.views.view_2 = { id: 'view_2', name: '  Pandangan kedua ', order: 1, nodes: { app_spp: { x: 0, y: 0, extra: true } as never } };
  d.meta = { ...d.meta, title: 'Tajuk baharu' };
  d.extra = 'not a document member';
});

describe('parseDocumentReusing (documentSchema beside a valid document)', () => {
  it('gives the document documentSchema gives, for another version given as data or with tables', () => {
    // an index-like id, added last: a record and a table both list it first
    const twelve = { id: '12', kind: 'service', name: 'Perkhidmatan dua belas' } as const;
    const asTables = fromDocumentData(edited);
    asTables.elements = asTables.elements.set('12', twelve);
    const asData = { ...edited, elements: { ...edited.elements, '12': twelve } };
    expect(asTables.elements.ids()[0]).toBe('12');
    for (const given of [asData, asTables]) {
      const full = documentSchema.safeParse(given);
      const reused = parseDocumentReusing(given, valid);
      expect(full.success).toBe(true);
      expect(reused.success).toBe(true);
      expect(reused.data).toEqual(full.data);
      // the order of the items too (an index-like id lists first, as in the record it was)
      expect(reused.data!.elements.ids()).toEqual(full.data!.elements.ids());
      expect(reused.data!.relations.ids()).toEqual(full.data!.relations.ids());
      expect(Object.keys(reused.data!)).toEqual(Object.keys(full.data!));
      expect(reused.data!.elements.get('app_spp')!.name).toBe('Sistem Pengambilan Pekerja 2');
      expect(reused.data!.relations.get('fl_b')).not.toHaveProperty('leftover');
      expect(reused.data!.views.view_2).toEqual({ id: 'view_2', name: 'Pandangan kedua', order: 1, nodes: { app_spp: { x: 0, y: 0 } } });
      expect(Object.keys(reused.data!.views.view_main)).toEqual(Object.keys(full.data!.views.view_main));
    }
  });

  it('takes an item that differs from the valid one but equals one of an already checked document from that one', () => {
    // a merge: the common ancestor checked first, then their copy, which left as they were items the open project changed
    const change = (d: LakarDocumentData) => {
      d.elements.app_spp = { ...d.elements.app_spp, name: 'Sistem Pengambilan Pekerja 2' };
      d.views.view_main.nodes.app_spp = { ...d.views.view_main.nodes.app_spp, x: d.views.view_main.nodes.app_spp.x + 40 };
    };
    const base = parseDocumentReusing(version(change), valid).data!;
    const theirs = version(change);
    const full = documentSchema.safeParse(theirs).data!;
    const reused = parseDocumentReusing(theirs, valid, base).data!;
    expect(reused).toEqual(full);
    expect(reused.elements.ids()).toEqual(full.elements.ids());
    expect(reused.elements.get('app_spp')).toBe(base.elements.get('app_spp'));
    expect(reused.views.view_main).toBe(base.views.view_main);
    expect(reused.elements.get('mod_user')).toBe(valid.elements.get('mod_user'));
  });

  it('takes the tables and views of a document it gave, given again, as they are (their new items frozen)', () => {
    // File › Merge from… checks a copy when it is picked; the merge command checks it again beside the project as it is then
    const once = parseDocumentReusing(edited, valid).data!;
    const project = parseDocumentReusing(version(() => {}), valid).data!;
    const again = parseDocumentReusing(once, project).data!;
    expect(again).toEqual(documentSchema.safeParse(edited).data);
    expect(again.elements).toBe(once.elements);
    expect(again.relations).toBe(once.relations);
    expect(again.views.view_main).toBe(once.views.view_main);
    expect(Object.isFrozen(once.elements.get('app_spp'))).toBe(true);
    // its boxes refuse writes: each frozen, and their record kept in a table as commands leave it (boxes-record.ts)
    const nodes = once.views.view_main.nodes as Record<string, unknown>;
    expect(Object.isFrozen(nodes.app_spp)).toBe(true);
    expect(() => {
      nodes.app_spp = { x: 0, y: 0 };
    }).toThrow(TypeError);
    expect(once.views.view_main.nodes.app_spp).toEqual(documentSchema.parse(edited).views.view_main.nodes.app_spp);
  });

  it('refuses, as documentSchema does, a table or view it gave put where it does not belong', () => {
    // what the parse remembers it checked is a table of relations, a table of elements, a view under its id: not any table or view
    const once = parseDocumentReusing(edited, valid).data!;
    const misplaced = [
      { ...once, elements: once.relations },
      { ...once, relations: once.elements },
      { ...once, views: { ...once.views, '': once.views.view_main } },
    ];
    for (const given of misplaced) {
      expect(documentSchema.safeParse(given).success).toBe(false);
      expect(parseDocumentReusing(given, valid).success).toBe(false);
    }
  });

  it('gives the valid document back, equal, for an unchanged copy of it', () => {
    const copy = version(() => {});
    expect(parseDocumentReusing(copy, valid).data).toEqual(valid);
    expect(parseDocumentReusing(valid, valid).data).toEqual(valid);
  });

  it('refuses what documentSchema refuses, with the same issues', () => {
    const refused: unknown[] = [
      version((d) => void (d.elements.app_spp = { ...d.elements.app_spp, name: '   ' })),
      version((d) => void (d.relations.fl_b = { ...d.relations.fl_b, method: 'burung' } as never)),
      version((d) => void (d.elements.constructor = { ...d.elements.app_spp, id: 'constructor' } as never)),
      version((d) => void (d.views.view_main = { ...d.views.view_main, nodes: { ...d.views.view_main.nodes, app_spp: { x: 'kiri', y: 0 } } } as never)),
      version((d) => void (d.views.view_main = { ...d.views.view_main, name: '' })),
      version((d) => void (d.views.view_main.nodes = { ...d.views.view_main.nodes, ['']: { x: 0, y: 0 } })),
      version((d) => void (d.meta = { ...d.meta, title: 42 } as never)),
      version((d) => void (d.elements = [] as never)),
      version((d) => void ((d as Record<string, unknown>).schemaVersion = 1)),
      null,
      'not a document',
    ];
    for (const given of refused) {
      const full = documentSchema.safeParse(given);
      const reused = parseDocumentReusing(given, valid);
      expect(full.success).toBe(false);
      expect(reused.success).toBe(false);
      expect(reused.error!.issues).toEqual(full.error!.issues);
    }
  });

  it('reads tables in their wire form as the records they stand for, and refuses a damaged one as documentSchema does', () => {
    // File › Merge from… on the desktop gets the copy's tables so (shared/ipc/page-api.ts)
    const wire = structuredClone(toWire(fromDocumentData(edited))) as unknown as Record<string, unknown> & { elements: { json: string } };
    expect(toDocumentData(parseDocumentReusing(wire, valid).data!)).toEqual(toDocumentData(documentSchema.parse(edited)));
    const items = JSON.parse(wire.elements.json) as { id: string }[];
    const damaged = [
      { ...wire, elements: { lakarTable: 1, json: JSON.stringify([...items, items[0]]) } },
      { ...wire, elements: { lakarTable: 1, json: JSON.stringify(items), keys: [...items.map((e) => e.id).slice(1), '__proto__'] } },
      { ...wire, elements: { lakarTable: 1, json: JSON.stringify([...items, { ...items[0], id: 7 }]) } },
    ];
    for (const given of damaged) {
      expect(documentSchema.safeParse(given).success).toBe(false);
      expect(parseDocumentReusing(given, valid).success).toBe(false);
    }
  });
});
