/**
 * zod schemas of the LMV document: the single definition of what a valid Lakar model is.
 * Every boundary (file open, JSON import, IPC, store rows) parses with these.
 */
import { z } from 'zod';
import {
  APPLICATION_CATEGORIES,
  CHANNEL_TYPES,
  CLASSIFICATIONS,
  DATA_ACCESS,
  E2E_CATEGORIES,
  FLOW_CATEGORIES,
  FLOW_DIRECTIONS,
  FLOW_METHODS,
  GENERIC_PROCESS_COUNT,
  HTTP_METHODS,
  INTEGRATION_STYLES,
  LIFECYCLES,
  NETWORK_TYPES,
  PLATFORM_TYPES,
  PROJECT_CATEGORIES,
  SECTORS,
  SECURITY_CONTROL_TYPES,
  SITE_ROLES,
  SITE_TYPES,
  VIEW_STATES,
} from './vocabulary';
import { RESERVED_ID_MESSAGE, SAFE_ID_PATTERN } from './ids';
import { Table } from './table';
import { isTableWire, recordOfTableWire } from './wire';
import { agencyApplicationListSchema, catalogueUpdateSchema } from '../catalogue/schema';
import { dataLifecycleSchema, proposalMetaFields, sharingApprovalSchema } from './proposal';

/**
 * Current document schema version; bump together with a new file in shared/lakar-file/migrations and a
 * step in ./upgrade.ts. Version 2 added the proposal-paper fields (./proposal.ts) and replaced the
 * single `estimatedCost` by the cost table `costs`.
 */
export const SCHEMA_VERSION = 2;

/** Ids are opaque strings, never a name of Object.prototype (shared/model/ids.ts). */
const id = z.string().min(1).max(200).regex(SAFE_ID_PATTERN, RESERVED_ID_MESSAGE);
/** The id schema, for command arguments and other boundaries that name elements, relations or views. */
export const idSchema = id;
const name = z.string().trim().min(1, 'name.required').max(300);
const text = z.string().max(20_000);
const shortText = z.string().max(500);

/** Free key/value properties kept verbatim (e.g. ArchiMate properties that have no LMV field). */
const properties = z.record(z.string().max(300), z.string().max(20_000));

const elementBase = {
  id,
  name,
  description: text.optional(),
  properties: properties.optional(),
};

export const targetGroupSchema = z.object({
  ...elementBase,
  kind: z.literal('targetGroup'),
  lifecycle: z.enum(LIFECYCLES),
  /** Kumpulan Sasar, e.g. "Warganegara" (001 Jadual 2-1). */
  group: shortText.optional(),
  /** Subkategori Kumpulan Sasar, e.g. "Warga Emas". */
  subcategory: shortText.optional(),
  /** Persona (001 Jadual 2-2). */
  persona: shortText.optional(),
});

export const channelSchema = z.object({
  ...elementBase,
  kind: z.literal('channel'),
  channelType: z.enum(CHANNEL_TYPES),
  url: shortText.optional(),
});

export const serviceSchema = z.object({
  ...elementBase,
  kind: z.literal('service'),
  e2eCategory: z.enum(E2E_CATEGORIES).optional(),
  /** Service domain id from the catalogue (001 Jadual 2-3). */
  serviceDomain: shortText.optional(),
  agency: shortText.optional(),
});

export const processSchema = z.object({
  ...elementBase,
  kind: z.literal('process'),
  /** Number 1–20 of the generic process in 001 Rajah 3-2. */
  genericProcess: z.number().int().min(1).max(GENERIC_PROCESS_COUNT).optional(),
  /** Position in the high-level process sequence (1 = first). */
  order: z.number().int().min(1).max(10_000).optional(),
});

