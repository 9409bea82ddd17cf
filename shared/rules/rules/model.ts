/** Rules on the LMV as a whole and the project facts (001 §3.3, Jadual 3-1; §4.2). */
import { ELEMENT_KINDS, RELATION_RULES, relationAllowed } from '../../model/kinds';
import { BANDS } from '../../model/vocabulary';
import type { DataFlow, Element, ElementKind, Relation } from '../../model/schema';
import { globalRule, localRule, type Params, type Slice } from '../define';
import type { Bilingual } from '../types';
import type { ModelGraph } from '../graph';
import { kindLabels, labels, kindAndNameOf } from '../helpers';
import { NO_IDS } from '../../model/ids';
import { isolated } from './anchor-answers';
import { carriedFacts } from '../carried-facts';
import { onSomeView, onSomeViewAt } from '../view-members';

const ALL_KINDS: readonly ElementKind[] = ELEMENT_KINDS.map((k) => k.kind);
const ALL_ELEMENT_SLICES = ALL_KINDS.map((k) => `el:${k}` as Slice);

export const bandEmpty = globalRule({
  id: 'lmv.bandEmpty',
  severity: 'error',
  title: { ms: 'Setiap label LMV mempunyai kandungan', en: 'Every LMV label has content' },
  message: { ms: 'Label LMV "{band}" tiada sebarang elemen{why}.', en: 'LMV label "{band}" has no elements{why}.' },
  source: '001 §3.3.2, Jadual 3-1 (label 6: "sekiranya terdapat integrasi")',
  fixHint: {
    ms: 'Tambah sekurang-kurangnya satu elemen pada label ini. Jadual 3-1 menghendaki label pengguna hingga infrastruktur dinyatakan; label 6 (data dan agensi pembekal) dikenal pasti "sekiranya terdapat integrasi".',
    en: 'Add at least one element to this label. Jadual 3-1 requires the labels from users to infrastructure; label 6 (data and supplying agencies) is identified "if there is integration".',
  },
  reads: [...ALL_ELEMENT_SLICES, 'rel:dataFlow'],
  // counts elements by band: no name
  readsNoNames: true,
  run(ctx, emit) {
    for (const band of BANDS) {
      const kinds = ELEMENT_KINDS.filter((k) => k.band === band).map((k) => k.kind);
      if (!kinds.every((k) => ctx.graph.countOf(k) === 0)) continue;
      if (band !== 'data') emit({ band: labels('band', band), why: NO_REASON });
      // label 6 names the data "sekiranya terdapat integrasi": without a data flow it may stay empty
      else if (hasDataFlow(ctx.graph)) emit({ band: labels('band', band), why: INTEGRATION_REASON }, { relations: [...ctx.graph.relationIdsOf('dataFlow')] });
    }
  },
});

const NO_REASON = { ms: '', en: '' };
const INTEGRATION_REASON = { ms: ' walaupun model mempunyai aliran data (integrasi)', en: ' although the model has data flows (integration)' };

function hasDataFlow(graph: ModelGraph): boolean {
  for (const _ of graph.relationIdsOf('dataFlow')) return true;
  return false;
}

export const sectorMissing = globalRule({
  id: 'meta.sectorMissing',
  severity: 'warning',
  title: { ms: 'Sektor projek dinyatakan', en: 'The project sector is stated' },
  message: { ms: 'Sektor projek belum dipilih.', en: 'The project sector has not been chosen.' },
  source: '001 §4.2.1 a; Jadual 4-1 langkah 4a a (i)',
  fixHint: {
    ms: 'Pilih sektor dalam Maklumat Projek mengikut fungsi perkhidmatan (Rajah 5-5); kertas cadangan dihantar kepada sekretariat sektor itu.',
    en: 'Choose the sector in Project Details by service function (Rajah 5-5); the proposal goes to that sector’s secretariat.',
  },
  reads: ['meta'],
  run(ctx, emit) {
    if (!ctx.doc.meta.sector) emit({});
  },
});

export const categoryMissing = globalRule({
  id: 'meta.categoryMissing',
  severity: 'warning',
  title: { ms: 'Kategori permohonan dinyatakan', en: 'The application category is stated' },
  message: { ms: 'Kategori projek (WoG atau Agensi Spesifik) belum dipilih.', en: 'The project category (WoG or agency-specific) has not been chosen.' },
  source: '001 §4.2.1',
  fixHint: {
    ms: 'Pilih "Perkhidmatan Digital Bersepadu Keseluruhan Kerajaan (WoG)" atau "Projek Digital Agensi Spesifik" dalam Maklumat Projek.',
    en: 'Choose "Whole-of-Government integrated digital service (WoG)" or "Agency-specific digital project" in Project Details.',
  },
  reads: ['meta'],
  run(ctx, emit) {
    if (!ctx.doc.meta.category) emit({});
  },
});

const OUTCOMES = [
  { key: 'pengoptimumanKos', name: { ms: 'pengoptimuman kos', en: 'cost optimisation' } },
  { key: 'pengoptimumanSumber', name: { ms: 'pengoptimuman sumber', en: 'resource optimisation' } },
  { key: 'pulanganNilaiTerbaik', name: { ms: 'pulangan nilai terbaik', en: 'value for money' } },
] as const;

