/**
 * The WoG checklist of 001 Jadual 4-1, Proses A.1.a items i–ix, answered from the model. Each
 * answer is built from what the LMV records; checker findings are attached to the item they concern
 * so the reader sees the answer and its open problems together.
 */
import type { Lang } from '../../i18n';
import { label } from '../../i18n';
import type { LakarDocument } from '../../model/schema';
import { CLASSIFICATIONS, FLOW_METHODS, LIFECYCLES } from '../../model/vocabulary';
import type { CheckReport, Problem, RuleInfo } from '../../rules/types';
import { joinNames, ModelIndex } from './model-index';

export const CHECKLIST_ITEMS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'] as const;
export type ChecklistNo = (typeof CHECKLIST_ITEMS)[number];
export type ChecklistStatus = 'ok' | 'attention' | 'missing';

export interface ChecklistItem {
  no: ChecklistNo;
  /** The matter as worded in Jadual 4-1. */
  topic: string;
  /** Answer lines built from the model. */
  answer: string[];
  status: ChecklistStatus;
  findings: Problem[];
}

/** Names the catalogue gives registries and repositories, when the catalogue is available. */
export type RefNamer = (ref: string) => string | undefined;

const TOPICS: Record<Lang, Record<ChecklistNo, string>> = {
  ms: {
    i: 'Perkhidmatan yang hendak didigitalkan (Rujuk Rajah Ekosistem Perkhidmatan Digital Sektor).',
    ii: 'Manfaat kepada kumpulan sasar/penerima perkhidmatan.',
    iii: 'Penyeragaman dan rekayasa proses sedia ada dengan mengambil kira fungsi perkhidmatan yang sama dari agensi lain bagi mengelakkan skop bertindih atau fungsi aplikasi bertindih. Rujuk Repositori Aplikasi Sektor Awam (https://www.rasa.jdn.gov.my).',
    iv: 'Fungsi perkhidmatan yang berkaitan dari agensi yang sama dan/atau agensi lain.',
    v: 'Aliran data yang ditawan, diproses, disimpan dan diterbitkan (Rujukan: Polisi Pendigitalan Data Sektor Awam).',
    vi: 'Keselamatan data, privasi data dan integrasi data dari sumber data yang sah.',
    vii: 'Penyepaduan common data bagi perkhidmatan bawah industri yang sama.',
    viii: 'Penggunaan platform DPI (Infrastruktur Digital Awam) iaitu MyDigitalID sebagai Multi Factor Authentication, ePayment Gateway untuk pembayaran Digital dan MyGDX sebagai platform perkongsian data.',
    ix: 'Penggunaan perkhidmatan infrastruktur guna sama dan teknologi termaju (AI, Blockchain, Cloud dan lain-lain).',
  },
  en: {
    i: 'Services to be digitalised (see the Sector Digital Service Ecosystem figure).',
    ii: 'Benefits to the target groups/service recipients.',
    iii: 'Standardising and re-engineering existing processes, considering the same service functions in other agencies to avoid overlapping scope or application functions. See the Public Sector Application Repository (https://www.rasa.jdn.gov.my).',
    iv: 'Related service functions of the same agency and/or other agencies.',
    v: 'Data captured, processed, stored and published (Reference: Public Sector Data Digitalisation Policy).',
    vi: 'Data security, data privacy and data integration from legitimate data sources.',
    vii: 'Integration of common data for services in the same industry.',
    viii: 'Use of the DPI (Digital Public Infrastructure) platforms: MyDigitalID for multi-factor authentication, ePayment Gateway for digital payment and MyGDX as the data-sharing platform.',
    ix: 'Use of shared infrastructure services and advanced technology (AI, Blockchain, Cloud and others).',
  },
};

