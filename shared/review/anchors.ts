/**
 * Anchors of comments: what a comment points at, by id, so a comment follows its element through
 * the agency's renames, moves and edits. An anchor whose thing was deleted is orphaned and is named
 * by the name it had when the comment was made (or when the reviewer last took a version).
 */
import { elementKindLabel, endsName, label, type Lang } from '../i18n';
import type { Element, LakarDocument, Relation } from '../model/schema';
import { CHECKLIST_TOPICS } from '../checklist/items';
import { REVIEW_LABELS } from './labels';
import type { Anchor } from './schema';
import type { ChecklistNumeral, CommentHeading, ProposalField } from './vocabulary';

/** The anchor of a comment on element `element`. */
export function elementAnchor(element: Element): Anchor {
  return { kind: 'element', id: element.id, name: element.name, elementKind: element.kind };
}

/** A relation's name for people: "Aliran data: Sistem B – Sistem Pengambilan Pekerja (MyGDX)", "SPP ditempatkan di PDSA JDN". */
export function relationName(doc: LakarDocument, relation: Relation, lang: Lang = 'ms'): string {
  const source = doc.elements.get(relation.source)?.name ?? relation.source;
  const target = doc.elements.get(relation.target)?.name ?? relation.target;
  if (relation.kind === 'dataFlow') {
    const method = relation.method ? ` (${label(lang, 'flowMethod', relation.method)})` : '';
    const flow = label(lang, 'relation', 'dataFlow');
    return `${flow.charAt(0).toUpperCase()}${flow.slice(1)}: ${endsName(source, target)}${method}`;
  }
  return `${source} ${label(lang, 'relation', relation.kind)} ${target}`;
}

/** The anchor of a comment on relation `relation` of `doc`. */
export function relationAnchor(doc: LakarDocument, relation: Relation): Anchor {
  return { kind: 'relation', id: relation.id, name: relationName(doc, relation), relationKind: relation.kind };
}

/** The anchor of a comment on an area of a view, at model point (x, y). */
export function viewAnchor(doc: LakarDocument, viewId: string, x: number, y: number): Anchor {
  return { kind: 'view', viewId, name: doc.views[viewId]?.name ?? viewId, x: Math.round(x), y: Math.round(y) };
}

/** The wording of WoG checklist item `item` (Jadual 4-1 A.1.a), as the Kertas Cadangan prints it. */
export function checklistTopic(item: ChecklistNumeral, lang: Lang): string {
  return CHECKLIST_TOPICS[lang][item] ?? item;
}

/** Where an anchor stands in a model: its thing is there, or was deleted (orphaned). */
export interface ResolvedAnchor {
  orphaned: boolean;
  /** The thing's name now, or the recorded name of an orphan. */
  name: string;
  /** What kind of thing it is, e.g. "Lokasi", "Aliran data", "Senarai semak WoG". */
  kindLabel: string;
}

/** Resolve `anchor` against `doc`: current name and kind, or orphaned with the name it had. */
export function resolveAnchor(anchor: Anchor, doc: LakarDocument, lang: Lang): ResolvedAnchor {
  const words = REVIEW_LABELS[lang];
  switch (anchor.kind) {
    case 'element': {
      const el = doc.elements.get(anchor.id);
      return { orphaned: !el, name: el?.name ?? anchor.name, kindLabel: el ? elementKindLabel(lang, el) : label(lang, 'kind', anchor.elementKind) };
    }
    case 'relation': {
      const rel = doc.relations.get(anchor.id);
      const kindLabel = label(lang, 'relation', rel?.kind ?? anchor.relationKind);
      return { orphaned: !rel, name: rel ? relationName(doc, rel, lang) : anchor.name, kindLabel: kindLabel.charAt(0).toUpperCase() + kindLabel.slice(1) };
    }
    case 'checklist':
      return { orphaned: false, name: `${words.checklist(anchor.item)}: ${checklistTopic(anchor.item, lang)}`, kindLabel: words.checklist(anchor.item) };
    case 'field':
      return { orphaned: false, name: words.field[anchor.field], kindLabel: lang === 'ms' ? 'Maklumat projek' : 'Project information' };
    case 'view': {
      const view = doc.views[anchor.viewId];
      return { orphaned: !view, name: view?.name ?? anchor.name, kindLabel: lang === 'ms' ? 'Kawasan paparan' : 'View area' };
    }
  }
}

/** Ids of the element or relation an anchor points at (for selection, pins and change tracking). */
export function anchorTarget(anchor: Anchor): { elementId?: string; relationId?: string } {
  if (anchor.kind === 'element') return { elementId: anchor.id };
  if (anchor.kind === 'relation') return { relationId: anchor.id };
  return {};
}

const KIND_HEADING: Record<string, CommentHeading> = {
  targetGroup: 'perancanganStrategikIct',
  channel: 'perancanganStrategikIct',
  service: 'perancanganStrategikIct',
  process: 'perancanganStrategikIct',
  application: 'pembangunanSistem',
  module: 'pembangunanSistem',
  appService: 'pembangunanSistem',
  platform: 'pembangunanSistem',
  externalSystem: 'pembangunanSistem',
  dataEntity: 'pengurusanPangkalanData',
  site: 'pengurusanPusatData',
  network: 'pengurusanRangkaian',
  securityControl: 'pengurusanKeselamatanSiber',
  dataFlow: 'pengurusanPangkalanData',
  accesses: 'pengurusanPangkalanData',
  hostedOn: 'pengurusanPusatData',
  connects: 'pengurusanRangkaian',
  protects: 'pengurusanKeselamatanSiber',
};

const CHECKLIST_HEADING: Record<ChecklistNumeral, CommentHeading> = {
  i: 'perancanganStrategikIct',
  ii: 'perancanganStrategikIct',
  iii: 'perancanganStrategikIct',
  iv: 'perancanganStrategikIct',
  v: 'pengurusanPangkalanData',
  vi: 'pengurusanKeselamatanSiber',
  vii: 'pengurusanPangkalanData',
  viii: 'pembangunanSistem',
  ix: 'pengurusanPusatData',
};

const STRATEGIC_FIELDS: readonly ProposalField[] = ['sector', 'serviceDomain', 'category', 'objectives', 'expectedOutcomes'];

/** The step-8 heading a new comment on `anchor` is filed under unless the reviewer picks another. */
export function suggestedHeading(anchor: Anchor): CommentHeading {
  switch (anchor.kind) {
    case 'element':
      return KIND_HEADING[anchor.elementKind] ?? 'pengurusanProjek';
    case 'relation':
      return KIND_HEADING[anchor.relationKind] ?? 'pembangunanSistem';
    case 'checklist':
      return CHECKLIST_HEADING[anchor.item];
    case 'field':
      return STRATEGIC_FIELDS.includes(anchor.field) ? 'perancanganStrategikIct' : 'pengurusanProjek';
    case 'view':
      return 'pengurusanProjek';
  }
}
