/**
 * The agency's own answer to an A.1.a item (001 Jadual 4-1) read against the model, for every item
 * whose claims the model can settle: the sector named (i), the target groups' lifecycles (ii), the
 * RASA check, the count of processes and the Rajah 3-2 processes named (iii), the systems and
 * integration methods of the related functions (iv), where data is captured, stored and whether it
 * is published (v), the security controls (vi), registries and repositories (vii), each DPI
 * platform used or not (viii), cloud and shared infrastructure (ix). A claim the model bears out
 * is listed as confirmed; one it contradicts makes the item need the agency's answer again, so a
 * paper never shows "Dijawab" over an answer its own LMV disproves. Each line cites the part of
 * Panduan WoG the claim is judged by.
 *
 * What the answer says of each thing is read with its negation scoped to that thing
 * (answer-reading.ts): "MyDigital ID dan MyGDX digunakan, ePayment Gateway tidak digunakan" says
 * two platforms are used and one is not. What the answer does not mention is left to the evidence.
 */
import { label, type Lang } from '../i18n';
import { GENERIC_PROCESSES } from '../catalogue/generic-processes';
import type { DataFlow, ElementOf, ElementKind, LakarDocument } from '../model/schema';
import { FLOW_METHODS, LIFECYCLES, SECTORS, type ChecklistNo } from '../model/vocabulary';
import { clausesOf, countBefore, mentionsOf, spellOutEnumerations, wordPattern, type Mention, type Term } from './answer-reading';
import { isInternalSystem } from './agencies';
import { copiesList, dataCopies } from './copies';
import { CHECKLIST_STRINGS, fill } from './strings';

export interface AnswerAgreement {
  /** Claims of the answer the model bears out. */
  confirms: string[];
  /** Claims of the answer the model contradicts. */
  contradicts: string[];
}

function ofKind<K extends ElementKind>(doc: LakarDocument, kind: K): ElementOf<K>[] {
  return doc.elements.values().filter((e): e is ElementOf<K> => e.kind === kind);
}

const flowsOf = (doc: LakarDocument) => doc.relations.values().filter((r): r is DataFlow => r.kind === 'dataFlow');

/** Keys named as so (`said`) and as not so (`denied`), each once, in the answer's order. */
function sides<K extends string>(mentions: readonly Mention<K>[]): { said: K[]; denied: K[] } {
  const said = [...new Set(mentions.filter((m) => !m.negated).map((m) => m.key))];
  const denied = [...new Set(mentions.filter((m) => m.negated).map((m) => m.key))].filter((k) => !said.includes(k));
  return { said, denied };
}

type Check = (doc: LakarDocument, answer: string, lang: Lang, out: AnswerAgreement) => void;

const sector: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const forms = (id: (typeof SECTORS)[number]) => [...new Set((['ms', 'en'] as const).flatMap((l) => [label(l, 'sector', id), label(l, 'sector', id).replace(/\s*\(.*\)$/, '')]))];
  // "Sektor Sosial 2 (Bakat)" before "Sektor Sosial 2": the longest form of each sector first
  const terms: Term<(typeof SECTORS)[number]>[] = SECTORS.flatMap((id) =>
    forms(id)
      .sort((x, y) => y.length - x.length)
      .flatMap((f) => [{ key: id, pattern: wordPattern(`Sektor ${f}`) }, { key: id, pattern: wordPattern(`${f} Sector`) }, { key: id, pattern: wordPattern(`Sector ${f}`) }]),
  );
  const { said } = sides(mentionsOf(answer, terms));
  const own = doc.meta.sector;
  if (!own || said.length === 0) return;
  if (said.includes(own)) out.confirms.push(fill(a.sectorSame, { sector: label(lang, 'sector', own), source: a.srcI }));
  else out.contradicts.push(fill(a.sectorOther, { said: said.map((id) => label(lang, 'sector', id)).join(', '), sector: label(lang, 'sector', own), source: a.srcI }));
};

