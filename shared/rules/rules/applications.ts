/**
 * Rules on applications: no duplicate applications within the model or against the agency's
 * imported application list (001 §4.2.2 a; Jadual 4-1 A.1.a iii–iv), categories (§2.5), and
 * applications that support processes and run somewhere (Jadual 3-1 labels 5, 7).
 */
import type { AgencyApplication } from '../../catalogue/schema';
import type { Application, Element } from '../../model/schema';
import { globalRule, localRule, q, type Params } from '../define';
import { current, kindAndNameOf, kindLabels, nameList, projectAgencies, norm, nameOf } from '../helpers';
import { parentOf } from '../trees';
import type { ModelGraph } from '../graph';
import type { CheckContext } from '../types';
import { applicationTree, isolated, TREE_HOSTED, TREE_SUPPORTS } from './anchor-answers';

/** Append `value` to the list of `key` (in place: copying the list per entry made a name shared by many applications quadratic). */
function appendTo<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DUPLICATE_SOURCE = '001 §4.2.2 a, §6.3.2; Jadual 4-1 A.1.a iii';

export const duplicateInModel = globalRule({
  id: 'app.duplicateInModel',
  severity: 'warning',
  title: { ms: 'Tiada aplikasi bertindih dalam model', en: 'No duplicate applications in the model' },
  message: { ms: 'Aplikasi {names} bertindih ({why}).', en: 'Applications {names} duplicate each other ({why}).' },
  source: DUPLICATE_SOURCE,
  fixHint: {
    ms: 'Gabungkan aplikasi yang sama menjadi satu dan sambungkan semua proses kepadanya, atau bezakan nama dan kod sistem jika memang berlainan.',
    en: 'Merge the same applications into one and connect every process to it, or give them distinct names and system codes if they really differ.',
  },
  reads: ['el:application'],
  run(ctx, emit) {
    // the graph keeps the applications grouped by name and by code as it follows edits, so a
    // recheck reads the duplicates only, not every application of a large model
    const reported = new Set<string>();
    const names = (apps: readonly Application[]) => apps.map((a) => q(a.name)).join(', ');
    for (const apps of ctx.graph.groupsOf('application', nameKey)) {
      for (const a of apps) reported.add(a.id);
      emit({ names: names(apps), why: { ms: 'nama sama', en: 'same name' } }, { elements: apps.map((a) => a.id) });
    }
    for (const apps of ctx.graph.groupsOf('application', codeKey)) {
      if (apps.every((a) => reported.has(a.id))) continue;
      const code = codeKey(apps[0]);
      emit({ names: names(apps), why: { ms: `kod agensi-sistem sama ${code}`, en: `same agency-system code ${code}` } }, { elements: apps.map((a) => a.id) });
    }
  },
});

/** What makes two applications the same: the normalised name, or agency and system code together. */
const nameKey = (a: Application) => norm(a.name) || undefined;
const codeKey = (a: Application) => (a.agencyCode?.trim() && a.systemCode?.trim() ? `${a.agencyCode.trim().toUpperCase()}-${a.systemCode.trim().toUpperCase()}` : undefined);

interface AppListIndex {
  byName: Map<string, AgencyApplication[]>;
  /** Significant words of each entry's function → entries (for the same-function check). */
  byWord: Map<string, AgencyApplication[]>;
}

const STOP_WORDS = new Set(['perkhidmatan', 'sistem', 'aplikasi', 'pengurusan', 'dan', 'bagi', 'untuk', 'kepada', 'service', 'services', 'system', 'application', 'management', 'and', 'of', 'the', 'for', 'to']);
const listIndexes = new WeakMap<readonly AgencyApplication[], AppListIndex>();

/** Significant words of a text (normalised, stop words and very short words dropped). */
function words(text: string | undefined): string[] {
  return [...new Set(norm(text).split(' ').filter((w) => w.length > 2 && !STOP_WORDS.has(w)))];
}

/** Index of an imported application list, built once per list. */
function appListIndex(list: readonly AgencyApplication[]): AppListIndex {
  let index = listIndexes.get(list);
  if (!index) {
    index = { byName: new Map(), byWord: new Map() };
    for (const entry of list) {
      const n = norm(entry.name);
      appendTo(index.byName, n, entry);
      for (const w of words(entry.function)) appendTo(index.byWord, w, entry);
    }
    listIndexes.set(list, index);
  }
  return index;
}

