/**
 * LMV document → neutral ArchiMate model (then written as OEF XML or Archi CSV). Every LMV-only field
 * becomes a `lakar:` property, views keep their exact geometry, and unplaced concepts go back out with
 * their original types, so `toLakar(fromLakar(doc))` equals `doc`.
 */
import { label, type Lang } from '../../i18n';
import { bandLayout, NODE_HEIGHT, NODE_WIDTH } from '../../model/bands';
import { sortedViews } from '../../model/document';
import { SCHEMA_VERSION, type Element, type LakarDocument, type NodeLayout, type Relation, type View } from '../../model/schema';
import type { ImportWarning } from './errors';
import { encodeField, elementFields, metaFields, relationFields, userPropertyKey } from './fields';
import { IdAllocator } from './ids';
import { folderOf, isControlKey, K_ACCESS_TYPE, K_DIRECTED, K_DOC, K_DOC_LANG, K_DOC_PREFIX, K_FOLDER, K_LANG, K_MODIFIER, K_NAME_PREFIX, K_SPECIALIZATION, K_TYPE, P_BAND_HEIGHTS, P_GEOMETRY, P_ID, P_KIND, P_META, P_SCHEMA_VERSION, P_VIEW_IMPORTED, P_VIEW_ORDER, P_VIEW_STATE } from './keys';
import { classifyElement, elementMapping, exportRelationMapping, isElementType, isRelationshipType, parentLinkType, PARENT_LINK_KIND, relationMappingFor, resolveRelation, typeFitsKind } from './mapping';
import type { AmConcept, AmConnection, AmElement, AmModel, AmNode, AmProperty, AmRelationship, AmView, LangText } from './model';

export interface FromLakarOptions {
  /** Language of the band labels drawn on exported diagrams. */
  lang?: Lang;
}

const BAND_FILLS = ['#fdf3e7', '#fef9e6', '#fffde8', '#f2f8ea', '#e9f3fb', '#eef0fb', '#f1f1f1'];

/** The ArchiMate element type an LMV element is written as. */
export function archimateTypeOf(el: Element): string {
  const kept = el.properties?.[K_TYPE];
  return kept && typeFitsKind(kept, el.kind) ? kept : elementMapping(el.kind).exportType;
}

/** Expected access type for an LMV `access` value (what the importer assumes when nothing else is said). */
export function accessTypeFor(access: string | undefined): string {
  return access === 'read' ? 'Read' : access ? 'Write' : 'Access';
}