const lifecycles: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const { said, denied } = sides(mentionsOf(answer, LIFECYCLES.map((lc) => ({ key: lc, pattern: wordPattern(lc) }))));
  const inModel = new Set(ofKind(doc, 'targetGroup').flatMap((g) => (g.lifecycle ? [g.lifecycle] : [])));
  const present = said.filter((lc) => inModel.has(lc));
  const absent = said.filter((lc) => !inModel.has(lc));
  const deniedPresent = denied.filter((lc) => inModel.has(lc));
  if (present.length) out.confirms.push(fill(a.lifecycleSame, { list: present.join(', '), source: a.srcII }));
  if (absent.length) out.contradicts.push(fill(a.lifecycleMissing, { list: absent.join(', '), source: a.srcII }));
  if (deniedPresent.length) out.contradicts.push(fill(a.lifecycleDenied, { list: deniedPresent.join(', '), source: a.srcII }));
};

/** Item iii: the RASA check (§6.3.2), how many high-level processes, which of Rajah 3-2's the answer names (§3.3.3). */
const processes: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  // "tanpa semakan RASA" denies the check; "Semakan RASA tidak menemui …" reports its result
  const rasa = mentionsOf(answer, [{ key: 'rasa', pattern: /(?<![\p{L}])(RASA|Repositori Aplikasi Sektor Awam|Public Sector Application Repository)(?![\p{L}])/iu }]);
  if (rasa.some((m) => !m.deniedBefore)) {
    const list = doc.meta.agencyApplications;
    if (list) out.confirms.push(fill(a.rasaSame, { file: list.importedFrom, n: list.entries.length, source: a.srcIII }));
    else out.contradicts.push(fill(a.rasaMissing, { source: a.srcIII }));
  }
  const modelProcesses = ofKind(doc, 'process');
  const said = countBefore(answer, /proses|process(?:es)?/);
  // "20 proses umum" is Rajah 3-2's own list, not a count of the project's processes
  if (said !== undefined && said !== GENERIC_PROCESSES.length && modelProcesses.length > 0) {
    if (said === modelProcesses.length) out.confirms.push(fill(a.processCountSame, { n: said, source: a.srcIII }));
    else out.contradicts.push(fill(a.processCountOther, { said, n: modelProcesses.length, source: a.srcIII }));
  }
  // Rajah 3-2 names count only in a clause about processes ("pengesahan" is also said of identity)
  const aboutProcesses = clausesOf(answer)
    .filter((c) => /(?<![\p{L}])(proses|process(es)?)(?![\p{L}])/iu.test(c))
    .join('. ');
  const terms = [...GENERIC_PROCESSES].sort((x, y) => y.ms.length - x.ms.length).map((g) => ({ key: String(g.no), pattern: wordPattern(g.ms) }));
  const named = sides(mentionsOf(aboutProcesses, terms)).said.map(Number);
  if (named.length === 0) return;
  const mapped = new Set(modelProcesses.map((p) => p.genericProcess));
  const name = (no: number) => GENERIC_PROCESSES[no - 1].ms;
  const present = named.filter((no) => mapped.has(no)).map(name);
  const absent = named.filter((no) => !mapped.has(no)).map(name);
  if (present.length) out.confirms.push(fill(a.genericSame, { list: present.join(', '), source: a.srcIII }));
  if (absent.length) out.contradicts.push(fill(a.genericMissing, { list: absent.join(', '), source: a.srcIII }));
};

/** Item iv: the systems the answer names (internal and of other agencies) and the integration methods it names. */
const relatedFunctions: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const text = spellOutEnumerations(answer);
  const systems = [...ofKind(doc, 'externalSystem'), ...ofKind(doc, 'application')].sort((x, y) => y.name.length - x.name.length);
  const named = sides(mentionsOf(text, systems.map((x) => ({ key: x.id, pattern: wordPattern(x.name) })))).said;
  if (named.length) {
    const describe = (id: string) => {
      const e = doc.elements.get(id)!;
      const where = e.kind === 'externalSystem' ? (isInternalSystem(doc, e) ? a.internalMark : a.externalMark) : a.projectMark;
      return `${e.name} (${where})`;
    };
    out.confirms.push(fill(a.systemsSame, { names: named.map(describe).join(', '), source: a.srcIV }));
  }
  // a name in the guide's own shape ("Sistem A", "Sistem XY") that the model does not have
  const known = new Set(systems.map((x) => x.name.trim().toLowerCase()));
  const unknown = [...new Set([...text.matchAll(/(?<![\p{L}])(Sistem|System) ([A-Z0-9]{1,4})(?![\p{L}\p{N}])/gu)].map((m) => m[0]))].filter((n) => !known.has(n.toLowerCase()));
  if (unknown.length) out.contradicts.push(fill(a.systemsMissing, { names: unknown.join(', '), source: a.srcIV }));
  methodsUsed(doc, text, lang, out);
};

