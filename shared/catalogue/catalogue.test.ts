import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOGUE, CATALOGUE_VERSION, builtinCatalogueIndex, catalogueRefName } from './catalogue';
import { catalogueSchema } from './schema';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { SECTORS } from '../model/vocabulary';

/** Every object in the catalogue that has an `id` or `no` (an entry), with its path. */
function entries(value: unknown, path = 'catalogue'): { path: string; entry: Record<string, unknown> }[] {
  const out: { path: string; entry: Record<string, unknown> }[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...entries(v, `${path}[${i}]`)));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('id' in obj || 'no' in obj) out.push({ path, entry: obj });
    for (const [k, v] of Object.entries(obj)) out.push(...entries(v, `${path}.${k}`));
  }
  return out;
}

describe('built-in catalogue', () => {
  const c = BUILTIN_CATALOGUE;

  it('validates against the catalogue schema', () => {
    const parsed = catalogueSchema.safeParse(c);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('is versioned "Sehingga Disember 2025" as 001 §2.6.4 states', () => {
    expect(c.version).toBe('Sehingga Disember 2025');
    expect(CATALOGUE_VERSION).toBe(c.version);
  });

  it('has the counts the seed states: 6 sectors, 21 registries, 37 repositories, 17 personas, 20 processes', () => {
    expect(c.sectors.map((s) => s.id)).toEqual([...SECTORS]);
    expect(c.registries).toHaveLength(21);
    expect(c.repositories).toHaveLength(37);
    expect(c.personas).toHaveLength(17);
    expect(c.genericProcesses).toHaveLength(20);
    expect(c.lifecycles.map((l) => l.id)).toEqual(['G2C', 'G2B', 'G2G', 'G2E']);
  });

  it('has registries and repositories per sector as in Rajah 2-13', () => {
    const count = (list: { sector: string }[]) => Object.fromEntries(SECTORS.map((s) => [s, list.filter((e) => e.sector === s).length]));
    expect(count(c.registries)).toEqual({ ekonomi: 5, sosial1: 4, sosial2: 3, infrastruktur: 3, keselamatan: 2, pentadbiranAwam: 4 });
    expect(count(c.repositories)).toEqual({ ekonomi: 6, sosial1: 7, sosial2: 7, infrastruktur: 7, keselamatan: 5, pentadbiranAwam: 5 });
  });

  it('names registries and repositories exactly as the cells of Rajah 2-13 print them, in order', () => {
    // the cells of 001 Rajah 2-13 as printed (list items run together), column by column
    const printed = {
      registries: {
        ekonomi: 'Syarikat dan Koperasi Permit dan Lesen Perusahaan Mikro, Kecil & Sederhana Usahawan Peladang, Penternak, Nelayan',
        sosial1: 'Kumpulan Rentan Kesihatan Individu Perkahwinan Perlindungan Sosial',
        sosial2: 'Pelajar Pekerjaan Pesara',
        infrastruktur: 'Kenderaan Perumahan Tanah',
        keselamatan: 'Penduduk Pertubuhan',
        pentadbiranAwam: 'Penjawat Awam Aset Kerajaan Perolehan Kerajaan Agensi Sektor Awam',
      },
      repositories: {
        ekonomi: 'Kebankrapan & Penggulangan Syarikat Aktiviti Ekonomi Indikator Ekonomi Bumiputera Warisan Harta Intelek',
        sosial1: 'Kesihatan Awam Pemakanan Halal Bahan Terbitan Kebajikan Rakyat Daftar Artifak Media',
        sosial2: 'Pendidikan Maklumat Murid Institusi Latihan TVET Profil Kemahiran Tawaran Pekerjaan (awam/Swasta) Pekerja',
        infrastruktur: 'Spatial Fasiliti (Jalan, Cerun, Bangunan) Pengurusan Trafik Pengangkutan Awam Pelabuhan Lapangan Terbang Sumber Asli',
        keselamatan: 'Jenayah Penyalahgunaan dadah Kesalahan Trafik & Kenderaan Kewarganegaraan Keselamatan (Bencana, Ketenteraman Awam dan Pertahanan)',
        pentadbiranAwam: 'Keluarga Islam Pilihanraya Parlimen Dewan Undangan Negeri Belanjawan Negara',
      },
    };
    const cells = (list: { sector: string; name: { ms: string } }[]) => Object.fromEntries(SECTORS.map((s) => [s, list.filter((e) => e.sector === s).map((e) => e.name.ms).join(' ')]));
    expect(cells(c.registries)).toEqual(printed.registries);
    expect(cells(c.repositories)).toEqual(printed.repositories);
  });

  it('names the service domains of each sector as lettered in Jadual 2-3', () => {
    // the start of each lettered domain as printed ("a. Kesihatan (…) b. Belia dan Sukan …")
    const printed: Record<string, string[]> = {
      sosial1: ['Kesihatan', 'Belia dan Sukan', 'Pembangunan Kesejahteraan dan Perpaduan', 'Keluarga/Isi rumah', 'Kebajikan', 'Perkhidmatan Komuniti dan Masyarakat', 'Komunikasi Digital', 'Perlindungan Sosial'],
      sosial2: ['Pendidikan', 'Latihan', 'Pekerjaan'],
      ekonomi: ['Pertanian dan Industri Makanan', 'Komoditi', 'Perdagangan dan Industri', 'Pembuatan', 'Pelancongan, Kebudayaan dan Sukan', 'Pembinaan', 'Pengangkutan', 'Alam Sekitar – Perlombongan dan Pengkuarian', 'Perkhidmatan Kewangan', 'Kesihatan', 'Pendidikan', 'Ekonomi, Penyelidikan dan Pembangunan'],
      infrastruktur: ['Pengangkutan', 'Pembangunan Komuniti dan Luar bandar', 'Perumahan dan Kerajaan Tempatan', 'Kemudahan Awam dan Fasiliti', 'Teknologi', 'Tenaga', 'Sumber Asli', 'Alam Sekitar'],
      keselamatan: ['Keselamatan Dalam Negeri', 'Hal Ehwal Luar Negeri', 'Pengurusan Bencana dan Keselamatan', 'Pertahanan', 'Penyiaran, Komunikasi dan Maklumat', 'Keselamatan Siber', 'Infrastruktur Digital'],
      pentadbiranAwam: ['Pengurusan Kewangan', 'Agama Islam', 'Kehakiman dan Perundangan', 'Pembangunan Negara', 'Perpaduan Negara dan Kesejahteraan Sosial', 'Pengurusan Sumber Manusia', 'Pengurusan Projek', 'Audit', 'Pentadbiran Am'],
    };
    expect(Object.fromEntries(c.sectors.map((s) => [s.id, s.domains.map((d) => d.name.ms)]))).toEqual(printed);
    expect(c.sectors.map((s) => s.clusters.length)).toEqual([2, 2, 4, 4, 3, 3]);
  });

  it('gives every entry a source citing a seed file and section', () => {
    const all = entries(c);
    expect(all.length).toBeGreaterThan(150);
    const missing = all.filter(({ entry }) => typeof entry.source !== 'string' || !/^00[0-3] .*(§|Jadual|Rajah|Takrifan|para|Bab)/.test(entry.source as string));
    expect(missing.map((m) => m.path)).toEqual([]);
  });

  it('has unique ids across registries, repositories, domains and personas', () => {
    const ids = [...c.registries, ...c.repositories, ...c.sectors.flatMap((s) => s.domains), ...c.personas].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks every registry as the official single source of truth (§2.6.2)', () => {
    expect(c.registries.every((r) => r.official === true && r.dataKinds.length > 0)).toBe(true);
    expect(c.registries.find((r) => r.id === 'reg.keselamatan.penduduk')?.owner).toMatch(/JPN/);
  });

  it('keeps the ids the worked example uses valid', () => {
    const index = builtinCatalogueIndex();
    const doc = pengambilanPekerjaExample();
    for (const e of doc.elements.values()) {
      if (e.kind === 'dataEntity') {
        if (e.registryRef) expect(index.registries.has(e.registryRef)).toBe(true);
        if (e.repositoryRef) expect(index.repositories.has(e.repositoryRef)).toBe(true);
      }
      if (e.kind === 'service' && e.serviceDomain) expect(index.domains.get(e.serviceDomain)?.sector).toBe('sosial2');
    }
  });

  it('lists the six sector secretariats of Rajah 5-3 and the functions of Rajah 5-5', () => {
    expect(c.sectors.map((s) => s.secretariat.secretariat)).toEqual(['CDO KPWKM', 'CDO KESUMA', 'CDO MITI', 'CDO MOT', 'CDO MKN', 'CDO JPM']);
    expect(c.sectors.find((s) => s.id === 'ekonomi')?.function.ms).toMatch(/komuniti perniagaan/);
  });

  it('states the touchpoint counts of §2.3.2 and names only what the text names', () => {
    const byId = Object.fromEntries(c.lifecycles.map((l) => [l.id, l]));
    expect([byId.G2C.touchpointCount, byId.G2B.touchpointCount, byId.G2G.touchpointCount, byId.G2E.touchpointCount]).toEqual([14, 5, 11, 9]);
    expect([byId.G2C.first, byId.G2C.last]).toEqual(['Kelahiran', 'Kematian']);
    expect(byId.G2G.last).toBeUndefined();
    for (const l of c.lifecycles) expect(l.named.length).toBeLessThanOrEqual(l.touchpointCount);
  });

  it('lists the DPI platforms, generic services and main channels', () => {
    expect(c.platforms.filter((p) => p.group === 'dpi').map((p) => p.id)).toEqual(['myDigitalId', 'ePaymentGateway', 'myGdx']);
    expect(c.platforms.filter((p) => p.group === 'genericService').map((p) => p.id)).toEqual(['myGovCloud', 'myGovNet', 'myGovUc']);
    expect(c.channels.filter((ch) => ch.mainGateway).map((ch) => ch.id)).toEqual(['portalMyGovernment', 'portalRai', 'myGovApp']);
  });

  it('allows e-mel/fail for both sharing categories and API only for berkala (003 Jadual 3)', () => {
    const [oneOff, berkala] = c.sharingCategories;
    expect(oneOff.listedMethods).toEqual(['emailFile']);
    expect(berkala.listedMethods).toEqual(['api', 'webService', 'emailFile']);
    expect(oneOff.otherSuitable).not.toContain('api');
    expect(berkala.otherSuitable).not.toContain('manual');
  });
});

describe('CatalogueIndex', () => {
  const index = builtinCatalogueIndex();

  it('finds target groups and subcategories of a lifecycle whatever the case', () => {
    expect(index.hasGroup('G2C', 'warganegara')).toBe(true);
    expect(index.hasGroup('G2E', 'Warganegara')).toBe(false);
    expect(index.subcategorySectors('G2C', 'PENYELIDIK')).toEqual(['sosial1', 'ekonomi']);
    expect(index.subcategorySectors('G2C', 'Usahawan')).toBeUndefined();
    expect(index.acceptsAnySubcategory('G2B')).toBe(true);
  });

  it('matches registry data kinds in names and camelCase field names', () => {
    expect(index.registryMatching('maklumat identiti individu')?.id).toBe('reg.keselamatan.penduduk');
    expect(index.registryMatching('kod taraf kahwin')?.id).toBe('reg.sosial1.perkahwinan');
    expect(index.registryMatching('maklumat calon')).toBeUndefined();
    // whole words only, anywhere in the text: not a phrase running into a longer word
    expect(index.registryMatching('senarai kod taraf kahwin ~ nama')?.id).toBe('reg.sosial1.perkahwinan');
    expect(index.registryMatching('kod taraf kahwinan')).toBeUndefined();
    expect(index.registryMatching('kod taraf kahwinan ~ kod taraf kahwin')?.id).toBe('reg.sosial1.perkahwinan');
  });

  it('names registries, repositories and domains in both languages', () => {
    expect(catalogueRefName('reg.keselamatan.penduduk')).toBe('Registri Penduduk');
    expect(catalogueRefName('repo.infrastruktur.spatial', 'en')).toBe('Spatial Repository');
    expect(catalogueRefName('sosial2.pekerjaan')).toBe('Pekerjaan');
    expect(catalogueRefName('reg.tiada.ini')).toBeUndefined();
  });
});