/** Convert a Lakar document to the neutral ArchiMate model. */
export function lakarToArchimate(doc: LakarDocument, options: FromLakarOptions = {}): { model: AmModel; warnings: ImportWarning[] } {
  const lang = options.lang ?? 'ms';
  const warnings: ImportWarning[] = [];
  const ids = new IdAllocator();
  /** LMV id → file identifier, per collection (LMV ids are unique per collection only). */
  const xmlIdOf = new Map<string, string>();
  const relXmlIdOf = new Map<string, string>();
  const unplacedXmlIdOf = new Map<string, string>();
  /** An unplaced relationship's end: an element, another unplaced concept or a relation. */
  const endXmlId = (id: string) => xmlIdOf.get(id) ?? unplacedXmlIdOf.get(id) ?? relXmlIdOf.get(id);
  const typeOfXml = new Map<string, string>();

  const modelId = ids.take('lakar-model').id;
  const elements: AmElement[] = [];
  const relationships: AmRelationship[] = [];

  for (const el of doc.elements.values()) {
    const { id, changed } = ids.take(el.id);
    xmlIdOf.set(el.id, id);
    const type = archimateTypeOf(el);
    typeOfXml.set(id, type);
    const props: AmProperty[] = [];
    if (changed) props.push({ key: P_ID, value: el.id });
    if (classifyElement(type, el.name) !== el.kind) props.push({ key: P_KIND, value: el.kind });
    const record = el as unknown as Record<string, unknown>;
    for (const spec of elementFields(el.kind)) {
      if (record[spec.field] !== undefined) props.push(encodeField(spec, `lakar:${spec.field}`, record[spec.field]));
    }
    elements.push({ id, type, ...textsOf(el.name, el.description, el.properties), properties: [...props, ...userProps(el.properties)], ...structureOf(el.properties) });
  }

  const unplacedElements = (doc.meta.unplaced ?? []).filter((u) => u.source === undefined && u.target === undefined);
  const unplacedRelations = (doc.meta.unplaced ?? []).filter((u) => u.source !== undefined || u.target !== undefined);
  for (const u of unplacedElements) {
    if (!isElementType(u.type)) {
      warnings.push({ key: 'warning.unknownTypeSkipped', params: { id: u.id, type: u.type } });
      continue;
    }
    const { id, changed } = ids.take(u.id);
    unplacedXmlIdOf.set(u.id, id);
    typeOfXml.set(id, u.type);
    elements.push({ id, type: u.type, ...textsOf(u.name, u.description, u.properties), properties: [...(changed ? [{ key: P_ID, value: u.id }] : []), ...userProps(u.properties)], ...structureOf(u.properties) });
  }

  // Relation ids first, so relationships that point at relationships (carried data) can be resolved.
  const relIds = new Map<string, { id: string; changed: boolean }>();
  for (const rel of doc.relations.values()) {
    const taken = ids.take(rel.id);
    relIds.set(rel.id, taken);
    relXmlIdOf.set(rel.id, taken.id);
  }
  const unplacedRelIds = new Map<string, { id: string; changed: boolean }>();
  for (const u of unplacedRelations) {
    const taken = ids.take(u.id);
    unplacedRelIds.set(u.id, taken);
    unplacedXmlIdOf.set(u.id, taken.id);
  }

  /** ArchiMate source/target of each written relation, for drawing connections. */
  const written = new Map<string, { source: string; target: string }>();
  for (const rel of doc.relations.values()) {
    const out = relationToAm(doc, rel, relIds.get(rel.id)!, xmlIdOf, typeOfXml, warnings);
    if (!out) continue;
    relationships.push(out);
    written.set(rel.id, { source: out.source, target: out.target });
    if (rel.kind === 'dataFlow') {
      rel.dataEntityIds?.forEach((dataId, i) => {
        const target = doc.elements.get(dataId) ? xmlIdOf.get(dataId) : undefined;
        if (!target) return warnings.push({ key: 'warning.danglingSkipped', params: { id: rel.id, ref: dataId } });
        relationships.push({ id: ids.take(`${out.id}-data-${i + 1}`).id, type: 'Association', source: out.id, target, names: [], docs: [], properties: [] });
      });
    }
  }

  for (const el of doc.elements.values()) {
    if ((el.kind !== 'module' && el.kind !== 'appService') || !el.parentId) continue;
    const parent = doc.elements.get(el.parentId);
    if (!parent) {
      warnings.push({ key: 'warning.danglingSkipped', params: { id: el.id, ref: el.parentId } });
      continue;
    }
    const type = parentLinkType(el.kind, archimateTypeOf(parent), archimateTypeOf(el));
    relationships.push({
      id: ids.take(`${xmlIdOf.get(el.id)}-parent`).id,
      type,
      source: xmlIdOf.get(parent.id)!,
      target: xmlIdOf.get(el.id)!,
      names: [],
      docs: [],
      properties: type === 'Association' ? [{ key: P_KIND, value: PARENT_LINK_KIND }] : [],
    });
  }

  for (const u of unplacedRelations) {
    const source = u.source ? endXmlId(u.source) : undefined;
    const target = u.target ? endXmlId(u.target) : undefined;
    if (!source || !target || !isRelationshipType(u.type)) {
      warnings.push({ key: 'warning.danglingSkipped', params: { id: u.id, ref: (!source ? u.source : u.target) ?? u.type } });
      continue;
    }
    const taken = unplacedRelIds.get(u.id)!;
    relationships.push({
      id: taken.id,
      type: u.type,
      source,
      target,
      ...textsOf(u.name, u.description, u.properties),
      properties: [...(taken.changed ? [{ key: P_ID, value: u.id }] : []), ...userProps(u.properties)],
      ...structureOf(u.properties),
      ...relationshipExtras(u.properties, u.type),
    });
  }

  const views = sortedViews(doc).map((v) => viewToAm(doc, v, ids, xmlIdOf, relXmlIdOf, written, lang));
  const metaProps: AmProperty[] = [{ key: P_SCHEMA_VERSION, value: String(SCHEMA_VERSION), type: 'number' }];
  const meta = doc.meta as unknown as Record<string, unknown>;
  for (const spec of metaFields()) if (meta[spec.field] !== undefined) metaProps.push(encodeField(spec, `${P_META}${spec.field}`, meta[spec.field]));
  metaProps.push(...userProps(doc.meta.properties));

  return {
    model: {
      id: modelId,
      names: [{ text: doc.meta.title }],
      docs: doc.meta.objectives !== undefined ? [{ text: doc.meta.objectives }] : [],
      properties: metaProps,
      elements,
      relationships,
      views,
    },
    warnings,
  };
}