/** The integration methods (Jadual 3-1 label 6) the answer says are used, against the model's data flows. */
function methodsUsed(doc: LakarDocument, text: string, lang: Lang, out: AnswerAgreement) {
  const a = CHECKLIST_STRINGS[lang].agree;
  const methods = FLOW_METHODS.filter((m) => m !== 'other' && m !== 'manual');
  const terms = methods.map((m) => ({ key: m, pattern: m === 'emailFile' ? /(?<![\p{L}])(e-?mel|e-?mail)(?![\p{L}])/iu : wordPattern(label('ms', 'flowMethod', m)) })).sort((x, y) => y.pattern.source.length - x.pattern.source.length);
  const said = sides(mentionsOf(text, terms)).said;
  if (said.length === 0) return;
  const used = new Set(flowsOf(doc).map((f) => f.method));
  const present = said.filter((m) => used.has(m)).map((m) => label(lang, 'flowMethod', m));
  const absent = said.filter((m) => !used.has(m)).map((m) => label(lang, 'flowMethod', m));
  if (present.length) out.confirms.push(fill(a.methodsSame, { list: present.join(', '), source: a.srcIV }));
  if (absent.length) out.contradicts.push(fill(a.methodsMissing, { list: absent.join(', '), source: a.srcIV }));
}

/** Item v: data captured (by which system), where it is stored, whether it is published (§2.6.5 a, c, e). */
const dataLifecycle: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const entities = ofKind(doc, 'dataEntity');
  const accesses = doc.relations.values().filter((r) => r.kind === 'accesses');
  const capturers = new Set(accesses.filter((r) => 'access' in r && r.access === 'capture').map((r) => r.source));
  const systems = [...ofKind(doc, 'application'), ...ofKind(doc, 'module'), ...ofKind(doc, 'externalSystem')];
  const verbs = mentionsOf(answer, [
    { key: 'capture', pattern: /(?<![\p{L}])(ditawan|menawan|dikumpul|captured|collected)(?![\p{L}])/iu },
    { key: 'store', pattern: /(?<![\p{L}])(disimpan|menyimpan|stored)(?![\p{L}])/iu },
    { key: 'publish', pattern: /(?<![\p{L}])(diterbitkan|menerbitkan|published)(?![\p{L}])/iu },
  ]);
  const names = (ids: Iterable<string>) => [...ids].map((id) => doc.elements.get(id)?.name ?? id).join(', ');
  const capture = verbs.filter((v) => v.key === 'capture');
  if (capture.some((v) => !v.negated)) {
    const clause = capture.filter((v) => !v.negated).map((v) => v.clause).join('. ');
    const named = systems.filter((x) => wordPattern(x.name).test(clause));
    if (named.length) {
      const yes = named.filter((x) => capturers.has(x.id));
      const no = named.filter((x) => !capturers.has(x.id));
      if (yes.length) out.confirms.push(fill(a.captureSame, { names: names(yes.map((x) => x.id)), source: a.srcV }));
      if (no.length) out.contradicts.push(fill(a.captureMissing, { names: names(no.map((x) => x.id)), source: a.srcV }));
    } else if (capturers.size) out.confirms.push(fill(a.captureSame, { names: names(capturers), source: a.srcV }));
  } else if (capture.length && capturers.size) out.contradicts.push(fill(a.captureDenied, { names: names(capturers), source: a.srcV }));

  const store = verbs.filter((v) => v.key === 'store' && !v.negated);
  if (store.length) {
    const clause = store.map((v) => v.clause).join('. ');
    const sites = ofKind(doc, 'site').filter((x) => wordPattern(x.name).test(clause));
    // a site stores data when a data entity says it is stored there, or a system using data runs there
    const users = new Set(accesses.map((r) => r.source));
    const hosts = new Set(doc.relations.values().filter((r) => r.kind === 'hostedOn' && users.has(r.source)).map((r) => r.target));
    const stores = (site: ElementOf<'site'>) => hosts.has(site.id) || entities.some((e) => e.dataLifecycle?.storedAt && wordPattern(site.name).test(e.dataLifecycle.storedAt));
    const yes = sites.filter(stores);
    const no = sites.filter((x) => !stores(x));
    if (yes.length) out.confirms.push(fill(a.storedSame, { names: names(yes.map((x) => x.id)), source: a.srcV }));
    if (no.length) out.contradicts.push(fill(a.storedMissing, { names: names(no.map((x) => x.id)), source: a.srcV }));
  }

  const publish = verbs.filter((v) => v.key === 'publish');
  if (publish.length === 0) return;
  const published = entities.filter((e) => e.dataLifecycle?.published === true);
  const list = published.map((e) => e.name).join(', ');
  if (publish.some((v) => !v.negated)) {
    if (published.length) out.confirms.push(fill(a.publishedSame, { names: list, source: a.srcV }));
    else out.contradicts.push(fill(a.publishedMissing, { source: a.srcV }));
  } else if (published.length) out.contradicts.push(fill(a.unpublishedOther, { names: list, source: a.srcV }));
  else out.confirms.push(fill(a.unpublishedSame, { source: a.srcV }));
};

