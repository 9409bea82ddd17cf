/**
 * THE mapping between the LMV metamodel and ArchiMate 3.2 (documented in docs/archimate-mapping.md).
 * One table for elements and one for relations; OEF and Archi CSV both go through it, so the two
 * formats cannot drift. Export writes the `exportType`; import also accepts `importTypes`.
 * Relationship directions follow ArchiMate (e.g. a process realizes a service, a channel serves a
 * target group), so `reversed` entries swap LMV source and target. Every pair written on export is
 * allowed by the ArchiMate 3.1/3.2 relationship table, so Archi accepts the files.
 */
import { RELATION_RULES, relationAllowed } from '../../model/kinds';
import type { ElementKind, RelationKind, SecurityControl } from '../../model/schema';

/** Every element type of the OEF 3.1 schema (ElementTypeEnum), for validation of `archimate:type`. */
export const ARCHIMATE_ELEMENT_TYPES = [
  'BusinessActor', 'BusinessRole', 'BusinessCollaboration', 'BusinessInterface', 'BusinessProcess', 'BusinessFunction',
  'BusinessInteraction', 'BusinessEvent', 'BusinessService', 'BusinessObject', 'Contract', 'Representation', 'Product',
  'ApplicationComponent', 'ApplicationCollaboration', 'ApplicationInterface', 'ApplicationFunction', 'ApplicationInteraction',
  'ApplicationProcess', 'ApplicationEvent', 'ApplicationService', 'DataObject',
  'Node', 'Device', 'SystemSoftware', 'TechnologyCollaboration', 'TechnologyInterface', 'Path', 'CommunicationNetwork',
  'TechnologyFunction', 'TechnologyProcess', 'TechnologyInteraction', 'TechnologyEvent', 'TechnologyService', 'Artifact',
  'Equipment', 'Facility', 'DistributionNetwork', 'Material',
  'Stakeholder', 'Driver', 'Assessment', 'Goal', 'Outcome', 'Principle', 'Requirement', 'Constraint', 'Meaning', 'Value',
  'Resource', 'Capability', 'CourseOfAction', 'ValueStream',
  'WorkPackage', 'Deliverable', 'ImplementationEvent', 'Plateau', 'Gap',
  'Grouping', 'Location', 'AndJunction', 'OrJunction',
] as const;

/** Every relationship type of the OEF 3.1 schema. */
export const ARCHIMATE_RELATIONSHIP_TYPES = [
  'Composition', 'Aggregation', 'Assignment', 'Realization', 'Serving', 'Access', 'Influence', 'Triggering', 'Flow',
  'Specialization', 'Association',
] as const;
export type ArchimateRelationshipType = (typeof ARCHIMATE_RELATIONSHIP_TYPES)[number];

const ELEMENT_TYPE_SET = new Set<string>(ARCHIMATE_ELEMENT_TYPES);
/** Marks relationships valid between any two elements (Association). */
const ANY = { source: [] as string[], target: [] as string[] };
const RELATIONSHIP_TYPE_SET = new Set<string>(ARCHIMATE_RELATIONSHIP_TYPES);

/** True for a known ArchiMate element type name. */
export function isElementType(type: string): boolean {
  return ELEMENT_TYPE_SET.has(type);
}
/** True for a known ArchiMate relationship type name. */
export function isRelationshipType(type: string): boolean {
  return RELATIONSHIP_TYPE_SET.has(type);
}

export interface ElementMapping {
  kind: ElementKind;
  /** Type written on export. */
  exportType: string;
  /** Types read as this kind on import (besides `exportType` when `primary`). */
  importTypes: readonly string[];
  /** This kind is what `exportType` means on import when nothing else says otherwise. */
  primary: boolean;
  /** Further types that may carry this kind (kept on export, trusted with `lakar:kind`), never guessed. */
  alsoTypes?: readonly string[];
}

