/**
 * What the inspector edits: for each element kind and relation kind, every field of its zod schema
 * (shared/model/schema.ts) with the widget to edit it. A unit test checks the lists against the
 * schemas, so a field added to the model cannot silently go missing from the inspector.
 */
import {
  APPLICATION_CATEGORIES,
  CHANNEL_TYPES,
  CLASSIFICATIONS,
  DATA_ACCESS,
  E2E_CATEGORIES,
  FLOW_CATEGORIES,
  FLOW_DIRECTIONS,
  FLOW_METHODS,
  HTTP_METHODS,
  INTEGRATION_STYLES,
  LIFECYCLES,
  NETWORK_TYPES,
  PLATFORM_TYPES,
  SECURITY_CONTROL_TYPES,
  SITE_ROLES,
  SHARING_APPROVAL_STATUSES,
  SHARING_INSTRUMENTS,
  SITE_TYPES,
  type ElementKind,
} from '../../shared/model';
import type { DomainMessages } from '../../shared/i18n';

/** A column of a list field (hardware rows, data fields, consumer agencies). */
export interface ColumnSpec {
  key: string;
  /** `boolean` is a tick box (e.g. a mandatory field of the IDD Data Format). */
  type: 'text' | 'integer' | 'boolean';
  required?: boolean;
}

export type FieldSpec =
  | { key: string; type: 'text'; multiline?: boolean; required?: boolean; mono?: boolean }
  | { key: string; type: 'number'; integer?: boolean; unit?: string }
  /** A closed list; `group` names its labels in the `domain` namespace (or literal values when absent). */
  | { key: string; type: 'enum'; values: readonly string[]; group?: keyof DomainMessages; required?: boolean }
  | { key: string; type: 'genericProcess' }
  | { key: string; type: 'boolean' }
  /** Id of another element of one of `kinds`. */
  | { key: string; type: 'ref'; kinds: readonly ElementKind[] }
  /** Ids of several elements of one of `kinds`. */
  | { key: string; type: 'refs'; kinds: readonly ElementKind[] }
  /** Id in the sector catalogue (registry, repository or service domain). */
  | { key: string; type: 'catalogue'; source: 'registries' | 'repositories' | 'domains' }
  /** Free text picked from a catalogue list (Jadual 2-1 groups and subcategories, Jadual 2-2 personas), free text still allowed. */
  | { key: string; type: 'pick'; list: 'group' | 'subcategory' | 'persona' }
  | { key: string; type: 'rows'; columns: readonly ColumnSpec[] }
  | { key: string; type: 'strings' }
  | { key: string; type: 'properties' }
  /** A MyGDX Servis ID with its CRUD letter (003 Lampiran A §2.1.1), built from the supplier's codes when empty. */
  | { key: string; type: 'serviceId'; reverse?: boolean }
  /** The reverse-direction service of a two-way flow: the fields of `REVERSE_SERVICE_FIELDS`. */
  | { key: string; type: 'reverseService' }
  /** An object field edited as a group of sub-fields (a data entity's lifecycle). */
  | { key: string; type: 'object'; fields: readonly FieldSpec[] }
  /** The sharing approval of a data flow's service in one direction (read and written as the papers read it: ServiceFields.tsx). */
  | { key: string; type: 'sharingApproval'; reverse: boolean; fields: readonly FieldSpec[] };

const name: FieldSpec = { key: 'name', type: 'text', required: true };
const description: FieldSpec = { key: 'description', type: 'text', multiline: true };
const properties: FieldSpec = { key: 'properties', type: 'properties' };
const text = (key: string, extra: { mono?: boolean; multiline?: boolean } = {}): FieldSpec => ({ key, type: 'text', ...extra });
const dataFields: readonly ColumnSpec[] = [
  { key: 'name', type: 'text', required: true },
  { key: 'description', type: 'text' },
  { key: 'type', type: 'text' },
  { key: 'length', type: 'text' },
  { key: 'mandatory', type: 'boolean' },
];

