/**
 * zod schemas and types of the sector-ecosystem catalogue (001 Bab 2 and friends). The built-in
 * catalogue is checked against these in tests; catalogue update files and imported application
 * lists are parsed with them at the boundary.
 *
 * This module imports only zod and the model vocabulary so that shared/model/schema.ts can use the
 * update and application-list schemas for the optional project-meta fields without a cycle.
 */
import { z } from 'zod';
import { CHANNEL_TYPES, CLASSIFICATIONS, E2E_CATEGORIES, FLOW_CATEGORIES, FLOW_METHODS, LIFECYCLES, PLATFORM_TYPES, SECTORS, APPLICATION_CATEGORIES } from '../model/vocabulary';

/** Every catalogue entry cites the seed file and section it comes from, e.g. "001 §2.6.4, Rajah 2-13". */
export const sourceSchema = z.string().trim().min(5).max(300).regex(/^\d{3} /, 'source.format');

export const bilingualSchema = z.object({ ms: z.string().trim().min(1).max(500), en: z.string().trim().min(1).max(500) });

const sector = z.enum(SECTORS);

export const serviceClusterSchema = z.object({ name: z.string().min(1), subclusters: z.array(z.string().min(1)).optional(), source: sourceSchema });

export const serviceDomainSchema = z.object({
  /** `<sector>.<slug>`, e.g. `sosial2.pekerjaan`. */
  id: z.string().regex(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/),
  sector,
  name: bilingualSchema,
  /** Text in brackets after the domain name in Jadual 2-3 (sub-domains). */
  detail: z.string().optional(),
  /** Marked * in Jadual 2-3 (Ekonomi): an industry from Dasar 4IR Negara / Banci Ekonomi 2023. */
  industry: z.boolean().optional(),
  source: sourceSchema,
});

export const secretariatSchema = z.object({
  /** Ketua Sektor (Rajah 5-3). */
  head: z.string().min(1),
  /** Sekretariat, e.g. "CDO KPWKM". */
  secretariat: z.string().min(1),
  email: z.email(),
  source: sourceSchema,
});

export const sectorEntrySchema = z.object({
  id: sector,
  name: bilingualSchema,
  clusters: z.array(serviceClusterSchema).min(1),
  domains: z.array(serviceDomainSchema).min(1),
  /** Fungsi perkhidmatan mengikut sektor (Rajah 5-5). */
  function: bilingualSchema,
  secretariat: secretariatSchema,
  source: sourceSchema,
});

export const subcategorySchema = z.object({
  name: z.string().min(1),
  /** Marked "*Bukan Warganegara" in Jadual 2-1. */
  nonCitizen: z.boolean().optional(),
  /** A family of subcategories rather than one value (e.g. the 12 MSIC industries): any value is accepted. */
  openEnded: z.boolean().optional(),
});

export const lifecycleRowSchema = z.object({ sector, groups: z.array(z.string().min(1)).min(1), subcategories: z.array(subcategorySchema).min(1), source: sourceSchema });

export const touchpointSchema = z.object({ name: z.string().min(1), source: sourceSchema });

export const lifecycleSchema = z.object({
  id: z.enum(LIFECYCLES),
  name: bilingualSchema,
  /** Number of touchpoints stated in §2.3.2. */
  touchpointCount: z.number().int().positive(),
  /** First and last touchpoint as worded in §2.3.2 (the last is not stated for G2G). */
  first: z.string().min(1),
  last: z.string().min(1).optional(),
  /** Touchpoints (life events) the text names; fewer than `touchpointCount` when the figure is not in the text. */
  named: z.array(touchpointSchema),
  rows: z.array(lifecycleRowSchema).min(1),
  source: sourceSchema,
});

export const personaSchema = z.object({ id: z.string().regex(/^persona\.[a-z][A-Za-z0-9]*$/), no: z.number().int().min(1), name: bilingualSchema, source: sourceSchema });