export const duplicateInAgencyList = localRule({
  id: 'app.duplicateInAgencyList',
  severity: 'warning',
  title: { ms: 'Aplikasi tidak bertindih dengan senarai aplikasi agensi', en: 'Applications do not duplicate the agency application list' },
  message: {
    ms: 'Aplikasi {name} sudah wujud dalam senarai aplikasi yang diimport: "{entry}" ({agency}, baris {line}).',
    en: 'Application {name} already exists in the imported application list: "{entry}" ({agency}, line {line}).',
  },
  source: DUPLICATE_SOURCE,
  fixHint: {
    ms: 'Guna semula atau tambah baik aplikasi sedia ada (rujuk RASA) dan nyatakannya dalam LMV, bukannya membangunkan aplikasi baharu yang sama.',
    en: 'Reuse or enhance the existing application (see RASA) and show it in the LMV instead of building a new one that does the same.',
  },
  elements: ['application'],
  reach: 0,
  checkItem(id, ctx, emit, a) {
    if (!ctx.agencyApplications.length) return;
    for (const entry of appListIndex(ctx.agencyApplications).byName.get(norm(a.name)) ?? []) {
      emit({ name: q(a.name), entry: entry.name, agency: entry.agency ?? '?', line: entry.line ?? '?' }, { elements: [id] });
    }
  },
});

/** Entries of the list whose function contains every significant word of `text` (at least two words). */
function sameFunction(ctx: CheckContext, text: string): AgencyApplication[] {
  const ws = words(text);
  if (ws.length < 2) return [];
  const index = appListIndex(ctx.agencyApplications);
  const postings = ws.map((w) => index.byWord.get(w) ?? []).sort((x, y) => x.length - y.length);
  let result = new Set(postings[0]);
  for (const p of postings.slice(1)) {
    const next = new Set(p);
    result = new Set([...result].filter((e) => next.has(e)));
    if (!result.size) break;
  }
  return [...result];
}

export const sameFunctionInAgencyList = localRule({
  id: 'app.sameFunctionInAgencyList',
  severity: 'advice',
  title: { ms: 'Fungsi perkhidmatan yang sama di agensi lain dikenal pasti', en: 'The same service function in other agencies is identified' },
  message: {
    ms: 'Perkhidmatan {name} mempunyai fungsi yang sama dengan {entries} dalam senarai aplikasi yang diimport.',
    en: 'Service {name} has the same function as {entries} in the imported application list.',
  },
  source: '001 Jadual 4-1 A.1.a iii–iv; §4.2.2 a',
  fixHint: {
    ms: 'Selaraskan dengan agensi tersebut: kongsi aplikasi sedia ada atau jadikan projek WoG bersama, bagi mengelakkan skop atau fungsi aplikasi bertindih.',
    en: 'Coordinate with that agency: share the existing application or make it a joint WoG project, to avoid overlapping scope or application functions.',
  },
  elements: ['service'],
  reach: 0,
  readsMeta: true,
  checkItem(id, ctx, emit, s) {
    if (!ctx.agencyApplications.length) return;
    const own = projectAgencies(ctx);
    const others = sameFunction(ctx, s.name).filter((e) => !e.agency || !own.has(norm(e.agency)));
    if (others.length) emit({ name: q(s.name), entries: others.slice(0, 5).map((e) => `"${e.name}" (${e.agency ?? '?'}, baris/line ${e.line ?? '?'})`).join(', ') }, { elements: [id] });
  },
});

export const categoryMissing = localRule({
  id: 'app.categoryMissing',
  severity: 'advice',
  title: { ms: 'Kategori aplikasi dinyatakan', en: 'The application category is stated' },
  message: { ms: 'Aplikasi {name} tidak menyatakan kategori (Utama Kerajaan, Spesifik Agensi atau Generik).', en: 'Application {name} states no category (main government, agency-specific or generic).' },
  source: '001 §2.5.2–2.5.4',
  fixHint: { ms: 'Pilih kategori aplikasi dalam pemeriksa.', en: 'Choose the application category in the inspector.' },
  elements: ['application'],
  reach: 0,
  checkItem(id, ctx, emit, a) {
    if (!a.category) emit.about(a, nameOf);
  },
});

