/**
 * Element and relation kinds: which band each element lives in and which relations may join which kinds.
 */
import type { ElementKind, RelationKind } from './schema';
import type { Band } from './vocabulary';

/** Every element kind with its LMV band, in palette order. */
export const ELEMENT_KINDS: readonly { kind: ElementKind; band: Band }[] = [
  { kind: 'targetGroup', band: 'users' },
  { kind: 'channel', band: 'channels' },
  { kind: 'service', band: 'services' },
  { kind: 'process', band: 'processes' },
  { kind: 'application', band: 'applications' },
  { kind: 'module', band: 'applications' },
  { kind: 'appService', band: 'applications' },
  { kind: 'platform', band: 'applications' },
  { kind: 'externalSystem', band: 'data' },
  { kind: 'dataEntity', band: 'data' },
  { kind: 'site', band: 'infrastructure' },
  { kind: 'network', band: 'infrastructure' },
  { kind: 'securityControl', band: 'infrastructure' },
];

const BAND_OF = new Map(ELEMENT_KINDS.map((k) => [k.kind, k.band]));

/** The LMV band an element kind is drawn in. */
export function bandOf(kind: ElementKind): Band {
  const band = BAND_OF.get(kind);
  if (!band) throw new Error(`unknown element kind ${kind}`);
  return band;
}

/** Kinds that can exchange data through a dataFlow. */
export const FLOW_ENDPOINT_KINDS: readonly ElementKind[] = ['application', 'module', 'appService', 'externalSystem', 'platform'];

/** Allowed source and target kinds per relation kind; `null` means any kind. */
export const RELATION_RULES: Record<RelationKind, { source: readonly ElementKind[] | null; target: readonly ElementKind[] | null }> = {
  uses: { source: ['targetGroup'], target: ['channel'] },
  delivers: { source: ['channel'], target: ['service'] },
  realizes: { source: ['service'], target: ['process'] },
  supports: { source: ['application', 'module', 'appService', 'platform'], target: ['process', 'service'] },
  usesPlatform: { source: ['application', 'module', 'channel'], target: ['platform'] },
  accesses: { source: ['application', 'module', 'appService', 'externalSystem'], target: ['dataEntity'] },
  hostedOn: { source: ['application', 'module', 'platform', 'externalSystem'], target: ['site'] },
  connects: { source: ['network'], target: ['site'] },
  protects: { source: ['securityControl'], target: ['site', 'application', 'network'] },
  dataFlow: { source: FLOW_ENDPOINT_KINDS, target: FLOW_ENDPOINT_KINDS },
  association: { source: null, target: null },
};

/** True when a relation of `kind` may go from an element of `source` kind to one of `target` kind. */
export function relationAllowed(kind: RelationKind, source: ElementKind, target: ElementKind): boolean {
  const rule = RELATION_RULES[kind];
  return (rule.source === null || rule.source.includes(source)) && (rule.target === null || rule.target.includes(target));
}

/** The most specific relation kind to create when the user connects `source` to `target`. */
export function defaultRelationKind(source: ElementKind, target: ElementKind): RelationKind {
  const order: RelationKind[] = ['uses', 'delivers', 'realizes', 'supports', 'usesPlatform', 'accesses', 'hostedOn', 'connects', 'protects', 'dataFlow'];
  return order.find((k) => relationAllowed(k, source, target)) ?? 'association';
}
