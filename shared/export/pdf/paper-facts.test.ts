import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { builtinCatalogueIndex } from '../../catalogue/catalogue';
import { checkDocument } from '../../rules';
import type { CheckReport } from '../../rules/types';
import { pengambilanPekerjaExample } from '../../samples/pengambilan-pekerja';
import { createEmptyDocument } from '../../model/document';
import { addressee, draftState, isLmvView, lmvContent, paperViews } from './paper-facts';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
const report = (error: number): CheckReport => ({ problems: [], disabledRules: [], counts: { error, warning: 0, advice: 0 } });

describe('draftState', () => {
  it('is not a draft when the check has no error and cost, objectives and agency are filled in', () => {
    expect(draftState(example(), checkDocument(example()), 'ms')).toEqual({ draft: false, errors: 0, blanks: [] });
  });

  it('marks "DRAF — N ralat" while the WoG check has errors', () => {
    const d = draftState(example(), report(3), 'ms');
    expect(d.mark).toBe('DRAF — 3 ralat');
    expect(d.notice).toBe('Kertas ini masih draf: 3 ralat dalam Laporan Semakan WoG (Lampiran 1). Ia belum sedia dikemukakan.');
  });

  it('is a draft while the key facts a reviewer needs first are blank (cost, objectives, owning agency)', () => {
    const doc = produce(example(), (d) => {
      delete d.meta.costs;
      delete d.meta.objectives;
      delete d.meta.measurableObjectives;
      delete d.meta.pemilikProjek;
    });
    const d = draftState(doc, report(0), 'ms');
    expect(d.mark).toBe('DRAF — 3 maklumat utama belum diisi');
    expect(d.blanks).toEqual(['anggaran kos', 'objektif', 'agensi pemilik projek']);
    expect(draftState(doc, report(2), 'en').mark).toBe('DRAFT — 2 errors, 3 key facts not filled in');
  });

  it('counts a missing proposed LMV among the key facts: the sketch goes with the paper (Panduan WoG §3.3; Jadual 4-1 langkah 7a c)', () => {
    const empty = createEmptyDocument('Kosong', '2026-01-01T00:00:00.000Z');
    expect(draftState(empty, report(0), 'ms').blanks).toContain('lakaran LMV cadangan');
    // every view marked As-Is: the current sketch is drawn but no proposal
    const asIsOnly = produce(example(), (d) => {
      for (const v of Object.values(d.views)) v.state = 'asIs';
    });
    expect(lmvContent(asIsOnly)).toBe('asIsOnly');
    expect(draftState(asIsOnly, report(0), 'en').blanks).toEqual(['proposed LMV sketch']);
    expect(draftState(example(), report(0), 'ms').blanks).toEqual([]);
  });

  it('is a draft when the check was not run', () => {
    expect(draftState(example(), undefined, 'ms').mark).toBe('DRAF — belum disemak');
  });
});

describe('lmvContent', () => {
  it('tells what the proposal part holds: an LMV, only imported views, or nothing', () => {
    expect(lmvContent(example())).toBe('lmv');
    expect(lmvContent(createEmptyDocument('Kosong', '2026-01-01T00:00:00.000Z'))).toBe('none');
    const imported = produce(example(), (d) => {
      for (const v of Object.values(d.views)) v.imported = { viewpoint: 'Layered' };
    });
    expect(lmvContent(imported)).toBe('imported');
  });
});

describe('addressee', () => {
  it('sends the paper to the sector secretariat named in Rajah 5-3, through JPICT Kementerian (Jadual 4-1 steps 2–3)', () => {
    expect(addressee(example(), builtinCatalogueIndex(), 'ms', '……')).toEqual({
      secretariat: 'Sekretariat Pasukan Digital Sektor Sosial 2 (Bakat)',
      contact: 'CDO KESUMA (sektorbakat@mohr.gov.my)',
      through: 'melalui Jawatankuasa Pemandu ICT (JPICT) Kementerian Sumber Manusia (KESUMA)',
      purpose: 'bagi mendapat persetujuan Mesyuarat Pasukan Digital Sektor (Panduan WoG §4.2.1 a)',
    });
  });

  it('leaves dotted blanks when the sector and ministry are unknown, and says an Agensi Spesifik paper is for information', () => {
    const doc = produce(example(), (d) => {
      delete d.meta.sector;
      delete d.meta.agensiInduk;
      d.meta.category = 'agensiSpesifik';
    });
    const to = addressee(doc, builtinCatalogueIndex(), 'ms', '……');
    expect(to.secretariat).toBe('Sekretariat Pasukan Digital Sektor ……');
    expect(to.contact).toBeUndefined();
    expect(to.through).toBe('melalui Jawatankuasa Pemandu ICT (JPICT) ……');
    expect(to.purpose).toBe('sebagai pemakluman dalam Mesyuarat Pasukan Digital Sektor (Panduan WoG §4.2.1 b)');
  });
});

describe('paperViews', () => {
  it('prints As-Is views first, leaves empty views out and keeps an imported view apart from the LMVs', () => {
    const doc = produce(example(), (d) => {
      d.views.v_asis = { id: 'v_asis', name: 'Landskap semasa', order: 2, state: 'asIs', nodes: { app_spp: { x: 0, y: 0 } } };
      d.views.v_goal = { id: 'v_goal', name: 'Goals and Principles', order: 1, nodes: {}, imported: { viewpoint: 'Motivation' } };
      d.views.v_layer = { id: 'v_layer', name: 'Layered View', order: 3, nodes: { sys_a: { x: 0, y: 0 } }, imported: { viewpoint: 'Layered' } };
    });
    const views = paperViews(doc);
    expect(views.asIs.map((v) => v.name)).toEqual(['Landskap semasa']);
    expect(views.proposed.map((v) => v.name)).toEqual(['LMV', 'Layered View']);
    expect(views.proposed.map(isLmvView)).toEqual([true, false]);
  });
});