/** Names and documentation, with other-language variants kept under `archimate:name:<lang>` and the main texts' languages. */
function textsOf(name: string | undefined, description: string | undefined, properties: Record<string, string> | undefined): Pick<AmConcept, 'names' | 'docs'> {
  const nameLang = properties?.[K_LANG] || undefined;
  const docLang = properties?.[K_DOC_LANG] !== undefined ? properties[K_DOC_LANG] || undefined : nameLang;
  const names: LangText[] = name !== undefined ? [withLang(name, nameLang)] : [];
  const docs: LangText[] = description !== undefined ? [withLang(description, docLang)] : [];
  for (const [k, v] of Object.entries(properties ?? {})) {
    if (k.startsWith(K_NAME_PREFIX)) names.push({ text: v, lang: k.slice(K_NAME_PREFIX.length) });
    else if (k === K_DOC) docs.unshift(withLang(v, docLang));
    else if (k.startsWith(K_DOC_PREFIX)) docs.push({ text: v, lang: k.slice(K_DOC_PREFIX.length) });
  }
  return { names, docs };
}

function withLang(text: string, lang: string | undefined): LangText {
  return lang ? { text, lang } : { text };
}

function userProps(properties: Record<string, string> | undefined): AmProperty[] {
  const out: AmProperty[] = [];
  for (const [k, v] of Object.entries(properties ?? {})) {
    // A folder value that is not a path (edited by hand) stays an ordinary property rather than vanish.
    if (!isControlKey(k) || (k === K_FOLDER && !folderOf(properties))) out.push({ key: userPropertyKey(k), value: v });
  }
  return out;
}

/** Specialization and folder of a concept, from the properties that keep them. */
function structureOf(properties: Record<string, string> | undefined): Pick<AmConcept, 'specialization' | 'folder'> {
  const out: Pick<AmConcept, 'specialization' | 'folder'> = {};
  if (properties?.[K_SPECIALIZATION]) out.specialization = properties[K_SPECIALIZATION];
  const folder = folderOf(properties);
  if (folder) out.folder = folder;
  return out;
}

function relationshipExtras(properties: Record<string, string> | undefined, type: string): Pick<AmRelationship, 'accessType' | 'isDirected' | 'modifier'> {
  const out: Pick<AmRelationship, 'accessType' | 'isDirected' | 'modifier'> = {};
  if (type === 'Access' && properties?.[K_ACCESS_TYPE]) out.accessType = properties[K_ACCESS_TYPE];
  if (type === 'Association' && properties?.[K_DIRECTED] === 'true') out.isDirected = true;
  if (type === 'Influence' && properties?.[K_MODIFIER] !== undefined) out.modifier = properties[K_MODIFIER];
  return out;
}

function relationToAm(
  doc: LakarDocument,
  rel: Relation,
  taken: { id: string; changed: boolean },
  xmlIdOf: Map<string, string>,
  typeOfXml: Map<string, string>,
  warnings: ImportWarning[],
): AmRelationship | undefined {
  const s = doc.elements.get(rel.source);
  const t = doc.elements.get(rel.target);
  if (!s || !t) {
    warnings.push({ key: 'warning.danglingSkipped', params: { id: rel.id, ref: s ? rel.target : rel.source } });
    return undefined;
  }
  const sXml = xmlIdOf.get(s.id)!;
  const tXml = xmlIdOf.get(t.id)!;
  const kept = rel.properties?.[K_TYPE];
  const entry = kept && isRelationshipType(kept) ? (relationMappingFor(rel.kind, kept) ?? { kind: rel.kind, type: kept as never, reversed: false }) : exportRelationMapping(rel.kind, typeOfXml.get(sXml)!, typeOfXml.get(tXml)!);
  const [source, target] = entry.reversed ? [tXml, sXml] : [sXml, tXml];
  const [srcKind, tgtKind] = entry.reversed ? [t.kind, s.kind] : [s.kind, t.kind];
  const back = resolveRelation(entry.type, srcKind, tgtKind);
  const props: AmProperty[] = [];
  if (taken.changed) props.push({ key: P_ID, value: rel.id });
  if ((back?.kind ?? 'association') !== rel.kind || (back && back.reversed !== entry.reversed)) props.push({ key: P_KIND, value: rel.kind });
  const record = rel as unknown as Record<string, unknown>;
  for (const spec of relationFields(rel.kind)) {
    if (record[spec.field] !== undefined) props.push(encodeField(spec, `lakar:${spec.field}`, record[spec.field]));
  }
  const extras = relationshipExtras(rel.properties, entry.type);
  if (entry.type === 'Access' && !extras.accessType) extras.accessType = accessTypeFor(rel.kind === 'accesses' ? rel.access : undefined);
  const texts = textsOf(rel.label, undefined, rel.properties);
  return {
    id: taken.id,
    type: entry.type,
    source,
    target,
    names: texts.names,
    docs: texts.docs,
    properties: [...props, ...userProps(rel.properties)],
    ...structureOf(rel.properties),
    ...extras,
  };
}

