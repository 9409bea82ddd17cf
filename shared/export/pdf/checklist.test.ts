import { describe, expect, it } from 'vitest';
import { makeDocument, makeElement } from '../../../test/helpers/factories';
import type { Problem, RuleInfo } from '../../rules/types';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { CHECKLIST_ITEMS, checklistItemsFor, wogChecklist } from './checklist';

const problem = (ruleId: string, severity: Problem['severity'] = 'warning'): Problem => ({ ruleId, severity, message: { ms: 'm', en: 'm' }, elementIds: [], relationIds: [] });

describe('wogChecklist', () => {
  it('answers all nine items of Jadual 4-1 A.1.a from the §3.3.4 example', () => {
    const items = wogChecklist(pengambilanPekerjaExample(), 'ms');
    expect(items.map((i) => i.no)).toEqual([...CHECKLIST_ITEMS]);
    expect(items.every((i) => i.status === 'ok')).toBe(true);
    const viii = items.find((i) => i.no === 'viii')!.answer.join('\n');
    expect(viii).toContain('MyDigital ID: digunakan; melalui Sistem Pengambilan Pekerja, Portal MyGovernment');
    expect(viii).toContain('ePayment Gateway: tidak digunakan');
    expect(viii).toMatch(/MyGDX: digunakan; 2 aliran/);
    expect(items.find((i) => i.no === 'v')!.answer.join('\n')).toContain('Data ditawan: Maklumat Calon (Sistem Pengambilan Pekerja)');
    expect(items.find((i) => i.no === 'ix')!.answer.join('\n')).toContain('Infrastruktur guna sama: PDSA JDN, MyGovCloud@CFA, DRC Enstek');
  });

  it('marks items the model says nothing about as not filled in', () => {
    const items = wogChecklist(makeDocument([makeElement('targetGroup', { name: 'Warga Emas', lifecycle: 'G2C' })]), 'en');
    expect(items.find((i) => i.no === 'ii')!.status).toBe('ok');
    expect(items.find((i) => i.no === 'viii')!).toMatchObject({ status: 'missing', answer: ['Not in the model.'] });
  });

  it('attaches findings to the item they concern and flags it for attention, but not for advice alone', () => {
    const rules: RuleInfo[] = [{ id: 'x.custom', severity: 'warning', title: { ms: '', en: '' }, source: '001 Jadual 4-1 A.1.a vi', fixHint: { ms: '', en: '' } }];
    const items = wogChecklist(pengambilanPekerjaExample(), 'ms', {
      report: { problems: [problem('x.custom'), problem('dpi.myGdx', 'advice')], disabledRules: [], counts: { error: 0, warning: 1, advice: 1 } },
      rules,
    });
    const vi = items.find((i) => i.no === 'vi')!;
    expect(vi.findings.map((p) => p.ruleId)).toEqual(['x.custom']);
    expect(vi.status).toBe('attention');
    const viii = items.find((i) => i.no === 'viii')!;
    expect(viii.findings.map((p) => p.ruleId)).toEqual(['dpi.myGdx']);
    expect(viii.status).toBe('ok');
  });
});

describe('checklistItemsFor', () => {
  it('uses the item named in the rule source before guessing from the rule id', () => {
    const rule: RuleInfo = { id: 'platform.x', severity: 'error', title: { ms: '', en: '' }, source: 'Jadual 4-1 A.1.a (iii)', fixHint: { ms: '', en: '' } };
    expect(checklistItemsFor(problem('platform.x'), rule)).toEqual(['iii']);
    expect(checklistItemsFor(problem('registry.onceOnly'))).toContain('vii');
    expect(checklistItemsFor(problem('security.hsmMissing'))).toContain('vi');
  });
});
