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
