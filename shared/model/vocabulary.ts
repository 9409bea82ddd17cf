/**
 * The closed vocabularies of the LMV metamodel. Values are stable ids stored in files;
 * their BM/EN labels live in shared/i18n so files never depend on wording.
 * Sources: 001 = Panduan WoG Sektor Awam (seeds/001_*.txt), 003 = Polisi Perkongsian Data TVET.
 */

/** The seven labels of the LMV (001 §3.3, Jadual 3-1), top to bottom. */
export const BANDS = ['users', 'channels', 'services', 'processes', 'applications', 'data', 'infrastructure'] as const;
export type Band = (typeof BANDS)[number];

/** BDAT layer of each band (001 Jadual 3-1, "Business/Application/Data/Technology Architecture"). */
export const BAND_LAYER: Record<Band, 'business' | 'application' | 'data' | 'technology'> = {
  users: 'business',
  channels: 'business',
  services: 'business',
  processes: 'business',
  applications: 'application',
  data: 'data',
  infrastructure: 'technology',
};

/** Service lifecycles / target-group families (001 §2.2, Jadual 2-1). */
export const LIFECYCLES = ['G2C', 'G2B', 'G2G', 'G2E'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** The six sectors (001 Bab 2, §1.3.4). */
export const SECTORS = ['sosial1', 'sosial2', 'ekonomi', 'infrastruktur', 'keselamatan', 'pentadbiranAwam'] as const;
export type Sector = (typeof SECTORS)[number];

/** Project categories (001 §4.2.1 a/b). */
export const PROJECT_CATEGORIES = ['wog', 'agensiSpesifik'] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

/** Channels / medium perkhidmatan (001 Jadual 3-1 label 2, §1.4.5, §3.3.4 b). */
export const CHANNEL_TYPES = [
  'portalMyGovernment',
  'portalRai',
  'myGovApp',
  'counter',
  'agencyPortal',
  'mobileApp',
  'callCentre',
  'kiosk',
  'email',
  'socialMedia',
  'other',
] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/** E2E categories of a service (001 §6.4.4–6.4.5). */
export const E2E_CATEGORIES = ['e2e', 'separaE2e', 'eKaunter', 'manual'] as const;
export type E2ECategory = (typeof E2E_CATEGORIES)[number];

/** Application categories (001 §2.5.2–2.5.4). */
export const APPLICATION_CATEGORIES = ['utamaKerajaan', 'spesifikAgensi', 'generik'] as const;
export type ApplicationCategory = (typeof APPLICATION_CATEGORIES)[number];

/** Platforms: the three DPI (001 §2.7.3) and the generic government services (001 §1.4.5). */
export const PLATFORM_TYPES = ['myDigitalId', 'ePaymentGateway', 'myGdx', 'myGovCloud', 'myGovNet', 'myGovUc', 'other'] as const;
export type PlatformType = (typeof PLATFORM_TYPES)[number];

/** Data classification (003 §1.6, Takrifan 10–12; Akta Rahsia Rasmi 1972). Ordered from least to most sensitive. */
export const CLASSIFICATIONS = ['terbuka', 'terhad', 'sulit', 'rahsia', 'rahsiaBesar'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Integration methods of a data flow (001 §3.3.4 f; 003 Jadual 3, §2.4.3). */
export const FLOW_METHODS = ['myGdx', 'sftp', 'api', 'webService', 'webMapService', 'emailFile', 'manual', 'other'] as const;
export type FlowMethod = (typeof FLOW_METHODS)[number];

/** Direction of a data flow, from the source element's point of view. */
export const FLOW_DIRECTIONS = ['supplies', 'receives', 'both'] as const;
export type FlowDirection = (typeof FLOW_DIRECTIONS)[number];

/** Sharing category (003 Jadual 3: one-off vs berkala). */
export const FLOW_CATEGORIES = ['oneOff', 'berkala'] as const;
export type FlowCategory = (typeof FLOW_CATEGORIES)[number];

/** Infrastructure site types (001 §3.3.4 g). */
export const SITE_TYPES = ['pdsaJdn', 'myGovCloudCfa', 'agencyHq', 'onSite', 'drc', 'publicCloud', 'other'] as const;
export type SiteType = (typeof SITE_TYPES)[number];

/**
 * What a site hosting systems is for: production, disaster recovery (DRC) or cloud. Lets a
 * reviewer see where the service runs and where its copies are kept (001 §3.3.4 g; 003 §3.2.8
 * "pusat data dan pusat pemulihan bencana").
 */
export const SITE_ROLES = ['production', 'dr', 'cloud'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** Network types (001 §3.3.4 g). */
export const NETWORK_TYPES = ['ipvpn', 'myGovNetPcn', 'myGovNetPdsa', 'internet', 'lan', 'other'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** Security controls (001 Jadual 3-1 label 7; 003 §3.2.4–3.2.5). */
export const SECURITY_CONTROL_TYPES = ['hsm', 'siem', 'dlp', 'waf', 'firewall', 'ips', 'antivirus', 'other'] as const;
export type SecurityControlType = (typeof SECURITY_CONTROL_TYPES)[number];

/** Access of an application to a data entity: capture = collected from the user by this system. */
export const DATA_ACCESS = ['capture', 'read', 'write'] as const;
export type DataAccess = (typeof DATA_ACCESS)[number];

/** MyGDX IDD integration style and HTTP method (003 Lampiran A §2.1.1). */
export const INTEGRATION_STYLES = ['SOAP', 'REST'] as const;
export const HTTP_METHODS = ['GET', 'POST'] as const;

/** Number of generic processes in 001 Rajah 3-2. */
export const GENERIC_PROCESS_COUNT = 20;

// ---------------------------------------------------------------------------------------------
// Proposal paper (Kertas Cadangan) fields, schema version 2.

/** Categories of an Agensi Spesifik project (001 Jadual 4-1, step 4b i–iv). */
export const AGENSI_SPESIFIK_CATEGORIES = ['perolehanPerkakasanPerisian', 'sewaanPerkakasan', 'penyenggaraan', 'lanjutanLangganan'] as const;
export type AgensiSpesifikCategory = (typeof AGENSI_SPESIFIK_CATEGORIES)[number];

/** Kaedah Perolehan set at the technical approval (001 Jadual 4-1, steps 12 c and 15 a); the government's procurement methods. */
export const PROCUREMENT_METHODS = ['pembelianTerus', 'sebutHarga', 'tender', 'rundinganTerus', 'kontrakPusat', 'lain'] as const;
export type ProcurementMethod = (typeof PROCUREMENT_METHODS)[number];

/** Source of the allocation applied for (001 Jadual 4-1, step 17 a–c). */
export const FUNDING_SOURCES = ['pembangunan', 'mengurus', 'lain'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** Capital or operating expenditure of a cost item. */
export const COST_TYPES = ['capex', 'opex'] as const;
export type CostType = (typeof COST_TYPES)[number];

/** Basis of a cost estimate: the Katalog Anggaran Harga or a market study (001 §4.3.5). */
export const COST_BASES = ['katalogAnggaranHarga', 'kajianPasaran', 'lain'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** Phases of an ICT project under PPrISA (001 §6.3.4). */
export const PROJECT_PHASES = ['permulaan', 'perancangan', 'pelaksanaanKawalan', 'penamatan'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/** Likelihood and impact of a risk. */
export const RISK_LEVELS = ['rendah', 'sederhana', 'tinggi'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What a risk concerns; `siber` is the cyber-threat risk of 001 §3.2.2 c. */
export const RISK_CATEGORIES = ['siber', 'data', 'teknikal', 'kewangan', 'jadual', 'lain'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** What a project depends on: another project not yet finished, or an existing digital solution (001 Jadual 4-1, step 9 note). */
export const DEPENDENCY_KINDS = ['projek', 'penyelesaianSedia'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

/** Advanced technologies of 001 Jadual 4-1 A.1.a ix ("AI, Blockchain, Cloud dan lain-lain"). */
export const ADVANCED_TECHNOLOGIES = ['ai', 'blockchain', 'cloud', 'dataRaya', 'iot', 'lain'] as const;
export type AdvancedTechnology = (typeof ADVANCED_TECHNOLOGIES)[number];

/** JDN consultant units to involve in planning (001 Jadual 4-1 A.1.b). */
export const JDN_CONSULTANT_UNITS = ['strategikIct', 'pembangunanSistem', 'pengurusanPangkalanData'] as const;
export type JdnConsultantUnit = (typeof JDN_CONSULTANT_UNITS)[number];

/** Instrument of a data-sharing approval (003 §2.4.1 iii, §2.4.2 iv; PKPA 2/2021 Lampiran A3–A5). */
export const SHARING_INSTRUMENTS = ['mou', 'nou', 'surat', 'minit', 'perjanjian'] as const;
export type SharingInstrument = (typeof SHARING_INSTRUMENTS)[number];

/** Where a data-sharing approval stands (003 §2.4.2; 000 para 12 a: shared only with agreement). */
export const SHARING_APPROVAL_STATUSES = ['belumDipohon', 'dipohon', 'diluluskan', 'ditolak'] as const;
export type SharingApprovalStatus = (typeof SHARING_APPROVAL_STATUSES)[number];

/** A view drawn as the current landscape (As-Is) or the proposed one (To-Be) (001 §3.2.1, §6.1.6). */
export const VIEW_STATES = ['asIs', 'toBe'] as const;
export type ViewState = (typeof VIEW_STATES)[number];

/** The items i–ix of 001 Jadual 4-1, Proses A.1.a. */
export const CHECKLIST_ITEMS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'] as const;
export type ChecklistNo = (typeof CHECKLIST_ITEMS)[number];

/** Assumptions an import from another ArchiMate tool makes that the user should confirm. */
export const IMPORT_ASSUMPTION_KINDS = ['lifecycleAssumed', 'unplacedKept', 'channelTypeGuessed', 'platformTypeGuessed', 'siteTypeGuessed', 'viewsArranged'] as const;
export type ImportAssumptionKind = (typeof IMPORT_ASSUMPTION_KINDS)[number];
