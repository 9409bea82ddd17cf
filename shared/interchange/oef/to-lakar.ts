/**
 * Neutral ArchiMate model → LMV document. Elements whose type maps (mapping.ts) become LMV elements,
 * the rest are kept as "unplaced" concepts in `meta.unplaced`; relationships become LMV relations, a
 * module's/application service's parent, the data a flow carries, or unplaced relationships. Views
 * written by Lakar keep their exact geometry; foreign views are laid out into the seven bands.
 * The result is validated against the document schema before it is returned: callers get a complete
 * valid document or an InterchangeError, never half a model.
 */
import { newId } from '../../model/document';
import { isSafeId } from '../../model/ids';
import { exceededLimit } from '../../model/limits';
import { upgradeMeta } from '../../model/upgrade';
import { SCHEMA_VERSION, type Element, type ElementKind, type LakarDocument, type ProjectMeta, type Relation, type UnplacedConcept } from '../../model/schema';
import type { ImportAssumption, ImportAssumptions } from '../../model/proposal';
import { layoutView } from '../../layout';
import { needsLayout } from '../../layout/prepare';
import { checkCancelled, InterchangeError, yieldAndCheck, type ImportWarning, type ProgressOptions } from './errors';
import { decodeField, elementFields, metaFields, relationFields, type FieldSpec } from './fields';
import { accessTypeFor } from './from-lakar';
import { K_ACCESS_TYPE, K_DIRECTED, K_FOLDER, K_MODIFIER, K_SPECIALIZATION, K_TYPE, P_ID, P_KIND, P_META, P_SCHEMA_VERSION } from './keys';
import { classifyElement, elementMapping, exportRelationMapping, PARENT_LINK_KIND, PARENT_LINKS, resolveRelation, securityControlTypeOf } from './mapping';
import { pickText, type AmConcept, type AmElement, type AmModel, type AmRelationship } from './model';
import { clamp, guessChannelType, guessPlatformType, isPlain, keepRelationDoc, MAX_LABEL, MAX_NAME, MAX_TEXT, pickTexts, splitProps } from './props';
import { viewsToLakar } from './to-lakar-views';
import { Table } from '../../model/table';
import { ELEMENT_BY_KIND, inSchemaOrder, parseDocumentQuickly, RELATION_BY_KIND } from '../../model/quick-document';

export interface ToLakarOptions extends ProgressOptions {
  /** The file read, for messages. */
  fileName?: string;
  /** Timestamp for createdAt/updatedAt of a foreign model (tests pin it). */
  now?: string;
  /** Refine foreign views with the band-keeping auto-layout (default true; false keeps the plain grid). */
  layout?: boolean;
  /** The file imported, recorded with the import's assumptions (paper annex, app banner). */
  source?: { name: string; format: 'oef' | 'archi-csv' };
}

/** Views with more nodes than this keep the plain band grid on import (layout them later from the menu). */
const IMPORT_LAYOUT_LIMIT = 2000;

/**
 * Shares of archimateToLakar's progress: mapping the concepts up to MAP_SHARE, laying out views up to
 * LAYOUT_SHARE, then checking the whole document against the schema (a second or so at 100,000
 * elements) up to 1, so the bar reaches 100 % only when the document is ready.
 */
const MAP_SHARE = 0.8;
const LAYOUT_SHARE = 0.9;

/** Run shared/layout on the views placed by the importer; a failure keeps the grid and says so. Progress runs from `from` to `to`. */
async function autoLayout(doc: LakarDocument, viewIds: readonly string[], warnings: ImportWarning[], options: ProgressOptions, from: number, to: number): Promise<void> {
  for (const [i, viewId] of viewIds.entries()) {
    const view = doc.views[viewId];
    const count = Object.keys(view.nodes).length;
    if (count < 2 || count > IMPORT_LAYOUT_LIMIT) continue;
    try {
      const result = await layoutView(doc, viewId);
      view.nodes = result.nodes;
      view.bandHeights = result.bandHeights;
    } catch (e) {
      warnings.push({ key: 'warning.layoutFailed', params: { view: view.name, message: e instanceof Error ? e.message : String(e) } });
    }
    options.onProgress?.({ phase: 'layout', fraction: from + ((to - from) * (i + 1)) / viewIds.length });
    checkCancelled(options.signal);
  }
}