export const applicationSchema = z.object({
  ...elementBase,
  kind: z.literal('application'),
  category: z.enum(APPLICATION_CATEGORIES).optional(),
  agency: shortText.optional(),
  /** MyGDX memberCode of the owning agency, e.g. "JDN". */
  agencyCode: shortText.optional(),
  /** MyGDX subsystemCode of the system, e.g. "DDSA". */
  systemCode: shortText.optional(),
  /** The agency's parent ministry (NAMA AGENSI INDUK of the IDD it signs as supplier; 003 Lampiran A). */
  parentAgency: shortText.optional(),
});

export const moduleSchema = z.object({
  ...elementBase,
  kind: z.literal('module'),
  /** The application this module belongs to. */
  parentId: id.optional(),
});

export const appServiceSchema = z.object({
  ...elementBase,
  kind: z.literal('appService'),
  /** The application or module that provides this application service. */
  parentId: id.optional(),
});

export const platformSchema = z.object({
  ...elementBase,
  kind: z.literal('platform'),
  platformType: z.enum(PLATFORM_TYPES),
});

export const externalSystemSchema = z.object({
  ...elementBase,
  kind: z.literal('externalSystem'),
  /** Agency that owns the system and supplies or consumes its data. */
  agency: shortText.optional(),
  agencyCode: shortText.optional(),
  systemCode: shortText.optional(),
  /** True when the system belongs to the project's own agency (integrasi dalaman). */
  internal: z.boolean().optional(),
  /** The agency's parent ministry (NAMA AGENSI INDUK of the IDD it signs as supplier; 003 Lampiran A). */
  parentAgency: shortText.optional(),
});

export const dataFieldSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: shortText.optional(),
  type: shortText.optional(),
  /** Length or size of the value as the supplier states it, e.g. "12" or "10,2" (IDD Data Format, 003 Lampiran A §2.1.4–2.1.5). */
  length: z.string().trim().max(50).optional(),
  /** True when the field must be present (mandatory) in the request or response. */
  mandatory: z.boolean().optional(),
});

export const dataEntitySchema = z.object({
  ...elementBase,
  kind: z.literal('dataEntity'),
  classification: z.enum(CLASSIFICATIONS).optional(),
  personalData: z.boolean().optional(),
  /** Catalogue registry id this data belongs to (single source of truth, 001 §2.6.2). */
  registryRef: shortText.optional(),
  /** Catalogue repository id (001 §2.6.3). */
  repositoryRef: shortText.optional(),
  ownerAgency: shortText.optional(),
  fields: z.array(dataFieldSchema).max(500).optional(),
  /** Where the data is stored, whether it is published, how long it is kept (Jadual 4-1 A.1.a v). */
  dataLifecycle: dataLifecycleSchema.optional(),
});

export const hardwareItemSchema = z.object({
  item: z.string().trim().min(1).max(300),
  quantity: z.number().int().min(0).max(1_000_000),
});

export const siteSchema = z.object({
  ...elementBase,
  kind: z.literal('site'),
  siteType: z.enum(SITE_TYPES),
  location: shortText.optional(),
  /** What the site is for when it hosts systems; cloud and DRC sites say it by their type. */
  role: z.enum(SITE_ROLES).optional(),
  hardware: z.array(hardwareItemSchema).max(1000).optional(),
  software: z.array(z.string().trim().min(1).max(300)).max(1000).optional(),
  /**
   * Matters of placing the infrastructure at the site, one per line: rack space, power, network
   * links, the hosting arrangement (001 §3.3.4 g: "perkara yang berkaitan dengan penempatan
   * infrastruktur di lokasi tersebut"). Optional, as site.role was: no schema version of its own.
   */
  placement: z.array(z.string().trim().min(1).max(300)).max(1000).optional(),
});

export const networkSchema = z.object({
  ...elementBase,
  kind: z.literal('network'),
  networkType: z.enum(NETWORK_TYPES),
  /** Link speed in Mbps. */
  speedMbps: z.number().positive().max(10_000_000).optional(),
});