export const noProcess = localRule({
  id: 'app.noProcess',
  severity: 'warning',
  title: { ms: 'Aplikasi menyokong proses', en: 'Applications support a process' },
  message: { ms: 'Aplikasi {name} dan modulnya tidak menyokong mana-mana proses atau perkhidmatan.', en: 'Application {name} and its modules support no process or service.' },
  source: '001 Jadual 3-1 label 5; §3.3.4 d',
  fixHint: { ms: 'Lukis hubungan "menyokong" daripada aplikasi atau modul ke proses yang dijalankannya.', en: 'Draw a "supports" relation from the application or module to the processes it runs.' },
  elements: ['application'],
  reach: 3,
  names: 0,
  checkItem(id, ctx, emit, e) {
    // the application's tree is walked once for this rule and app.notHosted (anchor-answers.ts)
    if (isolated(ctx.graph, id) || applicationTree(ctx.graph, id) & TREE_SUPPORTS) return;
    emit.about(e, nameOf);
  },
});

export const notHosted = localRule({
  id: 'app.notHosted',
  severity: 'warning',
  title: { ms: 'Aplikasi ditempatkan di lokasi infrastruktur', en: 'Applications are hosted at an infrastructure site' },
  message: { ms: 'Aplikasi {name} tidak ditempatkan di mana-mana lokasi infrastruktur.', en: 'Application {name} is not hosted at any infrastructure site.' },
  source: '001 Jadual 3-1 label 7; §3.3.4 g',
  fixHint: { ms: 'Lukis hubungan "ditempatkan di" daripada aplikasi ke lokasi (cth. PDSA JDN, MyGovCloud@CFA).', en: 'Draw a "hosted on" relation from the application to a site (e.g. PDSA JDN, MyGovCloud@CFA).' },
  elements: ['application'],
  reach: 3,
  names: 0,
  checkItem(id, ctx, emit, e) {
    if (isolated(ctx.graph, id) || applicationTree(ctx.graph, id) & TREE_HOSTED) return;
    emit.about(e, nameOf);
  },
});

const NO_PARENT = { ms: 'tidak mempunyai aplikasi induk', en: 'has no parent application' };
const noParentParams = (e: Element): Params => ({ ...kindAndNameOf(e), problem: NO_PARENT });
const MISSING_PARENT = { ms: 'merujuk induk yang tiada', en: 'refers to a missing parent' };
const missingParentParams = (e: Element): Params => ({ kind: kindLabels(e), name: q(e.name), problem: MISSING_PARENT });
// worked out when first read (`emit.aboutWith`) from the parent as it was: 2,900 findings on the varied 100,000-element model
const wrongParentParams = (e: Element, parent: Element): Params => ({
  kind: kindLabels(e),
  name: q(e.name),
  problem: { ms: `mempunyai induk ${kindLabels(parent).ms} ${q(parent.name)}`, en: `has a ${kindLabels(parent).en} ${q(parent.name)} as parent` },
});

export const parentMissing = localRule({
  id: 'module.parentMissing',
  severity: 'warning',
  title: { ms: 'Modul dan perkhidmatan aplikasi milik aplikasi', en: 'Modules and application services belong to an application' },
  message: { ms: '{kind} {name} {problem}.', en: '{kind} {name} {problem}.' },
  source: '001 Jadual 3-1 label 5; §3.3.4 d',
  fixHint: { ms: 'Pilih aplikasi induk (bagi modul) atau modul/aplikasi induk (bagi perkhidmatan aplikasi) dalam pemeriksa.', en: 'Choose the parent application (for a module) or parent module/application (for an application service) in the inspector.' },
  elements: ['module', 'appService'],
  reach: 1,
  checkItem(id, ctx, emit, e) {
    if (!e.parentId) return emit.about(e, noParentParams);
    // in a full check by the anchor's slot: a lookup by id of each of the ~12,400 parents took ~7 ms (loaded machine)
    const slot = ctx.graph.slotHere(id);
    const parent = slot >= 0 ? ctx.graph.trees.parentAtSlot(slot) : ctx.doc.elements.get(e.parentId);
    if (!parent) emit.about(e, missingParentParams);
    else if (parent.kind !== 'application' && (e.kind === 'module' || parent.kind !== 'module')) emit.aboutWith(e, wrongParentParams, parent, undefined, undefined, [id, parent.id]);
  },
});

/**
 * Modules and application services whose parents lead round in a cycle (a hand-edited or damaged
 * file, which Lakar opens as it is): no application heads them, so every rule reading a part's
 * application (its agency, where it runs, the platforms it uses) finds none. module.parentMissing
 * names each member with a parent of the wrong kind; this names the cycle itself, once, with its
 * members in order (each one's parent is the next), so the reader sees why and which to mend.
 */
