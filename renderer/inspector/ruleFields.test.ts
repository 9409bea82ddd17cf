import { describe, expect, it } from 'vitest';
import { checkDocument, listRules } from '../../shared/rules';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { edit } from '../../test/helpers/rules';
import { fieldFindings, RULE_FIELDS } from './ruleFields';

describe('RULE_FIELDS', () => {
  it('names only rules the checker has', () => {
    const ids = new Set(listRules().map((r) => r.id));
    for (const id of Object.keys(RULE_FIELDS)) expect(ids.has(id), id).toBe(true);
  });
});

describe('fieldFindings', () => {
  it('puts the finding about a malformed Servis ID at the flow’s Servis ID field (003 Lampiran A)', () => {
    const doc = edit(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
      (d.relations.fl_b as { serviceId?: string }).serviceId = 'bukan-servis-id';
    });
    const report = checkDocument(doc);
    const flow = doc.relations.get('fl_b') as unknown as Record<string, unknown>;
    const found = fieldFindings(report.problems, { id: 'fl_b', values: flow }, true, 'ms');
    expect(found.get('serviceId')?.[0]).toMatchObject({ severity: 'error' });
    expect(found.get('serviceId')?.[0].text).toContain('bukan-servis-id');
    // another flow's fields carry nothing
    expect(fieldFindings(report.problems, { id: 'fl_a', values: {} }, true, 'ms').get('serviceId')).toBeUndefined();
  });

  it('puts the advice on a site listing no software at its software and placement fields (001 §3.3.4 g)', () => {
    const doc = edit(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
      delete (d.elements.site_onsite as { software?: string[] }).software;
    });
    const site = doc.elements.get('site_onsite') as unknown as Record<string, unknown>;
    const found = fieldFindings(checkDocument(doc).problems, { id: 'site_onsite', values: site }, false, 'ms');
    expect(found.get('software')?.[0]).toMatchObject({ severity: 'advice' });
    expect(found.get('software')?.[0].text).toContain('tidak menyenaraikan perisian');
    expect(found.get('hardware')).toBeUndefined();
  });

  it('puts the finding about data handed on at a lower class at the flow’s classification (003 §2.4.4 iii)', () => {
    const doc = edit(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
      (d.elements.de_calon as { classification?: string }).classification = 'terhad';
      (d.elements.de_tapisan as { classification?: string }).classification = 'terhad';
    });
    const found = fieldFindings(checkDocument(doc).problems, { id: 'fl_a', values: doc.relations.get('fl_a') as unknown as Record<string, unknown> }, true, 'ms');
    expect(found.get('classification')?.[0]).toMatchObject({ severity: 'warning' });
    expect(found.get('classification')?.[0].text).toContain('menerimanya sebagai Sulit');
  });

  it('puts a target group value missing from Jadual 2-1 at the field that holds it (001 §2.2.2)', () => {
    const doc = edit(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), (d) => {
      (d.elements.tg_g2b as { group?: string }).group = 'Bukan kumpulan';
    });
    const tg = doc.elements.get('tg_g2b') as unknown as Record<string, unknown>;
    const found = fieldFindings(checkDocument(doc).problems, { id: 'tg_g2b', values: tg }, false, 'en');
    expect(found.get('group')?.[0].text).toContain('Bukan kumpulan');
    expect(found.get('subcategory')).toBeUndefined();
  });
});
