/**
 * Copies of data the model shows, for item vii of the checklist (001 Jadual 4-1 A.1.a vii, common
 * data; the once-only principle of §3.2.1 c and §3.2.3 b: data is kept once, at its source, and
 * shared from there). Two kinds, both read from what the model records, never from names:
 *  - spread: one datum held by more than one system of the project's own agency, where it is
 *    captured or written (accesses) and where data flows deliver it (each receiving system keeps
 *    its own copy: the worked example's Maklumat Calon goes to Sistem XY by SFTP and to Sistem YZ by
 *    API besides the application that captures it);
 *  - retained: data another agency owns that the project keeps, its lifecycle (item v) naming a
 *    store rather than saying it is not kept ("Tidak disimpan", "tidak disalin").
 * An answer saying "tiada salinan" over such a model is contradicted (agreement.ts).
 */
import type { DataEntity, DataFlow, LakarDocument } from '../model/schema';
import { label, type Lang } from '../i18n';
import type { FlowMethod } from '../model/vocabulary';
import { partTop } from '../model/part-top';
import { serviceDataIds, serviceEnds, services } from '../export/idd/services';
import { isInternalSystem, ownAgencies } from './agencies';
import { CHECKLIST_STRINGS, fill } from './strings';

export interface SpreadCopy {
  data: DataEntity;
  /** The systems of the agency holding it, in the order found: captured/written there, or delivered by a flow. */
  holders: { id: string; name: string; captured: boolean; methods: FlowMethod[] }[];
}

export interface RetainedCopy {
  data: DataEntity;
  owner: string;
  storedAt: string;
  retention?: string;
}

export interface DataCopies {
  spread: SpreadCopy[];
  retained: RetainedCopy[];
}

/** A lifecycle's store that says the data is not kept: "Tidak disimpan: …", "…; tidak disalin", "not stored". */
const NOT_KEPT = /(?<![\p{L}])(tidak|tiada|bukan|tanpa|not|never|no)\s+(disimpan|disalin|simpan|salin|salinan|stored|kept|copied|retained|copy|copies)(?![\p{L}])/iu;

/** True when `storedAt` names a store of the data rather than saying it is not kept. */
export function namesAStore(storedAt: string | undefined): storedAt is string {
  return !!storedAt?.trim() && !NOT_KEPT.test(storedAt);
}

/** The copies of data in `doc`. */
export function dataCopies(doc: LakarDocument): DataCopies {
  const own = ownAgencies(doc);
  // a module or application service holds data for its application: one system, not two
  const rootOf = (id: string): string => partTop(doc.elements, id)?.id ?? id;
  const ofAgency = (id: string): boolean => {
    const e = doc.elements.get(id);
    if (!e) return false;
    if (e.kind === 'externalSystem') return isInternalSystem(doc, e);
    // the project's applications are its agency's unless they name another agency
    if (e.kind === 'application') return !e.agency?.trim() || own.has(e.agency.trim().toLowerCase());
    return false;
  };
  const holders = new Map<string, Map<string, { captured: boolean; methods: FlowMethod[] }>>();
  const hold = (dataId: string, systemId: string, how: { captured?: boolean; method?: FlowMethod }) => {
    const root = rootOf(systemId);
    if (!ofAgency(root)) return;
    const bySystem = holders.get(dataId) ?? new Map<string, { captured: boolean; methods: FlowMethod[] }>();
    const entry = bySystem.get(root) ?? { captured: false, methods: [] };
    if (how.captured) entry.captured = true;
    if (how.method && !entry.methods.includes(how.method)) entry.methods.push(how.method);
    bySystem.set(root, entry);
    holders.set(dataId, bySystem);
  };
  const flows: DataFlow[] = [];
  for (const r of doc.relations.values()) {
    if (r.kind === 'dataFlow') flows.push(r);
    else if (r.kind === 'accesses' && 'access' in r && (r.access === 'capture' || r.access === 'write')) hold(r.target, r.source, { captured: true });
  }
  for (const { flow, direction } of services(flows)) {
    const { consumerId } = serviceEnds(flow, direction);
    for (const dataId of serviceDataIds(flow, direction)) hold(dataId, consumerId, { method: flow.method });
  }
  const spread: SpreadCopy[] = [];
  const retained: RetainedCopy[] = [];
  for (const e of doc.elements.values()) {
    if (e.kind !== 'dataEntity') continue;
    const bySystem = holders.get(e.id);
    if (bySystem && bySystem.size > 1) spread.push({ data: e, holders: [...bySystem].map(([id, h]) => ({ id, name: doc.elements.get(id)?.name ?? id, ...h })) });
    const owner = e.ownerAgency?.trim();
    const storedAt = e.dataLifecycle?.storedAt;
    if (owner && !own.has(owner.toLowerCase()) && namesAStore(storedAt)) retained.push({ data: e, owner, storedAt: storedAt.trim(), retention: e.dataLifecycle?.retention?.trim() || undefined });
  }
  return { spread, retained };
}

/** Copies listed in one line at most; past this, "dan N lagi" (an imported model can have thousands). */
const COPIES_LISTED = 8;

function listed(entries: string[], lang: Lang): string {
  if (entries.length <= COPIES_LISTED) return entries.join('; ');
  return fill(CHECKLIST_STRINGS[lang].ev.more, { names: entries.slice(0, COPIES_LISTED).join('; '), n: entries.length - COPIES_LISTED });
}

/** "Maklumat Calon — Sistem Pengambilan Pekerja (ditawan), Sistem XY (SFTP), Sistem YZ (API)", each copy so named. */
export function spreadList(copies: readonly SpreadCopy[], lang: Lang): string {
  const ev = CHECKLIST_STRINGS[lang].ev;
  const how = (h: SpreadCopy['holders'][number]) => [...(h.captured ? [ev.copyCaptured] : []), ...h.methods.map((m) => label(lang, 'flowMethod', m))].join(', ');
  return listed(copies.map((c) => `${c.data.name} — ${c.holders.map((h) => (how(h) ? `${h.name} (${how(h)})` : h.name)).join(', ')}`), lang);
}

/** "Keputusan Tapisan Calon (milik Agensi A) — <store>; tempoh simpanan: <retention>". */
export function retainedList(copies: readonly RetainedCopy[], lang: Lang): string {
  const ev = CHECKLIST_STRINGS[lang].ev;
  return listed(copies.map((c) => `${c.data.name} (${fill(ev.copyOwner, { owner: c.owner })}) — ${c.storedAt}${c.retention ? `; ${fill(ev.retention, { retention: c.retention })}` : ''}`), lang);
}

/** Both kinds of copy in one list, for a line that names the evidence. */
export function copiesList(copies: DataCopies, lang: Lang): string {
  return [copies.spread.length ? spreadList(copies.spread, lang) : '', copies.retained.length ? retainedList(copies.retained, lang) : ''].filter(Boolean).join('; ');
}
