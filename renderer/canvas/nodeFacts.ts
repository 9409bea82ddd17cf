/**
 * What a node shows on the canvas: its kind, a badge and one line of key facts, computed once per
 * element change (not per render) so node components only print strings.
 */
import { genericProcess } from '../../shared/catalogue/generic-processes';
import { catalogueRefName } from '../../shared/catalogue/catalogue';
import { label, type Lang } from '../../shared/i18n';
import type { Element, LakarDocument } from '../../shared/model';

/** Colour family of a badge (see nodes.css `.lmv-badge.tone-*`). */
export type BadgeTone = 'g2c' | 'g2b' | 'g2g' | 'g2e' | 'e2e' | 'partial' | 'manual' | 'dpi' | 'internal' | 'external' | 'open' | 'restricted' | 'secret' | 'neutral';

export interface NodeFacts {
  kindLabel: string;
  badge?: string;
  badgeTone?: BadgeTone;
  /** One short line of key facts, e.g. "11 · Kelulusan (Approve/Authorize/Endorse)". */
  facts?: string;
  /** Process order (1 = first), drawn in a circle. */
  order?: number;
  /** Full description for the accessible name and tooltip. */
  description: string;
}

const CLASSIFICATION_TONE: Record<string, BadgeTone> = { terbuka: 'open', terhad: 'restricted', sulit: 'secret', rahsia: 'secret', rahsiaBesar: 'secret' };
const E2E_TONE: Record<string, BadgeTone> = { e2e: 'e2e', separaE2e: 'partial', eKaunter: 'partial', manual: 'manual' };
const DPI = new Set(['myDigitalId', 'ePaymentGateway', 'myGdx']);

/** Mbps as people write it: 100 Mbps, 1 Gbps, 10 Gbps. */
export function formatSpeed(mbps: number): string {
  if (mbps >= 1000 && mbps % 100 === 0) return `${mbps / 1000} Gbps`;
  return `${mbps} Mbps`;
}

const UI: Record<Lang, { hardware: string; units: string; internal: string; external: string; system: string; personal: string; modules: string; of: string }> = {
  ms: { hardware: 'Perkakasan', units: 'unit', internal: 'Dalaman', external: 'Luaran', system: 'Sistem', personal: 'Data peribadi', modules: 'modul', of: 'dalam' },
  en: { hardware: 'Hardware', units: 'units', internal: 'Internal', external: 'External', system: 'System', personal: 'Personal data', modules: 'modules', of: 'in' },
};

/**
 * The kind as a node's head line prints it: short enough to leave room for the badge beside it
 * (the full kind is in the node's accessible name and tooltip).
 */
const KIND_SHORT: Record<Lang, Partial<Record<Element['kind'], string>>> = {
  ms: { targetGroup: 'Pengguna', channel: 'Medium', process: 'Proses', appService: 'Perkhidmatan Apl.', securityControl: 'Keselamatan', dataEntity: 'Data' },
  en: { targetGroup: 'User group', channel: 'Channel', process: 'Process', appService: 'App service', securityControl: 'Security', dataEntity: 'Data' },
};

/**
 * Key facts of `element` in `lang`; `doc` resolves references such as a module's application, and
 * `networks` are the networks connected to a site (shown with their speeds).
 */
