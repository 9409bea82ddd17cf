/**
 * Planner's words for the fields diff and merge talk about, in Bahasa Melayu and English, with the
 * vocabulary group of each closed-list field so its values print as labels ("SFTP → MyGDX", not
 * "sftp → myGdx"). Wording follows the inspector and the Maklumat Projek form. A field missing
 * here is still listed, under its own name: nothing the schema gains later is hidden.
 */
import type { DomainMessages, Lang } from '../i18n';

type Words = Record<Lang, string>;

/** Element and relation fields (same key, same meaning across kinds). */
const ENTITY_FIELDS: Record<string, Words> = {
  name: { ms: 'Nama', en: 'Name' },
  description: { ms: 'Keterangan', en: 'Description' },
  properties: { ms: 'Sifat tambahan', en: 'Extra properties' },
  kind: { ms: 'Jenis', en: 'Kind' },
  // relation fields first: a flow's listing starts with its method
  source: { ms: 'Dari', en: 'From' },
  target: { ms: 'Ke', en: 'To' },
  label: { ms: 'Label', en: 'Label' },
  method: { ms: 'Kaedah integrasi', en: 'Integration method' },
  direction: { ms: 'Arah', en: 'Direction' },
  dataEntityIds: { ms: 'Data yang dibawa', en: 'Data carried' },
  serviceId: { ms: 'Servis ID MyGDX', en: 'MyGDX Service ID' },
  integrationStyle: { ms: 'Gaya integrasi', en: 'Integration style' },
  httpMethod: { ms: 'Kaedah HTTP', en: 'HTTP method' },
  apiUrl: { ms: 'URL API', en: 'API URL' },
  authentication: { ms: 'Pengesahan', en: 'Authentication' },
  consumers: { ms: 'Agensi pengguna data', en: 'Consumer agencies' },
  requestFields: { ms: 'Medan permintaan', en: 'Request fields' },
  responseFields: { ms: 'Medan respons', en: 'Response fields' },
  access: { ms: 'Capaian', en: 'Access' },
  lifecycle: { ms: 'Kitaran hayat', en: 'Lifecycle' },
  group: { ms: 'Kumpulan Sasar', en: 'Target group' },
  subcategory: { ms: 'Subkategori Kumpulan Sasar', en: 'Target group subcategory' },
  persona: { ms: 'Persona', en: 'Persona' },
  channelType: { ms: 'Jenis medium', en: 'Channel type' },
  url: { ms: 'URL', en: 'URL' },
  e2eCategory: { ms: 'Kategori E2E', en: 'E2E category' },
  serviceDomain: { ms: 'Domain perkhidmatan', en: 'Service domain' },
  agency: { ms: 'Agensi', en: 'Agency' },
  genericProcess: { ms: 'Proses umum (Rajah 3-2)', en: 'Generic process (Rajah 3-2)' },
  order: { ms: 'Turutan', en: 'Order' },
  category: { ms: 'Kategori', en: 'Category' },
  agencyCode: { ms: 'Kod agensi', en: 'Agency code' },
  systemCode: { ms: 'Kod sistem', en: 'System code' },
  parentId: { ms: 'Sebahagian daripada', en: 'Part of' },
  platformType: { ms: 'Jenis platform', en: 'Platform type' },
  internal: { ms: 'Sistem dalaman agensi', en: 'Agency’s own system' },
  classification: { ms: 'Klasifikasi', en: 'Classification' },
  personalData: { ms: 'Data peribadi', en: 'Personal data' },
  registryRef: { ms: 'Registri', en: 'Registry' },
  repositoryRef: { ms: 'Repositori', en: 'Repository' },
  ownerAgency: { ms: 'Agensi pemilik data', en: 'Data owner agency' },
  fields: { ms: 'Medan data', en: 'Data fields' },
  siteType: { ms: 'Jenis lokasi', en: 'Site type' },
  location: { ms: 'Tempat', en: 'Location' },
  hardware: { ms: 'Perkakasan', en: 'Hardware' },
  software: { ms: 'Perisian', en: 'Software' },
  placement: { ms: 'Penempatan infrastruktur', en: 'Infrastructure placement' },
  networkType: { ms: 'Jenis rangkaian', en: 'Network type' },
  speedMbps: { ms: 'Kelajuan', en: 'Speed' },
  controlType: { ms: 'Jenis kawalan', en: 'Control type' },
};

/** View fields. */
const VIEW_FIELDS: Record<string, Words> = {
  name: { ms: 'Nama paparan', en: 'View name' },
  order: { ms: 'Turutan paparan', en: 'View order' },
  bandHeights: { ms: 'Ketinggian label LMV', en: 'LMV band heights' },
  nodes: { ms: 'Kedudukan', en: 'Position' },
};

