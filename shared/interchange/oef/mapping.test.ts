import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_KINDS, RELATION_RULES } from '../../model/kinds';
import { ARCHIMATE_ELEMENT_TYPES, classifyElement, ELEMENT_MAPPING, exportRelationMapping, isRelationshipType, RELATION_MAPPING, resolveRelation, typeFitsKind } from './mapping';

const DOC = readFileSync(join(import.meta.dirname, '../../../docs/archimate-mapping.md'), 'utf8');

/** Rows of the markdown table that follows `heading`. */
function table(heading: string): string[][] {
  const section = DOC.slice(DOC.indexOf(heading));
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const l of lines.slice(2)) {
    rows.push(l.split('|').slice(1, -1).map((c) => c.trim()));
    if (!section.slice(section.indexOf(l) + l.length + 1).startsWith('|')) break;
  }
  return rows;
}

describe('the LMV ↔ ArchiMate mapping table', () => {
  it('maps every LMV element kind exactly once, to an ArchiMate element type', () => {
    expect(ELEMENT_MAPPING.map((m) => m.kind).sort()).toEqual(ELEMENT_KINDS.map((k) => k.kind).sort());
    for (const m of ELEMENT_MAPPING) for (const t of [m.exportType, ...m.importTypes, ...(m.alsoTypes ?? [])]) expect(ARCHIMATE_ELEMENT_TYPES).toContain(t);
  });

  it('reads every export type back as its kind unless lakar:kind is needed', () => {
    for (const m of ELEMENT_MAPPING) {
      expect(classifyElement(m.exportType, 'x', m.kind), m.kind).toBe(m.kind);
      if (m.primary) expect(classifyElement(m.exportType, 'x'), m.kind).toBe(m.kind);
      for (const t of m.importTypes) expect(typeFitsKind(t, m.kind)).toBe(true);
    }
  });

  it('has one export entry per relation kind, and reads what it writes back as that kind', () => {
    for (const kind of Object.keys(RELATION_RULES) as (keyof typeof RELATION_RULES)[]) {
      const exported = RELATION_MAPPING.filter((m) => m.kind === kind && m.validFor);
      expect(exported, kind).toHaveLength(1);
      expect(isRelationshipType(exported[0].type)).toBe(true);
      const rule = RELATION_RULES[kind];
      const s = rule.source?.[0] ?? 'application';
      const t = rule.target?.[0] ?? 'application';
      const types = (k: string) => ELEMENT_MAPPING.find((m) => m.kind === k)!.exportType;
      const entry = exportRelationMapping(kind, types(s), types(t));
      const [as, at] = entry.reversed ? [t, s] : [s, t];
      expect(resolveRelation(entry.type, as as never, at as never, kind)?.kind, kind).toBe(kind);
    }
  });

  it('falls back to an Association when ArchiMate does not allow the relationship for the end types', () => {
    expect(exportRelationMapping('hostedOn', 'ApplicationComponent', 'Node')).toEqual({ kind: 'hostedOn', type: 'Association', reversed: false });
    expect(exportRelationMapping('hostedOn', 'ApplicationComponent', 'Location')).toMatchObject({ type: 'Aggregation', reversed: true });
  });

  it('is documented exactly as implemented in docs/archimate-mapping.md', () => {
    const elements = table('## Elements').map(([kind, exportType, also]) => ({ kind, exportType, also }));
    expect(elements).toEqual(ELEMENT_MAPPING.map((m) => ({ kind: m.kind, exportType: m.exportType, also: m.importTypes.join(', ') || '—' })));
    const relations = table('## Relations').map(([kind, type, reversed]) => ({ kind, type, reversed: reversed === 'yes' }));
    expect(relations).toEqual(RELATION_MAPPING.map((m) => ({ kind: m.kind, type: m.type, reversed: m.reversed })));
  });
});
