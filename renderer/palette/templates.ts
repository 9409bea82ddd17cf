/**
 * The palette's element templates, per LMV band: target groups by lifecycle, channels, the 20
 * generic processes of 001 Rajah 3-2, applications by category, modules, application services,
 * platforms (MyDigital ID, MyGDX, ePayment Gateway…), external systems, data, sites, networks and
 * security controls (HSM, SIEM, DLP…). A template becomes a new element with a sensible name.
 */
import { GENERIC_PROCESSES } from '../../shared/catalogue/generic-processes';
import { label, type Lang } from '../../shared/i18n';
import {
  APPLICATION_CATEGORIES,
  CHANNEL_TYPES,
  LIFECYCLES,
  NETWORK_TYPES,
  newId,
  PLATFORM_TYPES,
  SECURITY_CONTROL_TYPES,
  SITE_TYPES,
  bandOf,
  type Band,
  type Element,
  type ElementKind,
  type LakarDocument,
} from '../../shared/model';

/** Drag-and-drop data type of a palette item (value: the template key). */
export const PALETTE_MIME = 'application/x-lakar-palette';

export interface PaletteTemplate {
  /** Stable key, e.g. `channel:portalRai`, `process:11`. */
  key: string;
  kind: ElementKind;
  band: Band;
  /** Fields the new element starts with (besides id and name). */
  fields: Record<string, unknown>;
  /** Label source: a domain vocabulary entry, or literal BM/EN text (generic processes). */
  title: { group: 'kind' | 'lifecycle' | 'channelType' | 'applicationCategory' | 'platformType' | 'siteType' | 'networkType' | 'securityControlType'; value: string } | { ms: string; en: string; no: number };
  /** For the second external-system item. */
  variant?: 'internal';
}

const URLS: Partial<Record<string, string>> = { portalMyGovernment: 'https://malaysia.gov.my', portalRai: 'https://rai.malaysia.gov.my' };

function build(): PaletteTemplate[] {
  const t = (kind: ElementKind, key: string, fields: Record<string, unknown>, title: PaletteTemplate['title'], variant?: 'internal'): PaletteTemplate => ({ key, kind, band: bandOf(kind), fields, title, variant });
  return [
    ...LIFECYCLES.map((l) => t('targetGroup', `targetGroup:${l}`, { lifecycle: l }, { group: 'lifecycle', value: l })),
    ...CHANNEL_TYPES.map((c) => t('channel', `channel:${c}`, URLS[c] ? { channelType: c, url: URLS[c] } : { channelType: c }, { group: 'channelType', value: c })),
    t('service', 'service', {}, { group: 'kind', value: 'service' }),
    ...GENERIC_PROCESSES.map((g) => t('process', `process:${g.no}`, { genericProcess: g.no }, { ms: g.ms, en: g.en, no: g.no })),
    t('process', 'process', {}, { group: 'kind', value: 'process' }),
    ...APPLICATION_CATEGORIES.map((c) => t('application', `application:${c}`, { category: c }, { group: 'applicationCategory', value: c })),
    t('module', 'module', {}, { group: 'kind', value: 'module' }),
    t('appService', 'appService', {}, { group: 'kind', value: 'appService' }),
    ...PLATFORM_TYPES.map((p) => t('platform', `platform:${p}`, { platformType: p }, { group: 'platformType', value: p })),
    t('externalSystem', 'externalSystem', {}, { group: 'kind', value: 'externalSystem' }),
    t('externalSystem', 'externalSystem:internal', { internal: true }, { group: 'kind', value: 'externalSystem' }, 'internal'),
    t('dataEntity', 'dataEntity', {}, { group: 'kind', value: 'dataEntity' }),
    ...SITE_TYPES.map((s) => t('site', `site:${s}`, { siteType: s }, { group: 'siteType', value: s })),
    ...NETWORK_TYPES.map((n) => t('network', `network:${n}`, { networkType: n }, { group: 'networkType', value: n })),
    ...SECURITY_CONTROL_TYPES.map((c) => t('securityControl', `securityControl:${c}`, { controlType: c }, { group: 'securityControlType', value: c })),
  ];
}