/** What an import yields: the document, its unplaced concepts (also in `doc.meta.unplaced`) and notes. */
export interface ImportResult {
  doc: LakarDocument;
  unplaced: UnplacedConcept[];
  warnings: ImportWarning[];
}

/** Where a file identifier ended up. */
type Target = { at: 'element'; id: string; kind: ElementKind; type: string } | { at: 'unplaced'; id: string } | { at: 'relation'; id: string; am: AmRelationship };

const BATCH = 2000;

/** Map a neutral ArchiMate model to an LMV document. */
export async function archimateToLakar(model: AmModel, options: ToLakarOptions = {}): Promise<ImportResult> {
  // refused before any mapping: a model beyond the documented limits would only run out of memory later
  const over = exceededLimit({ elements: model.elements.length, relations: model.relationships.length, views: model.views.length });
  if (over) throw new InterchangeError(`limit.${over.limit}`, { file: options.fileName ?? '', count: over.count, max: over.max }, true);
  const warnings: ImportWarning[] = [];
  const report = (fraction: number) => options.onProgress?.({ phase: 'map', fraction: MAP_SHARE * fraction });
  const total = model.elements.length + model.relationships.length + 1;
  // the dialog names the phase from its start, also on a model smaller than one batch
  report(0);
  let done = 0;
  // one more concept mapped: true every BATCH of them, when the caller reports and yields (an async
  // tick awaited per concept cost a promise and a microtask 250,000 times at 100,000 elements)
  const tick = (): boolean => {
    if (++done % BATCH !== 0) return false;
    report(done / total);
    return true;
  };

  // by LMV id, in the order they are made (the tables list them so, as they would a record made so)
  const elements = new Map<string, Element>();
  const relations = new Map<string, Relation>();
  const unplaced: UnplacedConcept[] = [];
  const unplacedIds = new Set<string>();
  /** An LMV id for an unplaced concept (chooseId), taken. */
  const unplacedId = (kept: string | undefined, fileId: string): string => {
    const id = chooseId(kept, fileId, unplacedIds, warnings);
    unplacedIds.add(id);
    return id;
  };
  const targets = new Map<string, Target>();
  /** Each element's LMV id by its file identifier, for the views. */
  const elementIdOf = new Map<string, string>();

  /** Target groups whose lifecycle was assumed: one warning for all of them, not one each. */
  const lifecycleAssumed: string[] = [];
  /** Elements whose required type a foreign file did not give (guessed from name or ArchiMate type), by field. */
  const guessed: Guessed = { lifecycle: [], channelType: [], platformType: [], siteType: [] };
  const moduleParents = findComposedComponents(model);
  for (const am of model.elements) {
    if (targets.has(am.id)) throw new InterchangeError('error.duplicateId', { id: am.id });
    const { lakar, user } = splitProps(am.properties, am.id, warnings);
    const { name, doc } = pickTexts(am, user);
    keepStructure(am, user);
    // A component composed into another component is one of its modules (unless lakar:kind says otherwise).
    const composed = moduleParents.has(am.id) && !lakar.has(P_KIND);
    const kind = composed ? 'module' : classifyElement(am.type, name ?? '', lakar.get(P_KIND));
    if (kind) {
      const id = chooseId(lakar.get(P_ID), am.id, elements, warnings);
      elements.set(id, buildElement(am, kind, id, name, doc, lakar, user, warnings, lifecycleAssumed, guessed));
      targets.set(am.id, { at: 'element', id, kind, type: am.type });
      elementIdOf.set(am.id, id);
    } else {
      const id = unplacedId(lakar.get(P_ID), am.id);
      unplaced.push(compact({ id, type: am.type, name: name === undefined ? undefined : clamp(name, MAX_NAME, am.id, warnings), description: doc === undefined ? undefined : clamp(doc, MAX_TEXT, am.id, warnings), properties: nonEmpty(user) }));
      targets.set(am.id, { at: 'unplaced', id });
    }
    if (tick()) await yieldAndCheck(options.signal);
  }

  if (lifecycleAssumed.length > 0) {
    const shown = lifecycleAssumed.slice(0, 8).map((n) => `“${n}”`).join(', ');
    warnings.push({ key: 'warning.lifecycleAssumed', params: { count: lifecycleAssumed.length, names: lifecycleAssumed.length > 8 ? `${shown}…` : shown } });
  }

  /** Each relationship's target, by its index in the model. */
  const relationTargets: Extract<Target, { at: 'relation' }>[] = [];
  for (const am of model.relationships) {
    const self: Target = { at: 'relation', id: '', am };
    // an identifier already there leaves the size as it was (one lookup per relationship, not two)
    const known = targets.size;
    if (targets.set(am.id, self).size === known) throw new InterchangeError('error.duplicateId', { id: am.id });
    relationTargets.push(self);
  }
  const carried: AmRelationship[] = [];
  for (let index = 0; index < model.relationships.length; index++) {
    const am = model.relationships[index];
    const src = targets.get(am.source);
    const tgt = targets.get(am.target);
    if (!src || !tgt) throw new InterchangeError('error.danglingRef', { id: am.id, ref: !src ? am.source : am.target });
    const { lakar, user } = splitProps(am.properties, am.id, warnings);
    const self = relationTargets[index];
    if (src.at === 'element' && tgt.at === 'element') {
      if (setParent(am, src, tgt, lakar, elements)) {
        self.id = '';
        if (tick()) await yieldAndCheck(options.signal);
        continue;
      }
      const id = chooseId(lakar.get(P_ID), am.id, relations, warnings, 'rel');
      self.id = id;
      relations.set(id, buildRelation(am, id, src, tgt, lakar, user, warnings));
    } else if (src.at === 'relation' && tgt.at === 'element' && tgt.kind === 'dataEntity' && am.type === 'Association' && isPlain(am)) {
      carried.push(am);
    } else {
      const id = unplacedId(lakar.get(P_ID), am.id);
      self.id = id;
      unplaced.push(unplacedRelationship(am, id, user, warnings));
    }
    if (tick()) await yieldAndCheck(options.signal);
  }
  // Carried data: an association from a flow relationship to a data object (the ArchiMate idiom).
  for (const am of carried) {
    const flow = targets.get(am.source) as Extract<Target, { at: 'relation' }>;
    const rel = flow.id ? relations.get(flow.id) : undefined;
    const data = targets.get(am.target) as Extract<Target, { at: 'element' }>;
    if (rel?.kind === 'dataFlow') {
      rel.dataEntityIds = [...(rel.dataEntityIds ?? []), data.id];
      relations.set(flow.id, inSchemaOrder(RELATION_BY_KIND, rel));
    } else {
      const { user } = splitProps(am.properties, am.id, warnings);
      const id = unplacedId(undefined, am.id);
      unplaced.push(unplacedRelationship(am, id, user, warnings));
    }
  }
  // Relationship ends that are relationships: point unplaced ones at the LMV ids.
  for (const u of unplaced) {
    if (u.source !== undefined) u.source = lmvIdOf(targets.get(u.source)) ?? u.source;
    if (u.target !== undefined) u.target = lmvIdOf(targets.get(u.target)) ?? u.target;
  }

  const meta = buildMeta(model, options.now ?? new Date().toISOString(), warnings);
  if (unplaced.length > 0) meta.unplaced = unplaced;
  const elementTable = Table.fromMap(elements);
  const { views, laidOut } = viewsToLakar(model.views, elementTable, elementIdOf, warnings);
  const assumptions = importAssumptions(guessed, unplaced.length, model.views.length > 0 ? laidOut.length : 0, options, options.now ?? new Date().toISOString());
  if (assumptions && !meta.importAssumptions) meta.importAssumptions = assumptions;
  const doc: LakarDocument = { schemaVersion: SCHEMA_VERSION, meta, elements: elementTable, relations: Table.fromMap(relations), views };
  if (options.layout !== false) {
    const middle = (MAP_SHARE + LAYOUT_SHARE) / 2;
    await autoLayout(doc, laidOut, warnings, options, MAP_SHARE, middle);
    // a view Lakar wrote keeps its geometry, unless that geometry cannot be drawn (every node on one spot)
    const again = Object.values(doc.views).filter((v) => !laidOut.includes(v.id) && Object.keys(v.nodes).length <= IMPORT_LAYOUT_LIMIT && needsLayout(doc, v));
    await autoLayout(doc, again.map((v) => v.id), warnings, options, middle, LAYOUT_SHARE);
    for (const v of again) warnings.push({ key: 'warning.viewLaidOut', params: { view: v.name } });
  }
  options.onProgress?.({ phase: 'check', fraction: LAYOUT_SHARE });

  const parsed = parseDocumentQuickly(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [collection, id, ...field] = issue.path.map(String);
    const element = collection === 'elements' ? elements.get(id) : undefined;
    if (element) {
      throw new InterchangeError('error.invalidElement', { id, name: element.name, field: field.join('.') || '—', message: issue.message });
    }
    throw new InterchangeError('error.invalidResult', { path: issue.path.map(String).join('.'), message: issue.message });
  }
  options.onProgress?.({ phase: 'check', fraction: 1 });
  return { doc: parsed.data, unplaced, warnings };
}