/** Project fields (meta), as on the Maklumat Projek form. */
const META_FIELDS: Record<string, Words> = {
  title: { ms: 'Tajuk projek', en: 'Project title' },
  pemilikProjek: { ms: 'Pemilik Projek', en: 'Project owner (Pemilik Projek)' },
  penerajuProjek: { ms: 'Peneraju Projek', en: 'Project lead (Peneraju Projek)' },
  pelaksanaProjek: { ms: 'Pelaksana Projek', en: 'Project implementer (Pelaksana Projek)' },
  pelaksanaPerolehan: { ms: 'Pelaksana Perolehan', en: 'Procurement implementer (Pelaksana Perolehan)' },
  agensiInduk: { ms: 'Agensi Induk', en: 'Parent agency (Agensi Induk)' },
  sector: { ms: 'Sektor', en: 'Sector' },
  serviceDomain: { ms: 'Domain perkhidmatan', en: 'Service domain' },
  category: { ms: 'Kategori projek', en: 'Project category' },
  objectives: { ms: 'Objektif projek', en: 'Project objectives' },
  scope: { ms: 'Skop projek', en: 'Project scope' },
  measurableObjectives: { ms: 'Objektif yang boleh diukur', en: 'Measurable objectives' },
  targetGroupBenefits: { ms: 'Kesulitan dan manfaat kumpulan sasar', en: 'Target-group pain points and benefits' },
  asIsSummary: { ms: 'Landskap semasa (As-Is)', en: 'Current landscape (As-Is)' },
  strategicAlignment: { ms: 'Penjajaran PSP/EA dan punca kuasa', en: 'PSP/EA alignment and authority' },
  inisiatifTumpuan: { ms: 'Inisiatif tumpuan', en: 'Focus initiative (inisiatif tumpuan)' },
  agensiSpesifikCategory: { ms: 'Kategori projek Agensi Spesifik', en: 'Agency-specific project category' },
  cyberRisk: { ms: 'Pertimbangan risiko ancaman siber', en: 'Cyber-threat risk consideration' },
  risks: { ms: 'Daftar risiko', en: 'Risk register' },
  jdnConsultation: { ms: 'Perundingan JDN', en: 'JDN consultation' },
  kaedahPerolehan: { ms: 'Kaedah Perolehan', en: 'Procurement method (Kaedah Perolehan)' },
  fundingSource: { ms: 'Sumber peruntukan', en: 'Source of allocation' },
  fundingNote: { ms: 'Catatan peruntukan', en: 'Allocation note' },
  costs: { ms: 'Komponen kos', en: 'Cost components' },
  milestones: { ms: 'Jadual pelaksanaan (fasa PPrISA)', en: 'Implementation schedule (PPrISA phases)' },
  dependencies: { ms: 'Kebergantungan', en: 'Dependencies' },
  advancedTechnologies: { ms: 'Teknologi termaju', en: 'Advanced technologies' },
  checklistAnswers: { ms: 'Jawapan Senarai Semak (A.1.a)', en: 'Checklist answers (A.1.a)' },
  endorsement: { ms: 'Pengesahan', en: 'Endorsement' },
  estimatedCost: { ms: 'Anggaran kos (RM)', en: 'Estimated cost (RM)' },
  expectedOutcomes: { ms: 'Keberhasilan dijangka', en: 'Expected outcomes' },
  pengoptimumanKos: { ms: 'Pengoptimuman kos', en: 'Cost optimisation' },
  pengoptimumanSumber: { ms: 'Pengoptimuman sumber', en: 'Resource optimisation' },
  pulanganNilaiTerbaik: { ms: 'Pulangan nilai terbaik', en: 'Best value for money' },
  version: { ms: 'Versi dokumen', en: 'Document version' },
  paperDate: { ms: 'Tarikh kertas cadangan', en: 'Date of the proposal paper' },
  author: { ms: 'Disediakan oleh', en: 'Prepared by' },
  disabledRules: { ms: 'Peraturan dimatikan', en: 'Rules switched off' },
  catalogueUpdate: { ms: 'Kemas kini katalog', en: 'Catalogue update' },
  agencyApplications: { ms: 'Senarai aplikasi agensi', en: 'Agency application list' },
  declinedCatalogueRefs: { ms: 'Rujukan katalog yang tidak digunakan', en: 'Catalogue references declined' },
  importAssumptions: { ms: 'Andaian import', en: 'Import assumptions' },
  properties: { ms: 'Sifat model', en: 'Model properties' },
  unplaced: { ms: 'Konsep tidak ditempatkan', en: 'Unplaced concepts' },
  createdAt: { ms: 'Dicipta', en: 'Created' },
  updatedAt: { ms: 'Dikemas kini', en: 'Updated' },
  lineage: { ms: 'Salasilah simpanan', en: 'Save lineage' },
};

/** Top-level document members outside the collections. */
const DOCUMENT_FIELDS: Record<string, Words> = {
  meta: { ms: 'Maklumat projek', en: 'Project information' },
  schemaVersion: { ms: 'Versi skema', en: 'Schema version' },
};