const W = {
  ms: {
    services: 'Perkhidmatan', sector: 'Sektor', none: 'Tiada dalam model.', e2e: 'Kategori E2E', outcomes: 'Keberhasilan dijangka',
    processes: '{n} proses peringkat tinggi; {m} dipetakan kepada proses umum Rajah 3-2', unmapped: 'Belum dipetakan', apps: 'Aplikasi',
    ownAgency: 'Agensi sendiri', otherAgencies: 'Agensi lain', internal: 'integrasi dalaman', captured: 'Data ditawan', read: 'Data dibaca',
    written: 'Data ditulis/disimpan', flows: '{n} aliran data', noFlows: 'Tiada aliran data direkodkan.', classified: 'Klasifikasi data',
    personal: 'Data peribadi', controls: 'Kawalan keselamatan', noControls: 'Tiada kawalan keselamatan direkodkan.', authoritative: 'Data daripada registri/repositori (sumber sah)',
    withRef: 'Data merujuk registri/repositori', withoutRef: 'Data tanpa rujukan katalog', shared: 'Data dikongsi oleh lebih daripada satu aliran',
    used: 'digunakan', notUsed: 'tidak digunakan', via: 'melalui', flowsVia: 'aliran', sharedSites: 'Infrastruktur guna sama', otherSites: 'Lokasi lain',
    networks: 'Rangkaian', advanced: 'Teknologi termaju disebut dalam model', noSites: 'Tiada lokasi infrastruktur direkodkan.',
  },
  en: {
    services: 'Services', sector: 'Sector', none: 'Not in the model.', e2e: 'E2E category', outcomes: 'Expected outcomes',
    processes: '{n} high-level processes; {m} mapped to the generic processes of Figure 3-2', unmapped: 'Not mapped yet', apps: 'Applications',
    ownAgency: 'Own agency', otherAgencies: 'Other agencies', internal: 'internal integration', captured: 'Data captured', read: 'Data read',
    written: 'Data written/stored', flows: '{n} data flows', noFlows: 'No data flows recorded.', classified: 'Data classification',
    personal: 'Personal data', controls: 'Security controls', noControls: 'No security controls recorded.', authoritative: 'Data from registries/repositories (authoritative sources)',
    withRef: 'Data referring to a registry/repository', withoutRef: 'Data without a catalogue reference', shared: 'Data shared by more than one flow',
    used: 'used', notUsed: 'not used', via: 'through', flowsVia: 'flows', sharedSites: 'Shared infrastructure', otherSites: 'Other sites',
    networks: 'Networks', advanced: 'Advanced technology mentioned in the model', noSites: 'No infrastructure sites recorded.',
  },
};

/**
 * Which checklist items a finding concerns. Rules may name the item in their source
 * ("Jadual 4-1 A.1.a viii"); otherwise the rule id and source section decide.
 */