function lmvIdOf(t: Target | undefined): string | undefined {
  if (!t) return undefined;
  return t.id || undefined;
}

/** Plain Composition/Aggregation from one Application Component to another: the target is a module. */
function findComposedComponents(model: AmModel): Set<string> {
  const types = new Map<string, string>();
  for (const e of model.elements) types.set(e.id, e.type);
  const out = new Set<string>();
  for (const r of model.relationships) {
    if ((r.type === 'Composition' || r.type === 'Aggregation') && isPlain(r) && types.get(r.target) === 'ApplicationComponent' && ['ApplicationComponent', 'ApplicationCollaboration'].includes(types.get(r.source) ?? '')) {
      out.add(r.target);
    }
  }
  return out;
}

/**
 * An LMV id for a concept, not one of `used` (the caller then takes it): its `lakar:id`, else the
 * file identifier, else a fresh id (with a warning). Reserved names such as `__proto__` or
 * `constructor` are never kept (shared/model/ids.ts).
 */
function chooseId(kept: string | undefined, fileId: string, used: { has(id: string): boolean }, warnings: ImportWarning[], prefix: 'el' | 'rel' = 'el'): string {
  if (isSafeId(kept) && kept.length <= 200 && !used.has(kept)) return kept;
  if (isSafeId(fileId) && fileId.length <= 200 && !used.has(fileId)) return fileId;
  const id = newId(prefix);
  warnings.push({ key: 'warning.idReplaced', params: { id: fileId.slice(0, 80), newId: id } });
  return id;
}