/** LMV element kind ↔ ArchiMate element type. */
export const ELEMENT_MAPPING: readonly ElementMapping[] = [
  { kind: 'targetGroup', exportType: 'BusinessActor', importTypes: ['BusinessRole'], primary: true },
  { kind: 'channel', exportType: 'BusinessInterface', importTypes: ['ApplicationInterface'], primary: true },
  { kind: 'service', exportType: 'BusinessService', importTypes: [], primary: true },
  { kind: 'process', exportType: 'BusinessProcess', importTypes: ['BusinessFunction', 'BusinessInteraction'], primary: true },
  { kind: 'application', exportType: 'ApplicationComponent', importTypes: ['ApplicationCollaboration'], primary: true },
  // A module is a part of an application: an Application Component composed into its parent.
  { kind: 'module', exportType: 'ApplicationComponent', importTypes: ['ApplicationFunction'], primary: false },
  { kind: 'appService', exportType: 'ApplicationService', importTypes: [], primary: true },
  // MyDigital ID, ePayment, MyGDX: shared technology services the applications use.
  { kind: 'platform', exportType: 'TechnologyService', importTypes: [], primary: true },
  // Another agency's system: an Application Component, told apart by the `lakar:kind` property.
  { kind: 'externalSystem', exportType: 'ApplicationComponent', importTypes: [], primary: false },
  { kind: 'dataEntity', exportType: 'DataObject', importTypes: ['BusinessObject', 'Contract'], primary: true },
  { kind: 'site', exportType: 'Location', importTypes: ['Facility', 'Node'], primary: true },
  { kind: 'network', exportType: 'CommunicationNetwork', importTypes: [], primary: true },
  // HSM, SIEM, DLP, WAF…: security software/appliances. Plain System Software is not a control, so
  // on import only a `lakar:kind` property or a control's name (see SECURITY_KEYWORDS) makes one.
  { kind: 'securityControl', exportType: 'SystemSoftware', importTypes: [], primary: false, alsoTypes: ['Device', 'Equipment', 'Node'] },
];

const MAPPING_BY_KIND = new Map(ELEMENT_MAPPING.map((m) => [m.kind, m]));

/** The mapping row of an element kind. */
export function elementMapping(kind: ElementKind): ElementMapping {
  return MAPPING_BY_KIND.get(kind)!;
}

/** True when `type` may carry an element of `kind` (its export type or one of its import types). */
export function typeFitsKind(type: string, kind: ElementKind): boolean {
  const m = MAPPING_BY_KIND.get(kind);
  return !!m && (m.exportType === type || m.importTypes.includes(type) || !!m.alsoTypes?.includes(type));
}

/** Names that identify a security control among System Software, Devices, Equipment and Nodes. */
export const SECURITY_KEYWORDS: readonly { pattern: RegExp; controlType: SecurityControl['controlType'] }[] = [
  { pattern: /\bhsm\b|hardware security module/i, controlType: 'hsm' },
  { pattern: /\bsiem\b/i, controlType: 'siem' },
  { pattern: /\bdlp\b|data loss prevention/i, controlType: 'dlp' },
  { pattern: /\bwaf\b|web application firewall/i, controlType: 'waf' },
  { pattern: /firewall|tembok api/i, controlType: 'firewall' },
  { pattern: /\bips\b|\bids\b|intrusion/i, controlType: 'ips' },
  { pattern: /anti-?virus|anti-?malware/i, controlType: 'antivirus' },
];
const SECURITY_CARRIER_TYPES = new Set(['SystemSoftware', 'Device', 'Equipment', 'Node']);

/** The control type a foreign element's name reveals, when its type can carry a security control. */
export function securityControlTypeOf(type: string, name: string): SecurityControl['controlType'] | undefined {
  if (!SECURITY_CARRIER_TYPES.has(type)) return undefined;
  return SECURITY_KEYWORDS.find((k) => k.pattern.test(name))?.controlType;
}