export const securityControlSchema = z.object({
  ...elementBase,
  kind: z.literal('securityControl'),
  controlType: z.enum(SECURITY_CONTROL_TYPES),
});

export const elementSchema = z.discriminatedUnion('kind', [
  targetGroupSchema,
  channelSchema,
  serviceSchema,
  processSchema,
  applicationSchema,
  moduleSchema,
  appServiceSchema,
  platformSchema,
  externalSystemSchema,
  dataEntitySchema,
  siteSchema,
  networkSchema,
  securityControlSchema,
]);

const relationBase = {
  id,
  source: id,
  target: id,
  label: shortText.optional(),
  properties: properties.optional(),
};

export const consumerAgencySchema = z.object({
  agencyName: z.string().trim().min(1).max(300),
  memberCode: shortText.optional(),
  subsystemCode: shortText.optional(),
});

/**
 * The service of the other direction of a two-way flow (direction "both", 001 §3.3.4 f "menerima
 * dan membekalkan"): the target supplies it to the source, with its own Servis ID (and CRUD letter)
 * and IDD fields (003 Lampiran A §2.1). `dataEntityIds` names which of the flow's data the target
 * supplies; the rest of the flow's data goes from source to target.
 */
export const reverseServiceSchema = z.object({
  label: shortText.optional(),
  dataEntityIds: z.array(id).max(1000).optional(),
  serviceId: shortText.optional(),
  integrationStyle: z.enum(INTEGRATION_STYLES).optional(),
  httpMethod: z.enum(HTTP_METHODS).optional(),
  apiUrl: shortText.optional(),
  authentication: shortText.optional(),
  consumers: z.array(consumerAgencySchema).max(200).optional(),
  requestFields: z.array(dataFieldSchema).max(500).optional(),
  responseFields: z.array(dataFieldSchema).max(500).optional(),
  /** The target's approval to share the data of this service (003 §2.4.2 iv): each direction is its own sharing. */
  sharingApproval: sharingApprovalSchema.optional(),
});

export const dataFlowSchema = z.object({
  ...relationBase,
  kind: z.literal('dataFlow'),
  method: z.enum(FLOW_METHODS).optional(),
  direction: z.enum(FLOW_DIRECTIONS).optional(),
  category: z.enum(FLOW_CATEGORIES).optional(),
  /** Overrides the classification derived from the carried data entities. */
  classification: z.enum(CLASSIFICATIONS).optional(),
  /** Data entities carried by this flow. */
  dataEntityIds: z.array(id).max(1000).optional(),
  /** MyGDX Servis ID: <KodAgensi>-<NamaSistem>-<C|R|U|D>-<JenisMaklumat> (003 Lampiran A). */
  serviceId: shortText.optional(),
  integrationStyle: z.enum(INTEGRATION_STYLES).optional(),
  httpMethod: z.enum(HTTP_METHODS).optional(),
  apiUrl: shortText.optional(),
  authentication: shortText.optional(),
  consumers: z.array(consumerAgencySchema).max(200).optional(),
  requestFields: z.array(dataFieldSchema).max(500).optional(),
  responseFields: z.array(dataFieldSchema).max(500).optional(),
  /** The reverse-direction service of a two-way flow (direction "both"). */
  reverse: reverseServiceSchema.optional(),
  /**
   * True once a two-way flow's approvals were written one per direction (`sharingApproval` the
   * forward service's, `reverse.sharingApproval` the reverse's). Without it a two-way flow with one
   * approval may come from before approvals per direction, when it was the other agency's
   * (shared/export/idd/services.ts `sharingApprovalOf`); with it, each field is read as written.
   */
  approvalsPerDirection: z.boolean().optional(),
  /**
   * The supplying agency's approval to share the data of the flow's own service (MoU/NoU/letter; 003
   * §2.4.2 iv): the source's, or the target's when the flow receives; a two-way flow's other direction
   * has its own, in `reverse`.
   */
  sharingApproval: sharingApprovalSchema.optional(),
});