/** Remove undefined fields so documents compare equal to hand-made ones. */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function nonEmpty(r: Record<string, string>): Record<string, string> | undefined {
  return Object.keys(r).length > 0 ? r : undefined;
}

/** Decode `lakar:<field>` properties onto `target`; values that do not fit stay as user properties. */
function applyFields(target: Record<string, unknown>, specs: FieldSpec[], lakar: ReadonlyMap<string, string>, user: Record<string, string>, ownerId: string, warnings: ImportWarning[], prefix = 'lakar:') {
  for (const spec of specs) {
    const raw = lakar.get(prefix + spec.field);
    if (raw === undefined) continue;
    const decoded = decodeField(spec, raw);
    if (decoded.ok) {
      target[spec.field] = decoded.value;
    } else {
      user[prefix + spec.field] = raw;
      warnings.push({ key: 'warning.fieldInvalid', params: { id: ownerId, field: spec.field } });
    }
  }
}

type Guessed = Record<'lifecycle' | 'channelType' | 'platformType' | 'siteType', string[]>;

/** What the import assumed, for the user to confirm (banner) and the paper's annex; undefined when nothing was. */
function importAssumptions(guessed: Guessed, unplaced: number, viewsArranged: number, options: ToLakarOptions, now: string): ImportAssumptions | undefined {
  const items: ImportAssumption[] = [];
  if (guessed.lifecycle.length) items.push({ kind: 'lifecycleAssumed', count: guessed.lifecycle.length, elementIds: guessed.lifecycle, detail: 'G2C' });
  if (guessed.channelType.length) items.push({ kind: 'channelTypeGuessed', count: guessed.channelType.length, elementIds: guessed.channelType });
  if (guessed.platformType.length) items.push({ kind: 'platformTypeGuessed', count: guessed.platformType.length, elementIds: guessed.platformType });
  if (guessed.siteType.length) items.push({ kind: 'siteTypeGuessed', count: guessed.siteType.length, elementIds: guessed.siteType });
  if (unplaced) items.push({ kind: 'unplacedKept', count: unplaced });
  if (viewsArranged) items.push({ kind: 'viewsArranged', count: viewsArranged });
  if (items.length === 0) return undefined;
  return { source: (options.source?.name ?? '').slice(0, 500), format: options.source?.format ?? 'oef', importedAt: now, items };
}