export const parentCycle = globalRule({
  id: 'module.parentCycle',
  severity: 'warning',
  title: { ms: 'Induk modul tidak membentuk kitaran', en: 'Module parents do not form a cycle' },
  message: { ms: '{parts} {what}.', en: '{parts} {what}.' },
  source: '001 Jadual 3-1 label 5; §3.3.4 d',
  fixHint: {
    ms: 'Dalam pemeriksa, pilih aplikasi sebagai induk bagi satu modul dalam kitaran ini: modul di bawah aplikasi, perkhidmatan aplikasi di bawah modul atau aplikasi.',
    en: 'In the inspector, choose an application as the parent of one module of this cycle: modules sit under an application, application services under a module or an application.',
  },
  reads: ['el:module', 'el:appService'],
  // only parents make a cycle, and a changed parent reruns a global rule whatever it matters (changes.ts);
  // a part added or removed matters when it is in a cycle (`inParentCycle`)
  matters: { 'el:module': inParentCycle, 'el:appService': inParentCycle },
  // kept while modules are only renamed: `run` then names the members again (a damaged file has few cycles)
  structure: parentCycles,
  run(ctx, emit, cycles) {
    for (const cycle of cycles) {
      const names = cycle.map((e) => current(ctx, e).name);
      emit({ parts: nameList(names, CYCLE_NAMED), what: cycle.length === 1 ? NAMES_ITSELF : NAME_EACH_OTHER }, { elements: cycle.map((e) => e.id) });
    }
  },
});

/**
 * A module or application service in a cycle of parents, or hanging below one: it has a parent in
 * the document yet is its own top (trees.ts `rootFrom`). Why: a part removed or added with its whole
 * cycle (one naming itself) left or joined no tree that another element names, so nothing reran the
 * rule: the finding about a removed module stayed in the recheck.
 */
function inParentCycle(e: Element, graph: ModelGraph): boolean {
  const p = parentOf(e);
  return !!p && graph.doc.elements.get(p) !== undefined && graph.rootOf(e) === e;
}

/** Members of a cycle a module.parentCycle finding names (the others are counted). */
const CYCLE_NAMED = 4;
const NAMES_ITSELF = { ms: 'menamakan dirinya sendiri sebagai induk, maka tiada aplikasi di puncaknya', en: 'names itself as its parent, so no application heads it' };
const NAME_EACH_OTHER = {
  ms: 'menamakan satu sama lain sebagai induk dalam satu kitaran, setiap satu induk bagi yang sebelumnya, maka tiada aplikasi di puncaknya',
  en: 'name each other as parents in a cycle, each the parent of the one before, so no application heads them',
};

/**
 * The cycles of parents among modules and application services, each once: its members from the
 * one first in the document, each followed by its parent; the cycles in the document order of
 * those first members (the graph meets them in no particular order). Found from the parents whose
 * walk up never ends (`forEachParentInCycle`), which a file without cycles has none of.
 */
function parentCycles(ctx: CheckContext): Element[][] {
  const cycles: Element[][] = [];
  const walked = new Set<Element>();
  ctx.graph.trees.forEachParentInCycle((start) => {
    const path: Element[] = [];
    let cur: Element | undefined = start;
    for (; cur && !walked.has(cur); cur = ctx.doc.elements.get(parentOf(cur) ?? '')) {
      walked.add(cur);
      path.push(cur);
    }
    // met again on this walk: a cycle; met on an earlier walk, `start` hangs below a cycle found already
    const at = cur ? path.indexOf(cur) : -1;
    if (at >= 0) cycles.push(path.slice(at));
  });
  if (cycles.length === 0) return cycles;
  const rank = new Map(ctx.doc.elements.inListingOrder(cycles.flatMap((c) => c.map((e) => e.id))).map((id, i) => [id, i]));
  const firstAt = (c: readonly Element[]) => {
    let at = 0;
    for (let i = 1; i < c.length; i++) if (rank.get(c[i].id)! < rank.get(c[at].id)!) at = i;
    return at;
  };
  return cycles.map((c) => [...c.slice(firstAt(c)), ...c.slice(0, firstAt(c))]).sort((a, b) => rank.get(a[0].id)! - rank.get(b[0].id)!);
}

export const APPLICATION_RULES = [duplicateInModel, duplicateInAgencyList, sameFunctionInAgencyList, categoryMissing, noProcess, notHosted, parentMissing, parentCycle];