/** Relations other than data flows; their meaning is given by `kind`. */
export const SIMPLE_RELATION_KINDS = [
  'uses', // target group → channel
  'delivers', // channel → service
  'realizes', // service → process
  'supports', // application/module/appService → process
  'usesPlatform', // application → platform
  'accesses', // application/module → data entity
  'hostedOn', // application/platform/externalSystem → site
  'connects', // network → site
  'protects', // security control → site/application
  'association', // anything else
] as const;

export const simpleRelationSchema = z.object({
  ...relationBase,
  kind: z.enum(SIMPLE_RELATION_KINDS),
  /** For `accesses`: capture (collected by this system), read or write. */
  access: z.enum(DATA_ACCESS).optional(),
});

export const relationSchema = z.union([dataFlowSchema, simpleRelationSchema]);

export const nodeLayoutSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().positive().max(100_000).optional(),
  h: z.number().positive().max(100_000).optional(),
});

export const viewSchema = z.object({
  id,
  name,
  order: z.number().int().min(0).max(100_000),
  /** Element id → position of its node on this view. Elements absent here are not shown. */
  nodes: z.record(id, nodeLayoutSchema),
  /** Optional per-band heights (7 numbers, top to bottom); defaults come from shared/model/bands. */
  bandHeights: z.array(z.number().positive().max(100_000)).length(7).optional(),
  /** Elements a user hid from this view (View › Hide): the Kertas Cadangan counts them instead of drawing them. */
  hidden: z.array(id).max(200_000).optional(),
  /** The landscape this view shows: current (As-Is) or proposed (To-Be); unset reads as To-Be. */
  state: z.enum(VIEW_STATES).optional(),
  /**
   * Set for a view read from another ArchiMate tool's diagram: its viewpoint as the file named it
   * (empty when none). Such a view is not titled a Landscape Map View in the paper unless the user
   * clears this mark.
   */
  imported: z.object({ viewpoint: shortText.optional() }).optional(),
});

/**
 * A concept read from a foreign model (ArchiMate OEF or Archi CSV) that has no LMV kind, e.g. a Goal,
 * a Junction or a Triggering relationship touching one. Kept verbatim so nothing imported is lost and
 * re-exports carry it back; the UI shows these in an "Unplaced" tray.
 */
export const unplacedConceptSchema = z.object({
  id,
  /** ArchiMate type as written in the source file, e.g. "Goal", "Triggering". */
  type: z.string().min(1).max(100),
  /** Relationships are often unnamed. */
  name: z.string().max(300).optional(),
  description: text.optional(),
  properties: properties.optional(),
  /** Set for relationships: ids of the joined element, relationship or unplaced concept. */
  source: id.optional(),
  target: id.optional(),
});

export const expectedOutcomesSchema = z.object({
  pengoptimumanKos: text.optional(),
  pengoptimumanSumber: text.optional(),
  pulanganNilaiTerbaik: text.optional(),
});