function buildElement(am: AmElement, kind: ElementKind, id: string, name: string | undefined, doc: string | undefined, lakar: ReadonlyMap<string, string>, user: Record<string, string>, warnings: ImportWarning[], assumed: string[], guessed: Guessed): Element {
  let finalName = clamp((name ?? '').trim(), MAX_NAME, am.id, warnings);
  if (finalName === '') {
    finalName = am.type;
    warnings.push({ key: 'warning.nameMissing', params: { id: am.id, type: am.type } });
  }
  if (am.type !== elementMapping(kind).exportType) user[K_TYPE] = am.type;
  const el: Record<string, unknown> = { id, name: finalName, kind };
  if (doc !== undefined) el.description = clamp(doc, MAX_TEXT, am.id, warnings);
  // Required LMV fields that a foreign file cannot carry get a default (or a guess from the name).
  Object.assign(el, requiredDefaults(kind, finalName, am.type));
  if (kind === 'targetGroup' && !lakar.has('lakar:lifecycle')) {
    assumed.push(finalName);
    guessed.lifecycle.push(id);
  }
  for (const field of ['channelType', 'platformType', 'siteType'] as const) if (field in el && !lakar.has(`lakar:${field}`)) guessed[field].push(id);
  applyFields(el, elementFields(kind), lakar, user, am.id, warnings);
  if (Object.keys(user).length > 0) el.properties = user;
  // Validated with the whole document at the end (one pass instead of one per element), which then
  // takes the element as it is: its members in the schema's order, as the check would copy them
  return inSchemaOrder(ELEMENT_BY_KIND, el as Element);
}

/**
 * Values for the fields an LMV element of `kind` must have, guessed from an ArchiMate element's name
 * and type where possible (e.g. "Portal MyGovernment" → portalMyGovernment), else the neutral default.
 * Used on import and when the user places an unplaced concept.
 */
export function requiredDefaults(kind: ElementKind, name: string, type: string): Record<string, unknown> {
  switch (kind) {
    case 'targetGroup':
      return { lifecycle: 'G2C' };
    case 'channel':
      return { channelType: guessChannelType(name) };
    case 'platform':
      return { platformType: guessPlatformType(name) };
    case 'site':
      return { siteType: 'other' };
    case 'network':
      return { networkType: /internet/i.test(name) ? 'internet' : 'other' };
    case 'securityControl':
      return { controlType: securityControlTypeOf(type, name) ?? securityControlTypeOf('SystemSoftware', name) ?? 'other' };
    default:
      return {};
  }
}

/** Fold a structural link into `parentId`; true when it did. */
function setParent(am: AmRelationship, src: Extract<Target, { at: 'element' }>, tgt: Extract<Target, { at: 'element' }>, lakar: ReadonlyMap<string, string>, elements: Map<string, Element>): boolean {
  const child = elements.get(tgt.id)!;
  if ((child.kind !== 'module' && child.kind !== 'appService') || child.parentId !== undefined) return false;
  const marked = lakar.get(P_KIND) === PARENT_LINK_KIND;
  if (!marked && !['application', 'module', 'externalSystem'].includes(src.kind)) return false;
  const structural = isPlain(am) && PARENT_LINKS.some((l) => l.type === am.type && l.childKind === child.kind);
  if (!marked && !structural) return false;
  child.parentId = src.id;
  return true;
}