/** The word for one path segment of an entity in `collection`, or the raw key when unknown. */
export function fieldWord(collection: string, path: readonly string[], index: number, lang: Lang): string {
  const key = path[index];
  let table: Record<string, Words> | undefined;
  if (collection === 'project') table = index === 0 ? DOCUMENT_FIELDS : path[0] === 'meta' ? META_FIELDS : undefined;
  else if (collection === 'views') table = index === 0 ? VIEW_FIELDS : undefined;
  else if (collection === 'elements' || collection === 'relations') table = index === 0 ? ENTITY_FIELDS : undefined;
  return table?.[key]?.[lang] ?? key;
}

/**
 * The words of a field path, skipping segments a planner does not need ("meta" of project fields,
 * the key under "properties" is kept verbatim): e.g. `Kaedah integrasi`, `Keberhasilan dijangka ›
 * Pengoptimuman kos`, `Sifat tambahan › owner`.
 */
export function fieldLabel(collection: string, path: readonly string[], lang: Lang): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    if (collection === 'project' && i === 0 && path[0] === 'meta' && path.length > 1) continue;
    if (collection === 'project' && path[0] === 'meta' && i > 0) {
      words.push(META_FIELDS[path[i]]?.[lang] ?? path[i]);
      continue;
    }
    words.push(fieldWord(collection, path, i, lang));
  }
  return words.join(' › ');
}

/** Vocabulary group of a closed-list field, by the kind of the entity that holds it. */
export function valueGroup(collection: string, kind: string | undefined, path: readonly string[]): keyof DomainMessages | undefined {
  const field = path[path.length - 1];
  if (collection === 'project') {
    if (path[0] !== 'meta') return undefined;
    if (field === 'sector') return 'sector';
    if (field === 'category' && path.length === 2) return 'projectCategory';
    return undefined;
  }
  if (path.length !== 1) return undefined;
  switch (field) {
    case 'lifecycle':
      return 'lifecycle';
    case 'channelType':
      return 'channelType';
    case 'e2eCategory':
      return 'e2eCategory';
    case 'platformType':
      return 'platformType';
    case 'classification':
      return 'classification';
    case 'siteType':
      return 'siteType';
    case 'networkType':
      return 'networkType';
    case 'controlType':
      return 'securityControlType';
    case 'method':
      return 'flowMethod';
    case 'direction':
      return 'flowDirection';
    case 'access':
      return 'dataAccess';
    case 'category':
      return kind === 'dataFlow' ? 'flowCategory' : kind === 'application' ? 'applicationCategory' : undefined;
    case 'kind':
      return collection === 'relations' ? 'relation' : 'kind';
    default:
      return undefined;
  }
}

/** Fields holding one element id, or a list of them, whose values print as element names. */
export const REFERENCE_FIELDS: ReadonlySet<string> = new Set(['parentId', 'source', 'target', 'dataEntityIds']);

/** Words of the describer itself. */
export const DIFF_WORDS = {
  ms: {
    added: 'Ditambah',
    removed: 'Dipadam',
    changed: 'Diubah',
    none: '—',
    yes: 'ya',
    no: 'tidak',
    project: 'Maklumat projek',
    view: 'Paparan',
    flow: 'Aliran data',
    placed: 'diletakkan pada paparan',
    unplacedNode: 'dikeluarkan dari paparan',
    moved: 'dialih',
    rows: 'baris',
    more: 'lagi',
  },
  en: {
    added: 'Added',
    removed: 'Deleted',
    changed: 'Changed',
    none: '—',
    yes: 'yes',
    no: 'no',
    project: 'Project information',
    view: 'View',
    flow: 'Data flow',
    placed: 'placed on the view',
    unplacedNode: 'taken off the view',
    moved: 'moved',
    rows: 'rows',
    more: 'more',
  },
} as const;

const LAST = ['description', 'properties'];
const ORDER: Record<string, Map<string, number>> = {
  entity: new Map([...Object.keys(ENTITY_FIELDS).filter((k) => !LAST.includes(k)), ...LAST].map((k, i) => [k, i])),
  views: new Map(Object.keys(VIEW_FIELDS).map((k, i) => [k, i])),
  meta: new Map(Object.keys(META_FIELDS).map((k, i) => [k, i])),
  document: new Map(Object.keys(DOCUMENT_FIELDS).map((k, i) => [k, i])),
};

/**
 * Where a field goes in a listing: known fields in the order of the forms (description and extra
 * properties last), unknown ones after them by name; so a listing never depends on the order a file
 * happens to store an entity's members in.
 */
export function fieldRank(collection: string, path: readonly string[]): [number, string] {
  const rank = (table: Map<string, number>, key: string) => table.get(key) ?? table.size;
  if (collection === 'project') {
    if (path[0] === 'meta' && path.length > 1) return [ORDER.document.size + 1 + rank(ORDER.meta, path[1]), `${ORDER.meta.has(path[1]) ? '' : path[1]}\u0000${path.slice(2).join('\u0000')}`];
    return [rank(ORDER.document, path[0]), path.slice(1).join('\u0000')];
  }
  const table = collection === 'views' ? ORDER.views : ORDER.entity;
  return [rank(table, path[0]), `${table.has(path[0]) ? '' : path[0]}\u0000${path.slice(1).join('\u0000')}`];
}