const controls: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const terms = (['hsm', 'siem', 'dlp'] as const).map((type) => ({ key: type, pattern: wordPattern(type.toUpperCase()) }));
  const { said, denied } = sides(mentionsOf(answer, terms));
  const inModel = new Set(ofKind(doc, 'securityControl').map((c) => c.controlType));
  const up = (types: string[]) => types.map((t) => t.toUpperCase()).join(', ');
  const present = said.filter((t) => inModel.has(t));
  const absent = said.filter((t) => !inModel.has(t));
  const deniedPresent = denied.filter((t) => inModel.has(t));
  if (present.length) out.confirms.push(fill(a.controlSame, { list: up(present), source: a.srcVI }));
  if (absent.length) out.contradicts.push(fill(a.controlMissing, { list: up(absent), source: a.srcVI }));
  if (deniedPresent.length) out.contradicts.push(fill(a.controlDenied, { list: up(deniedPresent), source: a.srcVI }));
};

const registries: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const { said, denied } = sides(mentionsOf(answer, [{ key: 'ref', pattern: /(?<![\p{L}])(registri|repositori|registry|registries|repository|repositories)(?![\p{L}])/iu }]));
  const referring = ofKind(doc, 'dataEntity').filter((e) => e.registryRef || e.repositoryRef);
  const names = referring
    .slice(0, 8)
    .map((e) => e.name)
    .join(', ');
  if (said.length) {
    if (referring.length) out.confirms.push(fill(a.refSame, { names, source: a.srcVII }));
    else out.contradicts.push(fill(a.refMissing, { source: a.srcVII }));
  } else if (denied.length && referring.length) out.contradicts.push(fill(a.refDenied, { names, source: a.srcVII }));
  copiesOfData(doc, answer, lang, out);
};

/** What the answer says of copies of data ("tiada salinan baharu diwujudkan"), against the copies the model shows (copies.ts). */
function copiesOfData(doc: LakarDocument, answer: string, lang: Lang, out: AnswerAgreement): void {
  const a = CHECKLIST_STRINGS[lang].agree;
  const { said, denied } = sides(mentionsOf(answer, [{ key: 'copy', pattern: /(?<![\p{L}])(salinan|disalin|menyalin|pendua|duplikasi|cop(y|ies|ied)|duplicate[sd]?|duplication)(?![\p{L}])/iu }]));
  if (!said.length && !denied.length) return;
  const copies = dataCopies(doc);
  const found = copies.spread.length + copies.retained.length > 0;
  if (denied.length) {
    if (found) out.contradicts.push(fill(a.copiesDenied, { list: copiesList(copies, lang), source: a.srcCopies }));
    else out.confirms.push(fill(a.copiesNone, { source: a.srcCopies }));
  } else if (found) out.confirms.push(fill(a.copiesSame, { list: copiesList(copies, lang), source: a.srcCopies }));
}