/** A registry: the official register kept by an agency under an Act, the single source of truth (001 §2.6.2). */
export const registrySchema = z.object({
  id: z.string().regex(/^reg\.[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/, 'registry.idFormat'),
  sector,
  name: bilingualSchema,
  /** Always true for registries: the record of truth (001 §2.6.2). */
  official: z.literal(true),
  /** Owning agency where the seed names it (e.g. JPN for Penduduk). */
  owner: z.string().min(1).max(300).optional(),
  /** Words and phrases (BM/EN) naming the data this registry owns; matched against data entities for the once-only rule. */
  dataKinds: z.array(z.string().trim().min(2).max(100)).min(1).max(100),
  source: sourceSchema,
});

/** A repository: data of a service domain gathered from many sources for analysis (001 §2.6.3). */
export const repositorySchema = z.object({
  id: z.string().regex(/^repo\.[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/, 'repository.idFormat'),
  sector,
  name: bilingualSchema,
  /** Registries the repository draws on (e.g. Kesalahan Trafik & Kenderaan → Kenderaan, Penduduk; §2.6.3). */
  refersTo: z.array(z.string()).max(100).optional(),
  dataKinds: z.array(z.string().trim().min(2).max(100)).max(100).optional(),
  source: sourceSchema,
});

export const applicationCategoryEntrySchema = z.object({ id: z.enum(APPLICATION_CATEGORIES), name: bilingualSchema, definition: z.string().min(1), source: sourceSchema });

export const platformEntrySchema = z.object({
  id: z.enum(PLATFORM_TYPES),
  name: z.string().min(1),
  /** What the platform is for, as worded in the seed. */
  role: bilingualSchema,
  group: z.enum(['dpi', 'genericService']),
  source: sourceSchema,
});

export const channelEntrySchema = z.object({
  id: z.enum(CHANNEL_TYPES),
  name: z.string().min(1),
  url: z.url().optional(),
  /** Who the channel is the single gateway for, when the seed says so. */
  audience: bilingualSchema.optional(),
  /** One of the main WoG channels (Portal MyGovernment, Portal Rai, MyGov). */
  mainGateway: z.boolean(),
  source: sourceSchema,
});

export const e2eCategoryEntrySchema = z.object({ id: z.enum(E2E_CATEGORIES), name: bilingualSchema, definition: z.string().min(1), source: sourceSchema });

export const classificationEntrySchema = z.object({
  id: z.enum(CLASSIFICATIONS),
  name: z.string().min(1),
  /** 0 = Terbuka … 4 = Rahsia Besar. */
  rank: z.number().int().min(0).max(4),
  /** Data rahsia rasmi under Akta Rahsia Rasmi 1972 (003 §1.6). */
  officialSecret: z.boolean(),
  source: sourceSchema,
});

export const sharingCategoryEntrySchema = z.object({
  id: z.enum(FLOW_CATEGORIES),
  name: z.string().min(1),
  /** Methods as printed in 003 Jadual 3. */
  printedMethods: z.array(z.string().min(1)).min(1),
  /** Methods Jadual 3 lists for this category, as Lakar flow methods. */
  listedMethods: z.array(z.enum(FLOW_METHODS)),
  /** Methods Lakar accepts as "lain-lain kaedah yang bersesuaian" (reasoning in `otherNote`). */
  otherSuitable: z.array(z.enum(FLOW_METHODS)),
  otherNote: z.string().min(1),
  source: sourceSchema,
});

export const sectorScenarioSchema = z.object({
  no: z.number().int().min(1),
  title: z.string().min(1),
  /** Service functions named in the scenario and the sector they belong to; `keywords` find them in service names. */
  functions: z.array(z.object({ function: z.string().min(1), sector, keywords: z.array(z.string().min(2)).min(1) })).min(1),
  source: sourceSchema,
});

export const catalogueSchema = z.object({
  /** Version of the catalogue data, e.g. "Sehingga Disember 2025" (001 §2.6.4). */
  version: z.string().min(1).max(200),
  source: sourceSchema,
  /** Versions of the update files applied over the built-in catalogue, oldest first. */
  updates: z.array(z.object({ version: z.string(), source: z.string() })),
  sectors: z.array(sectorEntrySchema).length(6),
  lifecycles: z.array(lifecycleSchema).length(4),
  personas: z.array(personaSchema),
  registries: z.array(registrySchema),
  repositories: z.array(repositorySchema),
  genericProcesses: z.array(z.object({ no: z.number().int().min(1).max(20), ms: z.string(), en: z.string(), source: sourceSchema })).length(20),
  applicationCategories: z.array(applicationCategoryEntrySchema),
  platforms: z.array(platformEntrySchema),
  channels: z.array(channelEntrySchema),
  e2eCategories: z.array(e2eCategoryEntrySchema),
  classifications: z.array(classificationEntrySchema),
  sharingCategories: z.array(sharingCategoryEntrySchema),
  sectorScenarios: z.array(sectorScenarioSchema),
});

export type Bilingual = z.infer<typeof bilingualSchema>;
export type ServiceDomain = z.infer<typeof serviceDomainSchema>;
export type SectorEntry = z.infer<typeof sectorEntrySchema>;
export type LifecycleEntry = z.infer<typeof lifecycleSchema>;
export type LifecycleRow = z.infer<typeof lifecycleRowSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Registry = z.infer<typeof registrySchema>;
export type Repository = z.infer<typeof repositorySchema>;
export type PlatformEntry = z.infer<typeof platformEntrySchema>;
export type ChannelEntry = z.infer<typeof channelEntrySchema>;
export type ClassificationEntry = z.infer<typeof classificationEntrySchema>;
export type SharingCategoryEntry = z.infer<typeof sharingCategoryEntrySchema>;
export type SectorScenario = z.infer<typeof sectorScenarioSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;

// ---------------------------------------------------------------------------------------------
// Boundary formats: catalogue update files and imported agency application lists.

/** Marker of a catalogue update file, so a random JSON file is not mistaken for one. */
export const CATALOGUE_UPDATE_FORMAT = 'lakar-catalogue-update';

/**
 * A catalogue update file: registries and repositories are dynamic and grow over time (001 §2.6.4).
 * Entries whose id exists replace the built-in entry; new ids are added; `remove` withdraws ids.
 */
export const catalogueUpdateSchema = z.object({
  format: z.literal(CATALOGUE_UPDATE_FORMAT),
  /** e.g. "Sehingga Jun 2026". */
  version: z.string().trim().min(1).max(200),
  /** Where the update comes from, e.g. "JDN, sesi libat urus sektoral Jun 2026". */
  source: z.string().trim().min(1).max(300),
  registries: z.array(registrySchema).max(1000).optional(),
  repositories: z.array(repositorySchema).max(1000).optional(),
  remove: z.array(z.string().min(1).max(200)).max(1000).optional(),
});
export type CatalogueUpdate = z.infer<typeof catalogueUpdateSchema>;

/** One application of an agency's application list (e.g. a RASA export), for the duplicate check (001 §4.2.2 a). */
export const agencyApplicationSchema = z.object({
  name: z.string().trim().min(1).max(300),
  agency: z.string().trim().max(300).optional(),
  /** Service function of the application. */
  function: z.string().trim().max(1000).optional(),
  sector: sector.optional(),
  /** 1-based line in the imported file, for messages. */
  line: z.number().int().min(1).optional(),
});
export type AgencyApplication = z.infer<typeof agencyApplicationSchema>;

export const agencyApplicationListSchema = z.object({
  /** File name the list was imported from. */
  importedFrom: z.string().max(500),
  importedAt: z.string().max(100),
  entries: z.array(agencyApplicationSchema).max(100_000),
});
export type AgencyApplicationList = z.infer<typeof agencyApplicationListSchema>;