/**
 * The LMV kind of an ArchiMate element on import, or undefined when it has none (it becomes unplaced).
 * `lakarKind` is the element's `lakar:kind` property, trusted only when the type still fits it.
 */
export function classifyElement(type: string, name: string, lakarKind?: string): ElementKind | undefined {
  if (lakarKind && MAPPING_BY_KIND.has(lakarKind as ElementKind) && typeFitsKind(type, lakarKind as ElementKind)) return lakarKind as ElementKind;
  if (securityControlTypeOf(type, name)) return 'securityControl';
  const primary = ELEMENT_MAPPING.find((m) => m.primary && m.exportType === type);
  if (primary) return primary.kind;
  return ELEMENT_MAPPING.find((m) => m.importTypes.includes(type))?.kind;
}

export interface RelationMapping {
  kind: RelationKind;
  type: ArchimateRelationshipType;
  /** ArchiMate source = LMV target (e.g. a process realizes the service that LMV draws service → process). */
  reversed: boolean;
  /**
   * For the export entry of a kind: the ArchiMate element types (source side, target side, after any
   * reversal) for which this relationship is valid in ArchiMate 3.1/3.2. Other pairs are exported as
   * an Association (valid between any two elements) carrying `lakar:kind`, so Archi never rejects a file.
   */
  validFor?: { source: readonly string[]; target: readonly string[] };
}

const APP_BEHAVIOUR = ['ApplicationComponent', 'ApplicationCollaboration', 'ApplicationFunction', 'ApplicationService', 'TechnologyService'];
const BUSINESS_BEHAVIOUR = ['BusinessProcess', 'BusinessFunction', 'BusinessInteraction', 'BusinessService'];

/** LMV relation kind ↔ ArchiMate relationship; on import the first entry whose endpoint kinds fit wins. */
export const RELATION_MAPPING: readonly RelationMapping[] = [
  // channel serves target group
  { kind: 'uses', type: 'Serving', reversed: true, validFor: { source: ['BusinessInterface'], target: ['BusinessActor', 'BusinessRole'] } },
  // channel assigned to the service it exposes
  { kind: 'delivers', type: 'Assignment', reversed: false, validFor: { source: ['BusinessInterface'], target: ['BusinessService'] } },
  { kind: 'delivers', type: 'Serving', reversed: false },
  // process realizes service
  { kind: 'realizes', type: 'Realization', reversed: true, validFor: { source: ['BusinessProcess', 'BusinessFunction', 'BusinessInteraction'], target: ['BusinessService'] } },
  // application serves process/service
  { kind: 'supports', type: 'Serving', reversed: false, validFor: { source: APP_BEHAVIOUR, target: BUSINESS_BEHAVIOUR } },
  // application service realizes business service
  { kind: 'supports', type: 'Realization', reversed: false },
  // platform serves application/channel
  { kind: 'usesPlatform', type: 'Serving', reversed: true, validFor: { source: ['TechnologyService'], target: ['ApplicationComponent', 'ApplicationCollaboration', 'ApplicationFunction', 'BusinessInterface', 'ApplicationInterface'] } },
  { kind: 'accesses', type: 'Access', reversed: false, validFor: { source: ['ApplicationComponent', 'ApplicationCollaboration', 'ApplicationFunction', 'ApplicationService'], target: ['DataObject', 'BusinessObject', 'Contract'] } },
  // location aggregates what runs there
  { kind: 'hostedOn', type: 'Aggregation', reversed: true, validFor: { source: ['Location'], target: APP_BEHAVIOUR } },
  { kind: 'hostedOn', type: 'Composition', reversed: true },
  { kind: 'hostedOn', type: 'Serving', reversed: true }, // node serves application
  { kind: 'hostedOn', type: 'Assignment', reversed: true },
  { kind: 'connects', type: 'Association', reversed: false, validFor: ANY },
  { kind: 'connects', type: 'Aggregation', reversed: true }, // location aggregates network
  { kind: 'protects', type: 'Association', reversed: false, validFor: ANY },
  { kind: 'protects', type: 'Serving', reversed: false },
  { kind: 'dataFlow', type: 'Flow', reversed: false, validFor: { source: APP_BEHAVIOUR, target: APP_BEHAVIOUR } },
  { kind: 'association', type: 'Association', reversed: false, validFor: ANY },
];

