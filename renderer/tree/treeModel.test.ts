import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { treeGroups } from './treeModel';

const doc = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

describe('treeGroups', () => {
  it('lists every element under its band, sorted by name', () => {
    const groups = treeGroups(doc, 'view_main', '', '', 'ms');
    expect(groups.map((g) => g.band)).toEqual(['users', 'channels', 'services', 'processes', 'applications', 'data', 'infrastructure']);
    expect(groups.reduce((s, g) => s + g.items.length, 0)).toBe(Object.keys(doc.elements).length);
    expect(groups[1].items.map((i) => i.name)).toEqual(['Aplikasi MyGov', 'Bersemuka', 'Portal MyGovernment']);
  });

  it('finds elements by name, kind or field text, ignoring case', () => {
    const found = (q: string) => treeGroups(doc, 'view_main', q, '', 'ms').flatMap((g) => g.items.map((i) => i.id));
    expect(found('sistem b')).toEqual(['sys_b']);
    expect(found('JPN')).toEqual(['sys_b']);
    expect(found('rangkaian').sort()).toEqual(['net_ipvpn', 'net_pcn', 'net_pdsa']);
  });

  it('keeps one kind when filtered, and marks what is not on the active view', () => {
    const d = structuredClone(doc);
    delete d.views.view_main.nodes.sys_a;
    const groups = treeGroups(d, 'view_main', '', 'externalSystem', 'ms');
    const items = groups.flatMap((g) => g.items);
    expect(items).toHaveLength(6);
    expect(items.find((i) => i.id === 'sys_a')!.onView).toBe(false);
    expect(groups[5].total).toBe(11); // six systems and five data entities in label 6
  });
});