export function nodeFacts(element: Element, doc: Pick<LakarDocument, 'elements'>, lang: Lang, networks: readonly Element[] = []): NodeFacts {
  const ui = UI[lang];
  // a system's badge says whether it is the agency's own (001 §3.3.4 f: Sistem XY, Sistem YZ) or
  // another agency's: its kind line must not call an internal one "external"
  const fullKind = element.kind === 'externalSystem' ? ui.system : label(lang, 'kind', element.kind);
  const kindLabel = KIND_SHORT[lang][element.kind] ?? fullKind;
  const out: NodeFacts = { kindLabel, description: `${fullKind}: ${element.name}` };
  const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' · ') || undefined;
  let hardwareCount: string | undefined;
  switch (element.kind) {
    case 'targetGroup':
      out.badge = element.lifecycle;
      out.badgeTone = element.lifecycle.toLowerCase() as BadgeTone;
      out.facts = join(element.group, element.subcategory, element.persona);
      break;
    case 'channel':
      out.badge = label(lang, 'channelType', element.channelType);
      out.badgeTone = 'neutral';
      out.facts = element.url;
      break;
    case 'service':
      if (element.e2eCategory) {
        out.badge = label(lang, 'e2eCategory', element.e2eCategory);
        out.badgeTone = E2E_TONE[element.e2eCategory];
      }
      // the domain by its catalogue name ("Pekerjaan"), not its id
      out.facts = join(element.agency, element.serviceDomain && (catalogueRefName(element.serviceDomain, lang) ?? element.serviceDomain));
      break;
    case 'process': {
      const g = genericProcess(element.genericProcess);
      out.order = element.order;
      if (g) out.facts = `${g.no} · ${g.ms} (${g.en})`;
      break;
    }
    case 'application':
      if (element.category) out.badge = label(lang, 'applicationCategory', element.category);
      out.badgeTone = 'neutral';
      out.facts = join(element.agencyCode && element.systemCode ? `${element.agencyCode}-${element.systemCode}` : element.agencyCode, element.agency);
      break;
    case 'module':
    case 'appService': {
      const parent = element.parentId ? doc.elements.get(element.parentId) : undefined;
      if (parent) out.facts = `${ui.of} ${parent.name}`;
      break;
    }
    case 'platform':
      out.badge = label(lang, 'platformType', element.platformType);
      out.badgeTone = DPI.has(element.platformType) ? 'dpi' : 'neutral';
      break;
    case 'externalSystem':
      out.badge = element.internal ? ui.internal : ui.external;
      out.badgeTone = element.internal ? 'internal' : 'external';
      out.facts = join(element.agency, element.agencyCode && element.systemCode ? `${element.agencyCode}-${element.systemCode}` : undefined);
      break;
    case 'dataEntity':
      if (element.classification) {
        out.badge = label(lang, 'classification', element.classification);
        out.badgeTone = CLASSIFICATION_TONE[element.classification];
      }
      out.facts = join(element.personalData && ui.personal, element.ownerAgency);
      break;
    case 'site': {
      const units = (element.hardware ?? []).reduce((s, h) => s + h.quantity, 0);
      out.badge = label(lang, 'siteType', element.siteType);
      out.badgeTone = 'neutral';
      // the speed of each network reaching the site (001 §3.3.4 g), e.g. "MyGov*Net.PDSA 10 Gbps"
      const speeds = networks.map((n) => (n.kind === 'network' && n.speedMbps !== undefined ? `${n.name} ${formatSpeed(n.speedMbps)}` : undefined));
      out.facts = join(element.location, ...speeds);
      // the box lists the items themselves under this line (flowModel: factLines, as the paper's LMV);
      // the count is for the accessible name and tooltip
      if (element.hardware?.length) hardwareCount = `${ui.hardware}: ${units} ${ui.units}`;
      break;
    }
    case 'network':
      out.badge = label(lang, 'networkType', element.networkType);
      out.badgeTone = 'neutral';
      out.facts = element.speedMbps !== undefined ? formatSpeed(element.speedMbps) : undefined;
      break;
    case 'securityControl':
      out.badge = element.controlType === 'other' ? label(lang, 'securityControlType', 'other') : element.controlType.toUpperCase();
      out.badgeTone = 'neutral';
      out.facts = element.controlType === 'other' ? undefined : label(lang, 'securityControlType', element.controlType).replace(/\s*\(.*\)$/, '');
      break;
  }
  out.description = [`${fullKind}: ${element.name}`, out.order !== undefined ? `#${out.order}` : undefined, out.badge, join(out.facts, hardwareCount)].filter(Boolean).join(', ');
  return out;
}