export function checklistItemsFor(problem: Problem, rule?: RuleInfo): ChecklistNo[] {
  const source = rule?.source ?? '';
  const explicit = /A\.1\.a\s*\(?(ix|viii|vii|vi|v|iv|iii|ii|i)\b/i.exec(source);
  if (explicit) return [explicit[1].toLowerCase() as ChecklistNo];
  const id = problem.ruleId.toLowerCase();
  const out = new Set<ChecklistNo>();
  if (/dpi|mydigital|epayment|mygdx|platform|§2\.7/.test(id + source)) out.add('viii');
  if (/regist|repositor|once|common|§2\.6/.test(id + source)) out.add('vii');
  if (/classif|klasifik|secur|keselamatan|hsm|siem|dlp|personal|privacy|privasi/.test(id)) out.add('vi');
  if (/duplic|overlap|bertindih|rasa|generic|process|proses/.test(id)) out.add('iii');
  if (/flow|integrat|method|idd|servis|serviceid|capture/.test(id)) out.add('v');
  if (/agency|agensi/.test(id)) out.add('iv');
  if (/target|lifecycle|g2|persona|outcome/.test(id)) out.add('ii');
  if (/e2e|service|channel|domain|sector/.test(id) && out.size === 0) out.add('i');
  if (/infra|site|network|cloud|host/.test(id)) out.add('ix');
  return [...out];
}

/** The nine checklist items answered from `doc`, with the findings of `report` attached. */
export function wogChecklist(doc: LakarDocument, lang: Lang, options: { report?: CheckReport; rules?: RuleInfo[]; refName?: RefNamer; index?: ModelIndex } = {}): ChecklistItem[] {
  const m = options.index ?? new ModelIndex(doc);
  const w = W[lang];
  const fill = (t: string, p: Record<string, number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k]));
  const answers = {} as Record<ChecklistNo, string[]>;
  const refLabel = (ref: string) => {
    const name = options.refName?.(ref);
    return name ? `${name} (${ref})` : ref;
  };

  // i — services
  const services = m.of('service');
  answers.i = services.map((s) => `${s.name}${s.e2eCategory ? ` — ${w.e2e}: ${label(lang, 'e2eCategory', s.e2eCategory)}` : ''}${s.serviceDomain ? `; ${options.refName?.(s.serviceDomain) ?? s.serviceDomain}` : ''}`);
  if (answers.i.length && doc.meta.sector) answers.i.push(`${w.sector}: ${label(lang, 'sector', doc.meta.sector)}`);

  // ii — target groups and benefits
  answers.ii = LIFECYCLES.map((lc) => [lc, joinNames(m.of('targetGroup').filter((t) => t.lifecycle === lc).map((t) => t.name))] as const)
    .filter(([, names]) => names)
    .map(([lc, names]) => `${lc}: ${names}`);
  const outcomes = doc.meta.expectedOutcomes;
  const outcomeText = [outcomes?.pengoptimumanKos, outcomes?.pengoptimumanSumber, outcomes?.pulanganNilaiTerbaik].filter(Boolean).join(' ');
  if (answers.ii.length && outcomeText) answers.ii.push(`${w.outcomes}: ${outcomeText}`);

  // iii — processes mapped to the generic processes; applications and their categories
  const processes = m.of('process');
  const apps = m.of('application');
  answers.iii = [];
  if (processes.length) {
    const mapped = processes.filter((p) => p.genericProcess);
    answers.iii.push(fill(w.processes, { n: processes.length, m: mapped.length }));
    const unmapped = processes.filter((p) => !p.genericProcess);
    if (unmapped.length) answers.iii.push(`${w.unmapped}: ${joinNames(unmapped.map((p) => p.name))}`);
  }
  if (apps.length) answers.iii.push(`${w.apps}: ${apps.map((a) => (a.category ? `${a.name} (${label(lang, 'applicationCategory', a.category)})` : a.name)).join(', ')}`);

  // iv — agencies involved
  const own = new Set([doc.meta.pemilikProjek, doc.meta.penerajuProjek, doc.meta.pelaksanaProjek].filter((x): x is string => !!x));
  const systems = m.of('externalSystem');
  const internal = systems.filter((s) => s.internal || (s.agency && own.has(s.agency)));
  const external = systems.filter((s) => !internal.includes(s));
  answers.iv = [];
  if (internal.length) answers.iv.push(`${w.ownAgency}: ${joinNames(internal.map((s) => `${s.name}${s.agency ? ` (${s.agency})` : ''}`))} — ${w.internal}`);
  if (external.length) answers.iv.push(`${w.otherAgencies}: ${joinNames(external.map((s) => `${s.agency ?? '?'} (${s.name})`))}`);

  // v — data captured, processed, stored and published
  const accesses = Object.values(doc.relations).filter((r) => r.kind === 'accesses');
  const byAccess = (a: string) => joinNames(accesses.filter((r) => 'access' in r && r.access === a).map((r) => `${m.name(r.target)} (${m.name(r.source)})`));
  answers.v = [];
  if (byAccess('capture')) answers.v.push(`${w.captured}: ${byAccess('capture')}`);
  if (byAccess('read')) answers.v.push(`${w.read}: ${byAccess('read')}`);
  if (byAccess('write')) answers.v.push(`${w.written}: ${byAccess('write')}`);
  const flows = m.flows();
  if (flows.length) {
    const counts = FLOW_METHODS.map((fm) => [fm, flows.filter((f) => f.method === fm).length] as const).filter(([, n]) => n > 0);
    answers.v.push(`${fill(w.flows, { n: flows.length })}: ${counts.map(([fm, n]) => `${label(lang, 'flowMethod', fm)} ${n}`).join(', ')}`);
  }

  // vi — security, privacy, legitimate sources
  const entities = m.of('dataEntity');
  answers.vi = [];
  const byClass = [...CLASSIFICATIONS].reverse().map((c) => [c, joinNames(entities.filter((e) => e.classification === c).map((e) => e.name))] as const).filter(([, n]) => n);
  if (byClass.length) answers.vi.push(`${w.classified}: ${byClass.map(([c, n]) => `${label(lang, 'classification', c)} — ${n}`).join('; ')}`);
  const personal = joinNames(entities.filter((e) => e.personalData).map((e) => e.name));
  if (personal) answers.vi.push(`${w.personal}: ${personal}`);
  const controls = m.of('securityControl');
  if (controls.length) answers.vi.push(`${w.controls}: ${joinNames(controls.map((c) => c.name))}`);
  else if (entities.length) answers.vi.push(w.noControls);
  const authoritative = entities.filter((e) => e.registryRef || e.repositoryRef);
  if (authoritative.length) answers.vi.push(`${w.authoritative}: ${joinNames(authoritative.map((e) => e.name))}`);

  // vii — common data
  answers.vii = [];
  if (authoritative.length) answers.vii.push(`${w.withRef}: ${authoritative.map((e) => `${e.name} — ${[e.registryRef, e.repositoryRef].filter((x): x is string => !!x).map(refLabel).join(', ')}`).join('; ')}`);
  const noRef = entities.filter((e) => !e.registryRef && !e.repositoryRef);
  if (noRef.length && entities.length) answers.vii.push(`${w.withoutRef}: ${joinNames(noRef.map((e) => e.name))}`);
  const carried = new Map<string, number>();
  for (const f of flows) for (const id of f.dataEntityIds ?? []) carried.set(id, (carried.get(id) ?? 0) + 1);
  const sharedData = joinNames([...carried].filter(([, n]) => n > 1).map(([id]) => m.name(id)));
  if (sharedData) answers.vii.push(`${w.shared}: ${sharedData}`);

  // viii — DPI platforms
  const platforms = m.of('platform');
  const dpi = (['myDigitalId', 'ePaymentGateway', 'myGdx'] as const).map((type) => {
    const els = platforms.filter((p) => p.platformType === type);
    const users = joinNames(els.flatMap((p) => m.in(p.id, 'usesPlatform').map((r) => m.name(r.source))));
    const viaFlows = type === 'myGdx' ? flows.filter((f) => f.method === 'myGdx') : [];
    const used = els.length > 0 || viaFlows.length > 0;
    const parts = [`${label(lang, 'platformType', type)}: ${used ? w.used : w.notUsed}`];
    if (users) parts.push(`${w.via} ${users}`);
    if (viaFlows.length) parts.push(`${viaFlows.length} ${w.flowsVia} (${joinNames(viaFlows.map((f) => `${m.name(f.source)} – ${m.name(f.target)}`))})`);
    return { used, text: parts.join('; ') };
  });
  answers.viii = dpi.some((d) => d.used) || platforms.length ? dpi.map((d) => d.text) : [];

  // ix — shared infrastructure and advanced technology
  const sites = m.of('site');
  const sharedTypes = new Set(['pdsaJdn', 'myGovCloudCfa', 'drc']);
  answers.ix = [];
  const sharedSites = sites.filter((s) => sharedTypes.has(s.siteType));
  if (sharedSites.length) answers.ix.push(`${w.sharedSites}: ${joinNames(sharedSites.map((s) => s.name))}`);
  const otherSites = sites.filter((s) => !sharedTypes.has(s.siteType));
  if (otherSites.length) answers.ix.push(`${w.otherSites}: ${joinNames(otherSites.map((s) => s.name))}`);
  const networks = m.of('network');
  if (networks.length) answers.ix.push(`${w.networks}: ${joinNames(networks.map((n) => n.name))}`);
  const advanced = joinNames(
    Object.values(doc.elements)
      .filter((e) => /\b(AI|kecerdasan buatan|artificial intelligence|blockchain|rantaian blok|machine learning|cloud|awan)\b/i.test(`${e.name} ${e.description ?? ''}`))
      .map((e) => e.name),
  );
  if (advanced) answers.ix.push(`${w.advanced}: ${advanced}`);

  const rules = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const findings = new Map<ChecklistNo, Problem[]>(CHECKLIST_ITEMS.map((no) => [no, []]));
  for (const p of options.report?.problems ?? []) for (const no of checklistItemsFor(p, rules.get(p.ruleId))) findings.get(no)!.push(p);

  return CHECKLIST_ITEMS.map((no) => {
    const f = findings.get(no)!;
    const answer = answers[no];
    const status: ChecklistStatus = answer.length === 0 ? 'missing' : f.some((p) => p.severity !== 'advice') ? 'attention' : 'ok';
    return { no, topic: TOPICS[lang][no], answer: answer.length ? answer : [w.none], status, findings: f };
  });
}