/** Geometry as written (OEF wants non-negative integer x/y and positive integer w/h). */
export function writtenGeometry(layout: NodeLayout): { x: number; y: number; w: number; h: number } {
  return {
    x: Math.max(0, Math.round(layout.x)),
    y: Math.max(0, Math.round(layout.y)),
    w: Math.max(1, Math.round(layout.w ?? NODE_WIDTH)),
    h: Math.max(1, Math.round(layout.h ?? NODE_HEIGHT)),
  };
}

function viewToAm(doc: LakarDocument, view: View, ids: IdAllocator, xmlIdOf: Map<string, string>, relXmlIdOf: Map<string, string>, written: Map<string, { source: string; target: string }>, lang: Lang): AmView {
  const { id, changed } = ids.take(view.id);
  const props: AmProperty[] = [{ key: P_VIEW_ORDER, value: String(view.order), type: 'number' }];
  if (changed) props.push({ key: P_ID, value: view.id });
  if (view.bandHeights) props.push({ key: P_BAND_HEIGHTS, value: JSON.stringify(view.bandHeights) });
  if (view.state) props.push({ key: P_VIEW_STATE, value: view.state });
  if (view.imported) props.push({ key: P_VIEW_IMPORTED, value: JSON.stringify(view.imported) });

  const elementNodes: AmNode[] = [];
  const nodeOf = new Map<string, string>();
  const exact: Record<string, [number, number, number | null, number | null]> = {};
  let right = 1200;
  for (const [elId, layout] of Object.entries(view.nodes)) {
    const xmlEl = doc.elements.get(elId) ? xmlIdOf.get(elId) : undefined;
    if (!xmlEl) continue;
    const g = writtenGeometry(layout);
    if (layout.w === undefined || layout.h === undefined || g.x !== layout.x || g.y !== layout.y || g.w !== layout.w || g.h !== layout.h) {
      exact[elId] = [layout.x, layout.y, layout.w ?? null, layout.h ?? null];
    }
    const nodeId = ids.take(`${id}.${xmlEl}`).id;
    nodeOf.set(xmlEl, nodeId);
    right = Math.max(right, g.x + g.w + 40);
    elementNodes.push({ id: nodeId, type: 'Element', elementRef: xmlEl, ...g, children: [] });
  }
  if (Object.keys(exact).length > 0) props.push({ key: P_GEOMETRY, value: JSON.stringify(exact) });

  const bands: AmNode[] = bandLayout(view).map((b) => ({
    id: ids.take(`${id}.band${b.index + 1}`).id,
    type: 'Container',
    label: `${b.index + 1}. ${label(lang, 'band', b.band)}`,
    x: 0,
    y: Math.round(b.top),
    w: Math.round(right),
    h: Math.max(1, Math.round(b.height)),
    fill: BAND_FILLS[b.index],
    children: [],
  }));

  const connections: AmConnection[] = [];
  for (const [relId, ends] of written) {
    const source = nodeOf.get(ends.source);
    const target = nodeOf.get(ends.target);
    if (source && target) connections.push({ id: ids.take(`${id}.${relXmlIdOf.get(relId)}`).id, relationshipRef: relXmlIdOf.get(relId), source, target });
  }
  // the viewpoint of a diagram first read from another tool goes back out with it
  const viewpoint = view.imported?.viewpoint || undefined;
  return { id, names: [{ text: view.name }], docs: [], properties: props, ...(viewpoint ? { viewpoint } : {}), nodes: [...bands, ...elementNodes], connections };
}