export const projectMetaSchema = z.object({
  title: z.string().trim().max(300),
  /** Agencies of the project (001 Takrifan). */
  pemilikProjek: shortText.optional(),
  penerajuProjek: shortText.optional(),
  pelaksanaProjek: shortText.optional(),
  pelaksanaPerolehan: shortText.optional(),
  /** The owner's parent ministry or agency (Agensi Induk; 003 Lampiran A, IDD document control). */
  agensiInduk: shortText.optional(),
  sector: z.enum(SECTORS).optional(),
  serviceDomain: shortText.optional(),
  category: z.enum(PROJECT_CATEGORIES).optional(),
  /** The objectives as a statement (written as the model's documentation in ArchiMate files); measurable ones are in `measurableObjectives`. */
  objectives: text.optional(),
  expectedOutcomes: expectedOutcomesSchema.optional(),
  version: shortText.optional(),
  author: shortText.optional(),
  /** Checker rules switched off for this project (rule ids). */
  disabledRules: z.array(shortText).max(1000).optional(),
  /**
   * Catalogue update applied to this project, merged over the built-in catalogue (registries and
   * repositories are dynamic, 001 §2.6.4); kept in the project so its check is reproducible.
   */
  catalogueUpdate: catalogueUpdateSchema.optional(),
  /** Agency application list (e.g. a RASA export) imported for the duplicate-application check (001 §4.2.2 a). */
  agencyApplications: agencyApplicationListSchema.optional(),
  /**
   * Registries and repositories of the project's sector (001 Rajah 2-13) the project does not use,
   * each with the reason it does not apply, so a reviewer sees they were considered (§3.2.1 c).
   */
  declinedCatalogueRefs: z.array(z.object({ ref: shortText, reason: z.string().trim().min(1, 'field.required').max(2000) })).max(200).optional(),
  /** Model-level properties of an imported ArchiMate file (owner, status…), kept verbatim and written back. */
  properties: properties.optional(),
  /** Imported ArchiMate concepts without an LMV kind (shared/interchange); never dropped. */
  unplaced: z.array(unplacedConceptSchema).max(200_000).optional(),
  createdAt: shortText.optional(),
  updatedAt: shortText.optional(),
  ...proposalMetaFields,
});

/**
 * A document table (./table.ts): a record of items keyed by id in files, a Table once parsed. A Table
 * given again, or one in its wire form (a message, ./wire.ts), is checked item by item like a record.
 */
function tableSchema<S extends z.ZodType>(item: S) {
  return z
    .preprocess((value) => (value instanceof Table ? value.toRecord() : isTableWire(value) ? (recordOfTableWire(value) ?? value) : value), z.record(id, item))
    .transform((record) => Table.fromRecord(record as Record<string, z.output<S>>));
}

export const documentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: projectMetaSchema,
  elements: tableSchema(elementSchema),
  relations: tableSchema(relationSchema),
  views: z.record(id, viewSchema),
});

export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Process = z.infer<typeof processSchema>;
export type Application = z.infer<typeof applicationSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type AppService = z.infer<typeof appServiceSchema>;
export type Platform = z.infer<typeof platformSchema>;
export type ExternalSystem = z.infer<typeof externalSystemSchema>;
export type DataEntity = z.infer<typeof dataEntitySchema>;
export type DataField = z.infer<typeof dataFieldSchema>;
export type Site = z.infer<typeof siteSchema>;
export type Network = z.infer<typeof networkSchema>;
export type SecurityControl = z.infer<typeof securityControlSchema>;
export type Element = z.infer<typeof elementSchema>;
export type ElementKind = Element['kind'];
export type DataFlow = z.infer<typeof dataFlowSchema>;
export type ConsumerAgency = z.infer<typeof consumerAgencySchema>;
export type ReverseService = z.infer<typeof reverseServiceSchema>;
export type SimpleRelation = z.infer<typeof simpleRelationSchema>;
export type SimpleRelationKind = (typeof SIMPLE_RELATION_KINDS)[number];
export type Relation = z.infer<typeof relationSchema>;
export type RelationKind = Relation['kind'];
export type NodeLayout = z.infer<typeof nodeLayoutSchema>;
export type View = z.infer<typeof viewSchema>;
export type ProjectMeta = z.infer<typeof projectMetaSchema>;
export type UnplacedConcept = z.infer<typeof unplacedConceptSchema>;
export type LakarDocument = z.infer<typeof documentSchema>;
/** A document as files, JSON and messages between processes hold it: tables as plain records. */
export type LakarDocumentData = Omit<LakarDocument, 'elements' | 'relations'> & { elements: Record<string, Element>; relations: Record<string, Relation> };

/** Element of a given kind. */
export type ElementOf<K extends ElementKind> = Extract<Element, { kind: K }>;
