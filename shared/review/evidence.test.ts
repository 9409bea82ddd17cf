import { describe, expect, it } from 'vitest';
import { executeCommand } from '../commands';
import { checkDocument } from '../rules';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { evidenceText, reviewEvidence } from './evidence';
import type { Element } from '../model';

const AT = '2025-03-01T09:00:00.000Z';

describe('reviewEvidence (001 §4.3 Jadual 4-1 steps 4a and 8)', () => {
  const doc = pengambilanPekerjaExample(AT);
  const evidence = reviewEvidence(doc, 'ms', checkDocument(doc));

  it('gives Pengurusan Pusat Data the sites with what they host', () => {
    expect(evidence.pengurusanPusatData.facts.find((f) => f.includes('PDSA JDN'))).toContain('Sistem Pengambilan Pekerja');
    expect(evidence.pengurusanPusatData.facts.some((f) => f.includes('4 × Pelayan aplikasi'))).toBe(true);
  });

  it('gives each site the three things 001 §3.3.4 g asks it to list: hardware with quantities, software and placement matters', () => {
    const pdsa = evidence.pengurusanPusatData.facts.find((f) => f.startsWith('Lokasi: PDSA JDN'))!;
    const site = [...doc.elements.values()].find((e) => e.kind === 'site' && e.name === 'PDSA JDN') as Extract<Element, { kind: 'site' }>;
    expect(site.software?.length && site.placement?.length).toBeTruthy();
    expect(pdsa).toContain(`perisian: ${site.software!.join(', ')}`);
    expect(pdsa).toContain(`penempatan: ${site.placement!.join(', ')}`);
    const en = reviewEvidence(doc, 'en', checkDocument(doc)).pengurusanPusatData.facts.find((f) => f.startsWith('Site: PDSA JDN'))!;
    expect(en).toContain(`software: ${site.software!.join(', ')}`);
    expect(en).toContain(`placement: ${site.placement!.join(', ')}`);
  });

  it('gives Pengurusan Rangkaian the networks, their speeds and the sites they connect', () => {
    expect(evidence.pengurusanRangkaian.facts).toContain('Rangkaian: MyGov*Net.PDSA (MyGov*Net.PDSA, 10 Gbps) menghubungkan PDSA JDN, DRC Enstek, MyGovCloud@CFA');
  });

  it('gives Pengurusan Keselamatan Siber the controls and the classified data', () => {
    const g = evidence.pengurusanKeselamatanSiber.facts.join('\n');
    expect(g).toContain('HSM');
    expect(g).toContain('Maklumat Identiti Individu (Sulit)');
  });

  it('gives step 4a iii the registries the data refers to, named from the catalogue', () => {
    expect(evidence.registri.facts).toHaveLength(1);
    expect(evidence.registri.facts[0]).toMatch(/^Maklumat Identiti Individu merujuk registri .*\(reg\.keselamatan\.penduduk\)$/);
  });

  it('attaches the checker’s findings to the criterion they concern', () => {
    const changed = executeCommand(doc, 'element.update', { id: 'net_pdsa', patch: { speedMbps: undefined } }).doc;
    const e = reviewEvidence(changed, 'en', checkDocument(changed));
    expect(e.pengurusanRangkaian.findings.map((p) => p.ruleId)).toContain('network.speedMissing');
    expect(e.pengurusanProjek.findings.map((p) => p.ruleId)).not.toContain('network.speedMissing');
    expect(evidenceText(e.pengurusanRangkaian, 'en')).toContain('Lakar check:');
  });

  it('says when the model holds nothing for an item', () => {
    const empty = executeCommand(doc, 'element.remove', { ids: ['net_ipvpn', 'net_pcn', 'net_pdsa'] }).doc;
    expect(reviewEvidence(empty, 'en').pengurusanRangkaian.facts).toEqual(['Not in the model.']);
  });
});
