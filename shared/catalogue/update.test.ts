import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, builtinCatalogueIndex } from './catalogue';
import { mergeCatalogue, parseCatalogueUpdate, resolveCatalogueIndex, summarizeUpdate } from './update';
import { projectMetaSchema } from '../model/schema';

const registry = { id: 'reg.sosial2.tvet', sector: 'sosial2', name: { ms: 'Pelatih TVET', en: 'TVET Trainees' }, official: true, dataKinds: ['pelatih tvet'], source: '003 Bab 1' };
const update = (extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'lakar-catalogue-update', version: 'Sehingga Jun 2026', source: 'JDN, sesi libat urus Jun 2026', registries: [registry], ...extra });

describe('parseCatalogueUpdate', () => {
  it('accepts a valid update file with a BOM', () => {
    const r = parseCatalogueUpdate('\uFEFF' + update());
    expect(r.ok).toBe(true);
  });

  it('rejects text that is not JSON, naming the JSON error in BM and EN', () => {
    const r = parseCatalogueUpdate('{ "format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.ms).toMatch(/bukan JSON yang sah/);
      expect(r.error.en).toMatch(/not valid JSON/);
    }
  });

  it('rejects a JSON file that is not a catalogue update', () => {
    const r = parseCatalogueUpdate(JSON.stringify({ schemaVersion: 1, elements: {} }));
    expect(!r.ok && r.error.en).toMatch(/"format" field must be "lakar-catalogue-update"/);
  });

  it('names the field that is wrong', () => {
    const r = parseCatalogueUpdate(update({ registries: [{ ...registry, sector: 'sukan' }] }));
    expect(!r.ok && r.error.ms).toMatch(/registries\.0\.sector/);
  });

  it('rejects a registry whose id does not carry its sector', () => {
    const r = parseCatalogueUpdate(update({ registries: [{ ...registry, id: 'reg.ekonomi.tvet' }] }));
    expect(!r.ok && r.error.en).toMatch(/"reg.ekonomi.tvet" does not match its sector "sosial2"/);
  });

  it('rejects removing an id the catalogue does not have, and duplicates', () => {
    expect(parseCatalogueUpdate(update({ remove: ['repo.tiada.ini'] })).ok).toBe(false);
    const dup = parseCatalogueUpdate(update({ registries: [registry, registry] }));
    expect(!dup.ok && dup.error.ms).toMatch(/berulang/);
  });

  it('rejects a repository that refers to an unknown registry', () => {
    const repo = { id: 'repo.sosial2.tvetBaharu', sector: 'sosial2', name: { ms: 'TVET Baharu', en: 'New TVET' }, refersTo: ['reg.sosial2.tiada'], source: '003 Bab 1' };
    const r = parseCatalogueUpdate(update({ repositories: [repo] }));
    expect(!r.ok && r.error.en).toMatch(/refers to registry "reg.sosial2.tiada"/);
  });

  it('rejects an update that changes nothing', () => {
    expect(parseCatalogueUpdate(JSON.stringify({ format: 'lakar-catalogue-update', version: 'x', source: 'y' })).ok).toBe(false);
  });
});

describe('mergeCatalogue', () => {
  it('adds new entries, replaces same ids, withdraws removed ids and records the version', () => {
    const changed = { ...BUILTIN_CATALOGUE.registries[0], name: { ms: 'Syarikat, Perniagaan dan Koperasi', en: 'Companies, Businesses and Cooperatives' } };
    const r = parseCatalogueUpdate(update({ registries: [registry, changed], remove: ['repo.infrastruktur.pelabuhan'] }));
    if (!r.ok) throw new Error(r.error.en);
    const merged = mergeCatalogue(BUILTIN_CATALOGUE, r.value);
    expect(merged.registries).toHaveLength(22);
    expect(merged.registries[0].name.ms).toBe('Syarikat, Perniagaan dan Koperasi');
    expect(merged.repositories).toHaveLength(36);
    expect(merged.version).toBe('Sehingga Jun 2026');
    expect(merged.updates).toEqual([{ version: 'Sehingga Jun 2026', source: 'JDN, sesi libat urus Jun 2026' }]);
    expect(summarizeUpdate(r.value)).toEqual({ added: 1, replaced: 1, removed: 1 });
    expect(BUILTIN_CATALOGUE.registries).toHaveLength(21); // the built-in catalogue is untouched
  });

  it('resolves a project’s catalogue once per update object', () => {
    const r = parseCatalogueUpdate(update());
    if (!r.ok) throw new Error(r.error.en);
    const a = resolveCatalogueIndex(r.value, builtinCatalogueIndex);
    expect(resolveCatalogueIndex(r.value, builtinCatalogueIndex)).toBe(a);
    expect(a.registries.has('reg.sosial2.tvet')).toBe(true);
    expect(resolveCatalogueIndex(undefined, builtinCatalogueIndex)).toBe(builtinCatalogueIndex());
  });

  it('is stored in project meta, which validates it', () => {
    const r = parseCatalogueUpdate(update());
    if (!r.ok) throw new Error(r.error.en);
    expect(projectMetaSchema.safeParse({ title: 'x', catalogueUpdate: r.value }).success).toBe(true);
    expect(projectMetaSchema.safeParse({ title: 'x', catalogueUpdate: { format: 'lain' } }).success).toBe(false);
  });
});