export const outcomesMissing = globalRule({
  id: 'meta.outcomesMissing',
  severity: 'advice',
  title: { ms: 'Tiga keberhasilan utama dinyatakan', en: 'The three main outcomes are stated' },
  message: { ms: 'Keberhasilan dijangka belum dinyatakan: {missing}.', en: 'Expected outcomes not stated: {missing}.' },
  source: '001 §4.2.2, §1.4.3',
  fixHint: {
    ms: 'Nyatakan dalam Maklumat Projek bagaimana projek mencapai pengoptimuman kos, pengoptimuman sumber dan pulangan nilai terbaik.',
    en: 'State in Project Details how the project achieves cost optimisation, resource optimisation and value for money.',
  },
  reads: ['meta'],
  run(ctx, emit) {
    const o = ctx.doc.meta.expectedOutcomes ?? {};
    const missing = OUTCOMES.filter((x) => !o[x.key]?.trim());
    if (missing.length) emit({ missing: { ms: missing.map((m) => m.name.ms).join(', '), en: missing.map((m) => m.name.en).join(', ') } });
  },
});

export const unconnected = localRule({
  id: 'element.unconnected',
  severity: 'warning',
  title: { ms: 'Elemen dihubungkan dalam LMV', en: 'Elements are connected in the LMV' },
  message: { ms: '{kind} {name} tidak dihubungkan dengan mana-mana elemen lain.', en: '{kind} {name} is not connected to any other element.' },
  source: '001 §3.3.1, Rajah 3-1',
  fixHint: {
    ms: 'Sambungkan elemen ini kepada elemen pada label bersebelahan (cth. aplikasi dengan proses, rangkaian dengan lokasi) atau padamkannya jika tidak digunakan.',
    en: 'Connect this element to an element on a neighbouring label (e.g. an application with a process, a network with a site) or delete it if unused.',
  },
  elements: ALL_KINDS,
  reach: 1,
  names: 0, // names only its anchor
  passSkips: { withRelations: true },
  checkItem(id, ctx, emit, e) {
    if (!isolated(ctx.graph, id)) return;
    // a MyGDX platform is used by flows with the MyGDX method anywhere in the model: dpi.myGdxPlatformUnused
    if (e.kind === 'platform' && e.platformType === 'myGdx') return;
    emit.about(e, kindAndNameOf);
  },
});

export const notOnView = localRule({
  id: 'element.notOnView',
  // an element on no view is missing from the LMV sketch the paper attaches (Jadual 4-1 langkah 7a c)
  severity: 'warning',
  title: { ms: 'Elemen dipaparkan pada sekurang-kurangnya satu paparan', en: 'Elements appear on at least one view' },
  message: { ms: '{kind} {name} tiada pada mana-mana paparan LMV.', en: '{kind} {name} is not on any LMV view.' },
  source: '001 §3.3.1, Rajah 3-1; Jadual 4-1 langkah 7a c',
  fixHint: {
    ms: 'Letakkan elemen pada paparan (seret dari pepohon model) supaya ia kelihatan dalam lakaran LMV dan PDF, atau padamkannya.',
    en: 'Place the element on a view (drag it from the model tree) so it shows in the LMV sketch and PDF, or delete it.',
  },
  elements: ALL_KINDS,
  reach: 0,
  passSkips: { onView: true },
  checkItem(id, ctx, emit, e) {
    // in a full check by the anchor's slot, read for every element at once (view-members.ts)
    const g = ctx.graph;
    const slot = g.slotHere(id);
    if (slot >= 0 ? onSomeViewAt(g.doc.views, g.doc.elements.ids(), slot) : onSomeView(ctx.doc.views, id)) return;
    emit.about(e, kindAndNameOf);
  },
});

/** Number of the ids a data flow carries that name no data entity. */
function missingData(flow: DataFlow, graph: ModelGraph): number {
  const ids = flow.dataEntityIds ?? NO_IDS;
  if (!ids.length) return 0;
  const facts = carriedFacts(graph);
  let bad = 0;
  // within the full check's pass over the flows, by the numbers it knows for the flow's ids (`refOf`)
  const ref = facts.refOf(flow);
  if (ref >= 0) for (let i = 0; i < ids.length; i++) bad += facts.isDataAt(ref + i) ? 0 : 1;
  else for (let i = 0; i < ids.length; i++) if (!facts.isData(ids[i])) bad++; // by index: no iterator per flow
  return bad;
}

