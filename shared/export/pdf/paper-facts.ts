/**
 * Decisions about what the proposal paper says, kept apart from drawing so they are tested
 * directly: whether it is a draft (and why), to whom it is addressed, and which views it prints.
 */
import { label, type Lang } from '../../i18n';
import type { CatalogueIndex } from '../../catalogue/catalogue';
import { sortedViews } from '../../model/document';
import type { LakarDocument, View } from '../../model/schema';
import type { CheckReport } from '../../rules/types';
import { fill, PROPOSAL_STRINGS } from './strings';
import { CONTENT_STRINGS } from './strings-proposal';

export interface DraftState {
  /** True while the paper is not ready to submit. */
  draft: boolean;
  /** The mark printed on every page, e.g. "DRAF — 3 ralat". */
  mark?: string;
  /** A sentence for the cover saying why. */
  notice?: string;
  errors: number;
  /** Key facts left blank (cost, objectives, owning agency, the proposed LMV), in words. */
  blanks: string[];
}

/**
 * A paper is a draft while its WoG check has errors, was not run, or the key facts a reviewer
 * needs first (cost, objectives, owning agency) are blank, or it has no proposed LMV to draw: the
 * LMV sketch goes with the paper as a supporting document (001 §3.3; Jadual 4-1 langkah 7a c).
 */
export function draftState(doc: LakarDocument, report: CheckReport | undefined, lang: Lang): DraftState {
  const d = CONTENT_STRINGS[lang].draft;
  const m = doc.meta;
  const blanks: string[] = [];
  if (!m.costs || m.costs.length === 0) blanks.push(d.fieldCost);
  if (!m.objectives?.trim() && !(m.measurableObjectives ?? []).length) blanks.push(d.fieldObjectives);
  if (!m.pemilikProjek?.trim()) blanks.push(d.fieldAgency);
  const lmv = lmvContent(doc);
  if (lmv === 'none' || lmv === 'asIsOnly') blanks.push(d.fieldLmv);
  const errors = report?.counts.error ?? 0;
  if (!report) {
    const reasons = [d.notCheckedReason, ...(blanks.length ? [fill(d.blanksReason, { fields: blanks.join(', ') })] : [])];
    return { draft: true, mark: d.notChecked, notice: fill(d.notice, { reasons: reasons.join('; ') }), errors, blanks };
  }
  if (errors === 0 && blanks.length === 0) return { draft: false, errors, blanks };
  const mark = errors && blanks.length ? fill(d.both, { n: errors, m: blanks.length }) : errors ? fill(d.errors, { n: errors }) : fill(d.blanks, { n: blanks.length });
  const reasons = [...(errors ? [fill(d.errorsReason, { n: errors })] : []), ...(blanks.length ? [fill(d.blanksReason, { fields: blanks.join(', ') })] : [])];
  return { draft: true, mark, notice: fill(d.notice, { reasons: reasons.join('; ') }), errors, blanks };
}

export interface Addressee {
  /** "Sekretariat Pasukan Digital Sektor Sosial 2 (Bakat)". */
  secretariat: string;
  /** The secretariat as Rajah 5-3 names it, with its e-mail ("CDO KESUMA (sektorbakat@mohr.gov.my)"), when the sector is known. */
  contact?: string;
  /** "melalui Jawatankuasa Pemandu ICT (JPICT) Kementerian …". */
  through: string;
  /** Why it is sent: for agreement (WoG) or for information (Agensi Spesifik), §4.2.1. */
  purpose?: string;
}

/**
 * The Kertas Cadangan goes to the sector's secretariat (from the catalogue, Rajah 5-3) through the
 * ministry's JPICT (Jadual 4-1 steps 2–3, §4.2.1); blanks stay dotted lines to fill in by hand.
 */
export function addressee(doc: LakarDocument, catalogue: CatalogueIndex, lang: Lang, blank: string): Addressee {
  const s = PROPOSAL_STRINGS[lang].cover;
  const sector = doc.meta.sector;
  const entry = sector ? catalogue.sectors.get(sector) : undefined;
  const secretariat = fill(s.secretariat, { sector: sector ? label(lang, 'sector', sector) : blank });
  const contact = entry ? fill(s.secretariatOf, { secretariat: entry.secretariat.secretariat, email: entry.secretariat.email }) : undefined;
  const through = fill(s.through, { ministry: doc.meta.agensiInduk?.trim() || blank });
  const purpose = doc.meta.category === 'wog' ? s.purposeWog : doc.meta.category === 'agensiSpesifik' ? s.purposeSpesifik : undefined;
  return { secretariat, contact, through, purpose };
}

/** True for a view that shows at least one element of the model. */
function hasContent(doc: LakarDocument, view: View): boolean {
  for (const id of Object.keys(view.nodes)) if (doc.elements.get(id)) return true;
  return false;
}

/**
 * Views the paper prints, in order: the current landscape (As-Is) and the proposal (everything
 * else). Views without any element are left out.
 */
export function paperViews(doc: LakarDocument): { asIs: View[]; proposed: View[] } {
  const views = sortedViews(doc).filter((v) => hasContent(doc, v));
  return { asIs: views.filter((v) => v.state === 'asIs'), proposed: views.filter((v) => v.state !== 'asIs') };
}

/** True when a view is printed as a Landscape Map View (drawn in Lakar, or an import the user accepted as one). */
export function isLmvView(view: View): boolean {
  return view.imported === undefined;
}

/**
 * The views the paper draws as its proposal: the proposed views that show something, else (none
 * drawn yet, or one that lists no nodes) the document's first proposed view or a stand-in named
 * `name`, in which the model's elements no As-Is view shows are drawn, laid out in their bands.
 * None when every element is in an As-Is view, or the model has none.
 */
export function proposedViews(doc: LakarDocument, views: { asIs: View[]; proposed: View[] }, name: string): View[] {
  if (views.proposed.length > 0) return views.proposed;
  const shownAsIs = new Set(views.asIs.flatMap((v) => Object.keys(v.nodes)));
  if (!doc.elements.ids().some((id) => !shownAsIs.has(id))) return [];
  const empty = Object.values(doc.views).find((v) => v.state !== 'asIs');
  return [empty ?? { id: 'lmv', name, order: 0, nodes: {} }];
}

/**
 * What the paper's proposal part holds, so that its cover promises no more: a Landscape Map View
 * ('lmv'), only another tool's views not yet accepted as LMVs ('imported'), only the current
 * (As-Is) sketch ('asIsOnly'), or nothing at all ('none').
 */
export type LmvContent = 'lmv' | 'imported' | 'asIsOnly' | 'none';

export function lmvContent(doc: LakarDocument): LmvContent {
  const views = paperViews(doc);
  const proposed = proposedViews(doc, views, '');
  if (proposed.length === 0) return views.asIs.length > 0 ? 'asIsOnly' : 'none';
  return proposed.some(isLmvView) ? 'lmv' : 'imported';
}