/** The entry for `kind` written as `type`, if the table has one. */
export function relationMappingFor(kind: RelationKind, type: string): RelationMapping | undefined {
  return RELATION_MAPPING.find((m) => m.kind === kind && m.type === type);
}

/**
 * How to write a relation of `kind` between elements of ArchiMate types `sourceType` → `targetType`
 * (LMV direction): the kind's export entry when ArchiMate allows it for these types, else an Association.
 */
export function exportRelationMapping(kind: RelationKind, sourceType: string, targetType: string): RelationMapping {
  const entry = RELATION_MAPPING.find((m) => m.kind === kind && m.validFor)!;
  const [s, t] = entry.reversed ? [targetType, sourceType] : [sourceType, targetType];
  const ok = entry.validFor === ANY || (entry.validFor!.source.includes(s) && entry.validFor!.target.includes(t));
  return ok ? entry : { kind, type: 'Association', reversed: false };
}

/**
 * The LMV relation an ArchiMate relationship of `type` from an element of kind `source` to one of
 * kind `target` becomes, or undefined when no entry fits (the caller keeps it as an association).
 * `lakarKind` (the `lakar:kind` property) wins when it fits, including the Association fallback.
 */
export function resolveRelation(type: string, source: ElementKind, target: ElementKind, lakarKind?: string): RelationMapping | undefined {
  if (lakarKind) {
    const m = RELATION_MAPPING.find((r) => r.kind === lakarKind && r.type === type);
    if (m && fits(m, source, target)) return m;
    const fallback: RelationMapping = { kind: lakarKind as RelationKind, type: 'Association', reversed: false };
    if (lakarKind === 'association') return { kind: 'association', type: type as ArchimateRelationshipType, reversed: false };
    if (!m && type === 'Association' && lakarKind in RELATION_RULES && fits(fallback, source, target)) return fallback;
  }
  return RELATION_MAPPING.find((m) => m.type === type && fits(m, source, target));
}

function fits(m: RelationMapping, source: ElementKind, target: ElementKind): boolean {
  return m.reversed ? relationAllowed(m.kind, target, source) : relationAllowed(m.kind, source, target);
}

/** Structural links that become a `parentId` instead of a relation: parent type → child kind. */
export const PARENT_LINKS: readonly { type: ArchimateRelationshipType; childKind: 'module' | 'appService' }[] = [
  { type: 'Composition', childKind: 'module' },
  { type: 'Aggregation', childKind: 'module' },
  { type: 'Assignment', childKind: 'module' },
  { type: 'Realization', childKind: 'appService' },
];

/** `lakar:kind` value of a parent link written as an Association (when no structural type is valid). */
export const PARENT_LINK_KIND = 'parent';

/**
 * The relationship type written for a `parentId` link, valid for the two ArchiMate types involved;
 * Association (marked with `lakar:kind = parent`) when no structural relationship is allowed.
 */
export function parentLinkType(childKind: 'module' | 'appService', parentType: string, childType: string): ArchimateRelationshipType {
  const components = ['ApplicationComponent', 'ApplicationCollaboration'];
  if (childKind === 'appService') return [...components, 'ApplicationFunction'].includes(parentType) ? 'Realization' : 'Association';
  if (!components.includes(parentType)) return 'Association';
  if (childType === 'ApplicationFunction') return 'Assignment';
  return parentType === 'ApplicationComponent' ? 'Composition' : 'Aggregation';
}