// Message parameters of relation.invalid, worked out when first read (`emit.aboutWith`): the varied
// 100,000-element model has 8,400 such findings, and making their texts, parameter objects and
// kind pairs as they were found cost ~12 ms of the rule's ~40 ms (measured with and without).
const MISSING_END = { ms: 'merujuk elemen yang tiada', en: 'refers to a missing element' };
const missingEndParams = (r: Relation): Params => ({ relation: labels('relation', r.kind), problem: MISSING_END });
const kindsNotAllowedParams = (r: Relation, s: Element, t: Element): Params => {
  const [from, to] = [kindLabels(s), kindLabels(t)];
  return { relation: labels('relation', r.kind), problem: { ms: `tidak sah daripada ${from.ms} kepada ${to.ms}`, en: `is not valid from ${from.en} to ${to.en}` } };
};
const missingDataParams = (r: Relation, bad: number): Params => ({ relation: labels('relation', r.kind), problem: { ms: `membawa ${bad} rujukan data yang tiada`, en: `carries ${bad} missing data reference(s)` } });

export const relationInvalid = localRule({
  id: 'relation.invalid',
  severity: 'error',
  title: { ms: 'Hubungan menyambung elemen yang sesuai', en: 'Relations join suitable elements' },
  message: { ms: 'Hubungan {relation} {problem}.', en: 'Relation {relation} {problem}.' },
  source: '001 §3.3.2, Jadual 3-1',
  fixHint: {
    ms: 'Padam hubungan ini dan lukis semula antara elemen yang betul (cth. daripada kumpulan sasar kepada medium, daripada medium kepada perkhidmatan).',
    en: 'Delete this relation and draw it again between the right elements (e.g. from target group to channel, from channel to service).',
  },
  relations: Object.keys(RELATION_RULES) as (keyof typeof RELATION_RULES)[],
  reach: 2,
  names: 0, // its messages name kinds, not elements
  passSkips: { endsAllowed: true }, // the common case: see `checkItem`
  checkItem(id, ctx, emit, r) {
    // the common case, its ends' kinds (and a flow's data) checked while indexing (end-kinds.ts,
    // graph.ts); anything else is looked at below
    const here = ctx.graph.endsAllowedHere();
    if (here === 1 || (here === -1 && ctx.graph.endsAllowed(r))) return;
    const s = ctx.graph.sourceOf(r);
    const t = ctx.graph.targetOf(r);
    if (!s || !t) {
      emit.aboutWith(r, missingEndParams, undefined, undefined, undefined, s?.id ? [s.id] : t?.id ? [t.id] : []);
      return;
    }
    if (!relationAllowed(r.kind, s.kind, t.kind)) emit.aboutWith(r, kindsNotAllowedParams, s, t, undefined, [s.id, t.id]);
    if (r.kind === 'dataFlow') {
      const bad = missingData(r, ctx.graph);
      if (bad) emit.aboutWith(r, missingDataParams, bad, undefined, undefined);
    }
  },
});

const IMPLIED: Record<string, Bilingual> = {
  externalSystem: { ms: 'tidak membekal atau menerima data melalui mana-mana aliran data (label 6)', en: 'supplies or receives no data through any data flow (label 6)' },
  securityControl: { ms: 'tidak melindungi mana-mana lokasi atau aplikasi (label 7)', en: 'protects no site or application (label 7)' },
  platform: { ms: 'tidak digunakan oleh mana-mana aplikasi, medium atau proses (label 5)', en: 'is used by no application, channel or process (label 5)' },
};
const impliedParams = (e: Element): Params => ({ ...kindAndNameOf(e), problem: IMPLIED[e.kind] });

export const impliedRelationMissing = localRule({
  id: 'element.impliedRelationMissing',
  severity: 'warning',
  title: { ms: 'Elemen mempunyai hubungan yang dimaksudkan oleh labelnya', en: 'Elements have the relation their label implies' },
  message: { ms: '{kind} {name} {problem}.', en: '{kind} {name} {problem}.' },
  source: '001 Jadual 3-1 label 5–7; §3.3.4 e–g; Jadual 4-1 A.1.a v, vi, viii',
  fixHint: {
    ms: 'Lukis hubungan yang dimaksudkan: aliran data bagi sistem luaran/dalaman, "melindungi" bagi kawalan keselamatan, "menggunakan platform" atau "menyokong" bagi platform; atau padamkan elemen jika tidak digunakan.',
    en: 'Draw the relation meant: a data flow for an external/internal system, "protects" for a security control, "uses platform" or "supports" for a platform; or delete the element if unused.',
  },
  elements: ['externalSystem', 'securityControl', 'platform'],
  reach: 1,
  names: 0, // names only its anchor
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id)) return; // element.unconnected reports an element with no relation at all
    if (e.kind === 'externalSystem') {
      if (ctx.graph.hasRelationAt(id, 'dataFlow')) return;
    } else if (e.kind === 'securityControl') {
      if (ctx.graph.hasOutgoing(id, 'protects')) return;
    } else {
      // MyGDX is used by the model's MyGDX flows: dpi.myGdxPlatformUnused
      if (e.platformType === 'myGdx' || ctx.graph.hasIncoming(id, 'usesPlatform') || ctx.graph.hasOutgoing(id, 'supports')) return;
    }
    emit.about(e, impliedParams);
  },
});

export const MODEL_RULES = [bandEmpty, sectorMissing, categoryMissing, outcomesMissing, unconnected, notOnView, impliedRelationMissing, relationInvalid];
