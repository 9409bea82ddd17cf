/**
 * The agency's own answer to an A.1.a item read against the model, for the claims the model can
 * settle: the sector named (item i), the target groups' lifecycles (ii), the security controls
 * (vi), the use of registries and repositories (vii), each DPI platform used or not (viii), cloud
 * and shared infrastructure (ix). A claim the model bears out is listed as confirmed; one it
 * contradicts makes the item need the agency's answer again, so a paper never shows "Dijawab" over
 * an answer its own LMV disproves. Each line cites the part of Panduan WoG the claim is judged by.
 *
 * Claims are read conservatively: a term counts only where the answer names it, and a clause with
 * a negation ("tidak", "tiada", "not") says the thing is not used (item viii) or is not a claim of
 * use (the other items). What the answer does not mention is left to the evidence lines.
 */
import { label, type Lang } from '../i18n';
import type { DataFlow, ElementOf, ElementKind, LakarDocument } from '../model/schema';
import { LIFECYCLES, SECTORS, type ChecklistNo, type Lifecycle } from '../model/vocabulary';
import { CHECKLIST_STRINGS, fill } from './strings';

export interface AnswerAgreement {
  /** Claims of the answer the model bears out. */
  confirms: string[];
  /** Claims of the answer the model contradicts. */
  contradicts: string[];
}

const NEGATION = /\b(tidak|tiada|bukan|belum|not|no|none|without|tanpa)\b/i;

/** The answer's clauses, each marked negated or not. */
function clauses(answer: string): { text: string; negated: boolean }[] {
  return answer
    .split(/[.;\n]|,\s*(?=manakala|tetapi|namun|but|while|whereas)/i)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ text, negated: NEGATION.test(text) }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** True when `term` appears in `text` as a word (or words). */