/** Each DPI platform of item viii: used, not used, or not applicable (no payment process), as the evidence reads the model. */
function dpiUse(doc: LakarDocument): Record<'myDigitalId' | 'ePaymentGateway' | 'myGdx', 'used' | 'notUsed' | 'notApplicable'> {
  const types = new Set(ofKind(doc, 'platform').map((p) => p.platformType));
  const myGdxFlow = flowsOf(doc).some((f) => f.method === 'myGdx');
  const payment = ofKind(doc, 'process').some((p) => p.genericProcess === 14);
  return {
    myDigitalId: types.has('myDigitalId') ? 'used' : 'notUsed',
    ePaymentGateway: types.has('ePaymentGateway') ? 'used' : payment ? 'notUsed' : 'notApplicable',
    myGdx: types.has('myGdx') || myGdxFlow ? 'used' : 'notUsed',
  };
}

const dpi: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const terms: Term<'myDigitalId' | 'ePaymentGateway' | 'myGdx'>[] = [
    { key: 'myDigitalId', pattern: /(?<![\p{L}])mydigital\s?id(?![\p{L}])/iu },
    { key: 'ePaymentGateway', pattern: /(?<![\p{L}])e-?payment(\s+gateway)?(?![\p{L}])/iu },
    { key: 'myGdx', pattern: /(?<![\p{L}])mygdx(?![\p{L}])/iu },
  ];
  const { said, denied } = sides(mentionsOf(answer, terms));
  const use = dpiUse(doc);
  for (const type of ['myDigitalId', 'ePaymentGateway', 'myGdx'] as const) {
    const platform = label(lang, 'platformType', type);
    if (said.includes(type)) out[use[type] === 'used' ? 'confirms' : 'contradicts'].push(fill(use[type] === 'used' ? a.dpiUsed : a.dpiUsedNotModel, { platform, source: a.srcVIII }));
    else if (denied.includes(type)) {
      if (use[type] === 'used') out.contradicts.push(fill(a.dpiNotUsedButModel, { platform, source: a.srcVIII }));
      else out.confirms.push(fill(use[type] === 'notApplicable' ? a.dpiNa : a.dpiNotUsed, { platform, source: a.srcVIII }));
    }
  }
};

const infrastructure: Check = (doc, answer, lang, out) => {
  const a = CHECKLIST_STRINGS[lang].agree;
  const sites = ofKind(doc, 'site');
  const cloud = [...sites.filter((x) => x.siteType === 'myGovCloudCfa' || x.siteType === 'publicCloud'), ...ofKind(doc, 'platform').filter((p) => p.platformType === 'myGovCloud')].map((e) => e.name);
  const { said } = sides(
    mentionsOf(answer, [
      { key: 'cloud', pattern: /(?<![\p{L}])(mygovcloud\S*|cloud|awan)(?![\p{L}])/iu },
      { key: 'PDSA', pattern: /(?<![\p{L}])PDSA(?![\p{L}])/u },
      { key: 'DRC', pattern: /(?<![\p{L}])DRC(?![\p{L}])/u },
    ]),
  );
  if (said.includes('cloud')) {
    if (cloud.length) out.confirms.push(fill(a.cloudSame, { names: cloud.join(', '), source: a.srcIX }));
    else out.contradicts.push(fill(a.cloudMissing, { source: a.srcIX }));
  }
  for (const [term, type] of [
    ['PDSA', 'pdsaJdn'],
    ['DRC', 'drc'],
  ] as const) {
    if (!said.includes(term)) continue;
    const found = sites.filter((x) => x.siteType === type).map((x) => x.name);
    if (found.length) out.confirms.push(fill(a.siteSame, { term, names: found.join(', '), source: a.srcIX }));
    else out.contradicts.push(fill(a.siteMissing, { term, source: a.srcIX }));
  }
};

const CHECKS: Record<ChecklistNo, Check> = { i: sector, ii: lifecycles, iii: processes, iv: relatedFunctions, v: dataLifecycle, vi: controls, vii: registries, viii: dpi, ix: infrastructure };

/** The agency's `answer` to item `no` read against `doc`: what the model confirms and what it contradicts. */
export function answerAgreement(doc: LakarDocument, no: ChecklistNo, answer: string | undefined, lang: Lang): AnswerAgreement {
  const out: AnswerAgreement = { confirms: [], contradicts: [] };
  if (answer) CHECKS[no](doc, answer, lang, out);
  return out;
}