/** Every palette template in palette order (band by band). */
export const PALETTE_TEMPLATES: readonly PaletteTemplate[] = build();
const BY_KEY = new Map(PALETTE_TEMPLATES.map((p) => [p.key, p]));

/** The template with `key`, if any. */
export function findTemplate(key: string): PaletteTemplate | undefined {
  return BY_KEY.get(key);
}

const NEW: Record<Lang, { internal: string; external: string; fresh: string }> = {
  ms: { internal: 'Sistem dalaman', external: 'Sistem luaran', fresh: 'baharu' },
  en: { internal: 'Internal system', external: 'External system', fresh: 'new' },
};

/** The label of a palette item in `lang`, e.g. "Portal Rai" or "11 Kelulusan (Approve/Authorize/Endorse)". */
export function templateLabel(template: PaletteTemplate, lang: Lang): string {
  const title = template.title;
  if ('no' in title) return `${title.no} ${title.ms} (${title.en})`;
  if (template.kind === 'externalSystem') return template.variant === 'internal' ? NEW[lang].internal : NEW[lang].external;
  return label(lang, title.group, title.value);
}

/** The name a new element from `template` gets, before the user renames it. */
function baseName(template: PaletteTemplate, lang: Lang): string {
  const title = template.title;
  if ('no' in title) return title.ms;
  switch (template.kind) {
    case 'targetGroup':
      return `${label(lang, 'kind', 'targetGroup')} ${title.value}`;
    case 'securityControl':
      return title.value === 'other' ? label(lang, 'kind', 'securityControl') : title.value.toUpperCase();
    case 'channel':
    case 'platform':
    case 'site':
    case 'network':
      return label(lang, title.group, title.value).replace(/\s*\(.*\)$/, '');
    case 'externalSystem':
      return templateLabel(template, lang);
    default:
      return lang === 'ms' ? `${label(lang, 'kind', template.kind)} ${NEW.ms.fresh}` : `${NEW.en.fresh[0].toUpperCase()}${NEW.en.fresh.slice(1)} ${label(lang, 'kind', template.kind).toLowerCase()}`;
  }
}

/** `name`, or `name 2`, `name 3`… when an element of the same kind already has it. */
function uniqueName(doc: Pick<LakarDocument, 'elements'>, kind: ElementKind, name: string): string {
  const taken = new Set(doc.elements.values().filter((e) => e.kind === kind).map((e) => e.name));
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} ${n}`)) n++;
  return `${name} ${n}`;
}

/**
 * The element a new module (or application service) belongs to, given what is selected: the
 * selected application (or, for a service, module), or the parent of a selected sibling; none when
 * the selection points at two different ones.
 */
function parentFromSelection(kind: 'module' | 'appService', doc: Pick<LakarDocument, 'elements'>, selected: readonly string[]): string | undefined {
  const canParent = (e: Element | undefined) => !!e && (e.kind === 'application' || (kind === 'appService' && e.kind === 'module'));
  const parents = new Set<string>();
  for (const id of selected) {
    const e = doc.elements.get(id);
    if (!e) continue;
    if (canParent(e)) parents.add(e.id);
    else if ((e.kind === 'module' || e.kind === 'appService') && e.parentId && canParent(doc.elements.get(e.parentId))) parents.add(e.parentId);
  }
  return parents.size === 1 ? [...parents][0] : undefined;
}

/**
 * A new element from `template`. Processes get the next order number; a module or application
 * service joins the selected application (or module), or that of a selected sibling.
 */
export function elementFromTemplate(template: PaletteTemplate, doc: Pick<LakarDocument, 'elements'>, lang: Lang, selected: readonly string[] = []): Element {
  const fields: Record<string, unknown> = { ...template.fields };
  if (template.kind === 'process') {
    const orders = doc.elements.values().map((e) => (e.kind === 'process' ? (e.order ?? 0) : 0));
    fields.order = Math.max(0, ...orders) + 1;
  }
  if (template.kind === 'module' || template.kind === 'appService') {
    const parentId = parentFromSelection(template.kind, doc, selected);
    if (parentId) fields.parentId = parentId;
  }
  return { id: newId('el'), kind: template.kind, name: uniqueName(doc, template.kind, baseName(template, lang)), ...fields } as Element;
}