/** Fields of each element kind, in form order (name first, description and properties last). */
export const ELEMENT_FIELDS: Record<ElementKind, readonly FieldSpec[]> = {
  targetGroup: [
    name,
    { key: 'lifecycle', type: 'enum', values: LIFECYCLES, group: 'lifecycle', required: true },
    { key: 'group', type: 'pick', list: 'group' },
    { key: 'subcategory', type: 'pick', list: 'subcategory' },
    { key: 'persona', type: 'pick', list: 'persona' },
    description,
    properties,
  ],
  channel: [name, { key: 'channelType', type: 'enum', values: CHANNEL_TYPES, group: 'channelType', required: true }, text('url', { mono: true }), description, properties],
  service: [name, { key: 'e2eCategory', type: 'enum', values: E2E_CATEGORIES, group: 'e2eCategory' }, { key: 'serviceDomain', type: 'catalogue', source: 'domains' }, text('agency'), description, properties],
  process: [name, { key: 'genericProcess', type: 'genericProcess' }, { key: 'order', type: 'number', integer: true }, description, properties],
  application: [
    name,
    { key: 'category', type: 'enum', values: APPLICATION_CATEGORIES, group: 'applicationCategory' },
    text('agency'),
    text('agencyCode', { mono: true }),
    text('systemCode', { mono: true }),
    text('parentAgency'),
    description,
    properties,
  ],
  module: [name, { key: 'parentId', type: 'ref', kinds: ['application'] }, description, properties],
  appService: [name, { key: 'parentId', type: 'ref', kinds: ['application', 'module'] }, description, properties],
  platform: [name, { key: 'platformType', type: 'enum', values: PLATFORM_TYPES, group: 'platformType', required: true }, description, properties],
  externalSystem: [name, text('agency'), text('agencyCode', { mono: true }), text('systemCode', { mono: true }), text('parentAgency'), { key: 'internal', type: 'boolean' }, description, properties],
  dataEntity: [
    name,
    { key: 'classification', type: 'enum', values: CLASSIFICATIONS, group: 'classification' },
    { key: 'personalData', type: 'boolean' },
    { key: 'registryRef', type: 'catalogue', source: 'registries' },
    { key: 'repositoryRef', type: 'catalogue', source: 'repositories' },
    text('ownerAgency'),
    { key: 'fields', type: 'rows', columns: dataFields },
    // where the data is stored and whether it is published (Jadual 4-1 A.1.a v)
    { key: 'dataLifecycle', type: 'object', fields: [text('storedAt'), { key: 'published', type: 'boolean' }, text('publishedVia'), text('retention')] },
    description,
    properties,
  ],
  site: [
    name,
    { key: 'siteType', type: 'enum', values: SITE_TYPES, group: 'siteType', required: true },
    { key: 'role', type: 'enum', values: SITE_ROLES, group: 'siteRole' },
    text('location'),
    { key: 'hardware', type: 'rows', columns: [{ key: 'item', type: 'text', required: true }, { key: 'quantity', type: 'integer', required: true }] },
    { key: 'software', type: 'strings' },
    // 001 §3.3.4 g: "perkara yang berkaitan dengan penempatan infrastruktur di lokasi tersebut"
    { key: 'placement', type: 'strings' },
    description,
    properties,
  ],
  network: [name, { key: 'networkType', type: 'enum', values: NETWORK_TYPES, group: 'networkType', required: true }, { key: 'speedMbps', type: 'number', unit: 'Mbps' }, description, properties],
  securityControl: [name, { key: 'controlType', type: 'enum', values: SECURITY_CONTROL_TYPES, group: 'securityControlType', required: true }, description, properties],
};

/** The sub-fields of a sharing approval. */
const SHARING_APPROVAL_FIELDS: readonly FieldSpec[] = [
  { key: 'status', type: 'enum', values: SHARING_APPROVAL_STATUSES, group: 'sharingApprovalStatus', required: true },
  { key: 'instrument', type: 'enum', values: SHARING_INSTRUMENTS, group: 'sharingInstrument' },
  { key: 'date', type: 'text' },
  text('reference', { mono: true }),
];

/**
 * The supplying agency's approval to share (MoU/NoU/letter; Polisi Data Raya TVET §2.4.2 iv), of the
 * flow's own direction and, in the reverse service, of the other one: each direction is its own sharing.
 */
const sharingApproval = (reverse: boolean): FieldSpec => ({ key: 'sharingApproval', type: 'sharingApproval', reverse, fields: SHARING_APPROVAL_FIELDS });

/** Fields of a data flow (001 §3.3.4 f; MyGDX IDD of 003 Lampiran A). */
export const FLOW_FIELDS: readonly FieldSpec[] = [
  { key: 'method', type: 'enum', values: FLOW_METHODS, group: 'flowMethod' },
  { key: 'direction', type: 'enum', values: FLOW_DIRECTIONS, group: 'flowDirection' },
  { key: 'category', type: 'enum', values: FLOW_CATEGORIES, group: 'flowCategory' },
  { key: 'dataEntityIds', type: 'refs', kinds: ['dataEntity'] },
  { key: 'classification', type: 'enum', values: CLASSIFICATIONS, group: 'classification' },
  text('label'),
  ...serviceFields(false),
  { key: 'reverse', type: 'reverseService' },
  sharingApproval(false),
  properties,
];

/** The IDD fields of one service (003 Lampiran A §2.1.1–2.1.5), of the flow's direction or the reverse one. */
function serviceFields(reverse: boolean): FieldSpec[] {
  return [
    { key: 'serviceId', type: 'serviceId', reverse },
    { key: 'integrationStyle', type: 'enum', values: INTEGRATION_STYLES },
    { key: 'httpMethod', type: 'enum', values: HTTP_METHODS },
    text('apiUrl', { mono: true }),
    text('authentication'),
    {
      key: 'consumers',
      type: 'rows',
      columns: [
        { key: 'agencyName', type: 'text', required: true },
        { key: 'memberCode', type: 'text' },
        { key: 'subsystemCode', type: 'text' },
      ],
    },
    { key: 'requestFields', type: 'rows', columns: dataFields },
    { key: 'responseFields', type: 'rows', columns: dataFields },
  ];
}

/** Fields of the reverse-direction service of a two-way flow (the target supplies it to the source). */
export const REVERSE_SERVICE_FIELDS: readonly FieldSpec[] = [text('label'), { key: 'dataEntityIds', type: 'refs', kinds: ['dataEntity'] }, ...serviceFields(true), sharingApproval(true)];

/** Fields of the other relations (`access` only for `accesses`). */
export const RELATION_FIELDS: readonly FieldSpec[] = [text('label'), { key: 'access', type: 'enum', values: DATA_ACCESS, group: 'dataAccess' }, properties];