function buildRelation(am: AmRelationship, id: string, src: Extract<Target, { at: 'element' }>, tgt: Extract<Target, { at: 'element' }>, lakar: ReadonlyMap<string, string>, user: Record<string, string>, warnings: ImportWarning[]): Relation {
  const resolved = resolveRelation(am.type, src.kind, tgt.kind, lakar.get(P_KIND)) ?? { kind: 'association' as const, type: am.type, reversed: false };
  const [from, to] = resolved.reversed ? [tgt, src] : [src, tgt];
  const expected = exportRelationMapping(resolved.kind, from.type, to.type);
  if (expected.type !== am.type || expected.reversed !== resolved.reversed) user[K_TYPE] = am.type;
  const { name, doc } = pickTexts(am, user);
  keepRelationDoc(doc, user);
  keepStructure(am, user);
  if (am.isDirected) user[K_DIRECTED] = 'true';
  if (am.modifier !== undefined) user[K_MODIFIER] = am.modifier;
  const rel: Record<string, unknown> = { id, kind: resolved.kind, source: from.id, target: to.id };
  if (name !== undefined) rel.label = clamp(name, MAX_LABEL, am.id, warnings);
  applyFields(rel, relationFields(resolved.kind), lakar, user, am.id, warnings);
  if (am.type === 'Access') {
    if (resolved.kind === 'accesses' && rel.access === undefined) {
      const fromType = ({ Read: 'read', Write: 'write', ReadWrite: 'write' } as Record<string, string>)[am.accessType ?? ''];
      if (fromType) rel.access = fromType;
    }
    const expectedAccess = accessTypeFor(resolved.kind === 'accesses' ? (rel.access as string | undefined) : undefined);
    if ((am.accessType ?? 'Access') !== expectedAccess) user[K_ACCESS_TYPE] = am.accessType ?? 'Access';
  }
  if (Object.keys(user).length > 0) rel.properties = user;
  return inSchemaOrder(RELATION_BY_KIND, rel as Relation);
}

/** Archi's specialization and the concept's folder, kept as properties (no LMV field holds them). */
function keepStructure(am: AmConcept, user: Record<string, string>): void {
  if (am.specialization) user[K_SPECIALIZATION] = am.specialization;
  if (am.folder) user[K_FOLDER] = JSON.stringify(am.folder);
}

function unplacedRelationship(am: AmRelationship, id: string, user: Record<string, string>, warnings: ImportWarning[]): UnplacedConcept {
  const { name, doc } = pickTexts(am, user);
  if (am.accessType !== undefined) user[K_ACCESS_TYPE] = am.accessType;
  if (am.isDirected) user[K_DIRECTED] = 'true';
  if (am.modifier !== undefined) user[K_MODIFIER] = am.modifier;
  keepStructure(am, user);
  return compact({
    id,
    type: am.type,
    name: name === undefined || name === '' ? undefined : clamp(name, MAX_NAME, am.id, warnings),
    description: doc === undefined || doc === '' ? undefined : clamp(doc, MAX_TEXT, am.id, warnings),
    properties: nonEmpty(user),
    source: am.source,
    target: am.target,
  });
}

/**
 * `lakar:meta.*` properties an older Lakar wrote for fields that changed shape since (e.g. the single
 * `estimatedCost` of version 1), decoded as JSON where they are, for the shared upgrade step.
 */
function legacyMetaFields(lakar: ReadonlyMap<string, string>): Record<string, unknown> {
  const known = new Set(metaFields().map((f) => f.field));
  const out: Record<string, unknown> = {};
  for (const [key, value] of lakar) {
    const field = key.startsWith(P_META) ? key.slice(P_META.length) : undefined;
    if (field === undefined || known.has(field)) continue;
    try {
      out[field] = JSON.parse(value);
    } catch {
      out[field] = value;
    }
  }
  return out;
}

function buildMeta(model: AmModel, now: string, warnings: ImportWarning[]): ProjectMeta {
  const { lakar, user } = splitProps(model.properties, model.id, warnings);
  const fromLakar = lakar.has(P_SCHEMA_VERSION);
  const meta: Record<string, unknown> = { title: clamp((pickText(model.names)?.text ?? '').trim(), MAX_NAME, model.id, warnings) };
  const objectives = pickText(model.docs)?.text;
  if (objectives !== undefined && (fromLakar || objectives !== '')) meta.objectives = clamp(objectives, MAX_TEXT, model.id, warnings);
  applyFields(meta, metaFields(), lakar, user, model.id, warnings, P_META);
  const version = Number(lakar.get(P_SCHEMA_VERSION));
  if (fromLakar && Number.isInteger(version) && version < SCHEMA_VERSION) Object.assign(meta, upgradeMeta({ ...legacyMetaFields(lakar), ...meta }, version));
  if (!fromLakar) {
    meta.createdAt ??= now;
    meta.updatedAt ??= now;
  }
  // the file's own model properties (owner, status…) stay with the project and are written back
  const kept = nonEmpty(user);
  if (kept) meta.properties = kept;
  return meta as ProjectMeta;
}