const names = (text: string, term: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

function ofKind<K extends ElementKind>(doc: LakarDocument, kind: K): ElementOf<K>[] {
  return doc.elements.values().filter((e): e is ElementOf<K> => e.kind === kind);
}

type Check = (doc: LakarDocument, said: ReturnType<typeof clauses>, lang: Lang, out: AnswerAgreement) => void;

const sector: Check = (doc, said, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const text = said.map((c) => c.text).join(' ');
  const forms = (id: (typeof SECTORS)[number]) => [...new Set((['ms', 'en'] as const).flatMap((l) => [label(l, 'sector', id), label(l, 'sector', id).replace(/\s*\(.*\)$/, '')]))];
  const named = SECTORS.filter((id) => forms(id).some((f) => names(text, `Sektor ${f}`) || names(text, `Sector ${f}`)));
  const own = doc.meta.sector;
  if (!own || named.length === 0) return;
  if (named.includes(own)) out.confirms.push(fill(a.sectorSame, { sector: label(lang, 'sector', own), source: a.srcI }));
  else out.contradicts.push(fill(a.sectorOther, { said: named.map((id) => label(lang, 'sector', id)).join(', '), sector: label(lang, 'sector', own), source: a.srcI }));
};

const lifecycles: Check = (doc, said, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const named = LIFECYCLES.filter((lc) => said.some((c) => !c.negated && names(c.text, lc)));
  if (named.length === 0) return;
  const inModel = new Set<Lifecycle>(ofKind(doc, 'targetGroup').flatMap((g) => (g.lifecycle ? [g.lifecycle] : [])));
  const present = named.filter((lc) => inModel.has(lc));
  const absent = named.filter((lc) => !inModel.has(lc));
  if (present.length) out.confirms.push(fill(a.lifecycleSame, { list: present.join(', '), source: a.srcII }));
  if (absent.length) out.contradicts.push(fill(a.lifecycleMissing, { list: absent.join(', '), source: a.srcII }));
};

const controls: Check = (doc, said, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const terms = [
    ['hsm', 'HSM'],
    ['siem', 'SIEM'],
    ['dlp', 'DLP'],
  ] as const;
  const named = terms.filter(([, term]) => said.some((c) => !c.negated && names(c.text, term)));
  if (named.length === 0) return;
  const inModel = new Set(ofKind(doc, 'securityControl').map((c) => c.controlType));
  const present = named.filter(([type]) => inModel.has(type)).map(([, t]) => t);
  const absent = named.filter(([type]) => !inModel.has(type)).map(([, t]) => t);
  if (present.length) out.confirms.push(fill(a.controlSame, { list: present.join(', '), source: a.srcVI }));
  if (absent.length) out.contradicts.push(fill(a.controlMissing, { list: absent.join(', '), source: a.srcVI }));
};

const registries: Check = (doc, said, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  if (!said.some((c) => !c.negated && /\b(registri|repositori|registry|registries|repository|repositories)\b/i.test(c.text))) return;
  const referring = ofKind(doc, 'dataEntity').filter((e) => e.registryRef || e.repositoryRef);
  if (referring.length) out.confirms.push(fill(a.refSame, { names: referring.slice(0, 8).map((e) => e.name).join(', '), source: a.srcVII }));
  else out.contradicts.push(fill(a.refMissing, { source: a.srcVII }));
};

/** Each DPI platform of item viii: used, not used, or not applicable (no payment process), as the evidence reads the model. */
function dpiUse(doc: LakarDocument): Record<'myDigitalId' | 'ePaymentGateway' | 'myGdx', 'used' | 'notUsed' | 'notApplicable'> {
  const types = new Set(ofKind(doc, 'platform').map((p) => p.platformType));
  const myGdxFlow = doc.relations.values().some((r) => r.kind === 'dataFlow' && (r as DataFlow).method === 'myGdx');
  const payment = ofKind(doc, 'process').some((p) => p.genericProcess === 14);
  return {
    myDigitalId: types.has('myDigitalId') ? 'used' : 'notUsed',
    ePaymentGateway: types.has('ePaymentGateway') ? 'used' : payment ? 'notUsed' : 'notApplicable',
    myGdx: types.has('myGdx') || myGdxFlow ? 'used' : 'notUsed',
  };
}

const dpi: Check = (doc, said, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const terms = { myDigitalId: /mydigital\s?id/i, ePaymentGateway: /e-?payment/i, myGdx: /\bmygdx\b/i } as const;
  const use = dpiUse(doc);
  for (const type of ['myDigitalId', 'ePaymentGateway', 'myGdx'] as const) {
    const mentions = said.filter((c) => terms[type].test(c.text));
    if (mentions.length === 0) continue;
    // a clause naming the platform with a negation says it is not used (or not applicable)
    const claimsUse = mentions.some((c) => !c.negated);
    const platform = label(lang, 'platformType', type);
    if (claimsUse && use[type] === 'used') out.confirms.push(fill(a.dpiUsed, { platform, source: a.srcVIII }));
    else if (!claimsUse && use[type] !== 'used') out.confirms.push(fill(use[type] === 'notApplicable' ? a.dpiNa : a.dpiNotUsed, { platform, source: a.srcVIII }));
    else if (claimsUse) out.contradicts.push(fill(a.dpiUsedNotModel, { platform, source: a.srcVIII }));
    else out.contradicts.push(fill(a.dpiNotUsedButModel, { platform, source: a.srcVIII }));
  }
};

const infrastructure: Check = (doc, said, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const claimed = (pattern: RegExp) => said.some((c) => !c.negated && pattern.test(c.text));
  const sites = ofKind(doc, 'site');
  const cloud = [...sites.filter((x) => x.siteType === 'myGovCloudCfa' || x.siteType === 'publicCloud'), ...ofKind(doc, 'platform').filter((p) => p.platformType === 'myGovCloud')].map((e) => e.name);
  if (claimed(/\b(cloud|awan|mygovcloud)/i)) {
    if (cloud.length) out.confirms.push(fill(a.cloudSame, { names: cloud.join(', '), source: a.srcIX }));
    else out.contradicts.push(fill(a.cloudMissing, { source: a.srcIX }));
  }
  for (const [term, type] of [
    ['PDSA', 'pdsaJdn'],
    ['DRC', 'drc'],
  ] as const) {
    if (!claimed(new RegExp(`\\b${term}\\b`))) continue;
    const found = sites.filter((x) => x.siteType === type).map((x) => x.name);
    if (found.length) out.confirms.push(fill(a.siteSame, { term, names: found.join(', '), source: a.srcIX }));
    else out.contradicts.push(fill(a.siteMissing, { term, source: a.srcIX }));
  }
};

const CHECKS: Partial<Record<ChecklistNo, Check>> = { i: sector, ii: lifecycles, vi: controls, vii: registries, viii: dpi, ix: infrastructure };

/** The agency's `answer` to item `no` read against `doc`: what the model confirms and what it contradicts. */
export function answerAgreement(doc: LakarDocument, no: ChecklistNo, answer: string | undefined, lang: Lang): AnswerAgreement {
  const out: AnswerAgreement = { confirms: [], contradicts: [] };
  const check = CHECKS[no];
  if (answer && check) check(doc, clauses(answer), lang, out);
  return out;
}
