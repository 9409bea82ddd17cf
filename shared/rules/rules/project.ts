/**
 * Rules on the project as a reviewer reads its paper and IDDs: the document facts (003 Lampiran A;
 * 001 Jadual 4-1), objectives with measurable results (001 §3.2.1 a), the RASA check (Jadual 4-1
 * A.1.a iii), the roles of a WoG project (Jadual 4-1 langkah 6) and the sector's own registries and
 * repositories (001 §3.2.1 c, Rajah 2-13).
 */
import { projectCost } from '../../model/proposal';
import { globalRule } from '../define';
import { labels, nameList, norm } from '../helpers';
import type { Bilingual } from '../types';

const FACTS = [
  { key: 'version', name: { ms: 'Versi dokumen', en: 'document version' } },
  { key: 'agensiInduk', name: { ms: 'Agensi Induk', en: 'parent agency (Agensi Induk)' } },
  { key: 'author', name: { ms: 'Disediakan oleh', en: 'prepared by' } },
] as const;

const COST: Bilingual = { ms: 'Anggaran Kos', en: 'cost estimate (Anggaran Kos)' };

export const documentFacts = globalRule({
  id: 'meta.documentFacts',
  severity: 'advice',
  title: { ms: 'Maklumat dokumen diisi: versi, agensi induk, penyedia, anggaran kos', en: 'Document facts are filled in: version, parent agency, preparer, cost estimate' },
  message: { ms: 'Maklumat projek belum diisi: {missing}; kertas cadangan dan IDD mencetaknya sebagai kosong.', en: 'Project facts not filled in: {missing}; the proposal paper and the IDDs print them blank.' },
  source: '003 Lampiran A (VERSI DOKUMEN, NAMA AGENSI INDUK, Disediakan Oleh); 001 §4.3.5, Jadual 4-1 langkah 12 d (Anggaran Kos)',
  fixHint: {
    ms: 'Isi dalam Maklumat Projek: versi dokumen, agensi induk (kementerian), nama penyedia, dan jadual anggaran kos (berdasarkan Katalog Anggaran Harga atau kajian pasaran, §4.3.5).',
    en: 'Fill in Project Details: document version, parent agency (ministry), preparer, and the cost table (from the Katalog Anggaran Harga or a market study, §4.3.5).',
  },
  reads: ['meta'],
  run(ctx, emit) {
    const m = ctx.doc.meta;
    const missing: Bilingual[] = FACTS.filter((f) => !m[f.key]?.trim()).map((f) => f.name);
    if (!projectCost(m)) missing.push(COST);
    if (missing.length) emit({ missing: { ms: missing.map((x) => x.ms).join(', '), en: missing.map((x) => x.en).join(', ') } });
  },
});

export const objectivesKpi = globalRule({
  id: 'meta.objectivesKpi',
  severity: 'warning',
  title: { ms: 'Objektif mempunyai hasil yang boleh diukur (KPI)', en: 'Objectives have a measurable result (KPI)' },
  message: { ms: '{problem}', en: '{problem}' },
  source: '001 §3.2.1 a; Jadual 4-1 A.1.a ii',
  fixHint: {
    ms: 'Bagi setiap objektif dalam Maklumat Projek, nyatakan ukuran (KPI), nilai semasa dan sasaran beserta tarikhnya: "Objektif pelaksanaan projek … hendaklah jelas dan mempunyai hasil yang boleh diukur" (§3.2.1 a).',
    en: 'For each objective in Project Details, state the measure (KPI), its current value and the target with its date: the objectives "hendaklah jelas dan mempunyai hasil yang boleh diukur" (§3.2.1 a).',
  },
  reads: ['meta'],
  run(ctx, emit) {
    const m = ctx.doc.meta;
    const listed = m.measurableObjectives ?? [];
    if (!listed.length) {
      if (m.objectives?.trim()) emit({ problem: { ms: 'Objektif projek dinyatakan tanpa sebarang hasil yang boleh diukur (KPI dan sasaran).', en: 'The project objectives are stated without any measurable result (KPI and target).' } });
      return;
    }
    const vague = listed.filter((o) => !o.measure?.trim() || !o.target?.trim()).map((o) => o.objective);
    if (vague.length) {
      const names = nameList(vague, 3);
      emit({ problem: { ms: `Objektif ${names.ms} tiada ukuran (KPI) atau sasaran yang boleh diukur.`, en: `Objectives ${names.en} have no measure (KPI) or measurable target.` } });
    }
  },
});

export const rasaNotChecked = globalRule({
  id: 'meta.rasaNotChecked',
  severity: 'advice',
  title: { ms: 'Pertindihan aplikasi disemak terhadap RASA', en: 'Duplicate applications are checked against RASA' },
  message: {
    ms: 'Senarai aplikasi agensi (Repositori Aplikasi Sektor Awam, RASA) belum diimport: pertindihan skop dan fungsi aplikasi dengan agensi lain belum disemak.',
    en: 'No agency application list (Public Sector Application Repository, RASA) is imported: overlapping scope and application functions with other agencies have not been checked.',
  },
  source: '001 Jadual 4-1 A.1.a iii; §4.2.2 a',
  fixHint: {
    ms: 'Muat turun senarai aplikasi berkaitan daripada RASA (https://www.rasa.jdn.gov.my) dan importnya: Katalog Ekosistem Sektor › Import senarai aplikasi agensi (CSV), atau lakar check --apps.',
    en: 'Download the relevant application list from RASA (https://www.rasa.jdn.gov.my) and import it: Sector Ecosystem Catalogue › Import agency application list (CSV), or lakar check --apps.',
  },
  reads: ['meta'],
  run(ctx, emit) {
    if (ctx.agencyApplications.length === 0) emit({});
  },
});

export const sameAgencyAllRoles = globalRule({
  id: 'wog.sameAgencyAllRoles',
  severity: 'advice',
  title: { ms: 'Peranan projek WoG dipertimbangkan merentas agensi', en: 'The roles of a WoG project are considered across agencies' },
  message: {
    ms: 'Projek WoG: keempat-empat peranan (pemilik, peneraju, pelaksana projek dan pelaksana perolehan) dipegang oleh {agency}.',
    en: 'WoG project: all four roles (owner, lead, implementer and procurement implementer) are held by {agency}.',
  },
  source: '001 Jadual 4-1 langkah 6, 12; §3.2.3 c; Jadual 4-1 A.1.a iv',
  fixHint: {
    ms: 'Pasukan Digital Sektor menetapkan Peneraju dan Pemilik Projek (Jadual 4-1 langkah 6) dan JTISA menetapkan Pelaksana Projek dan Pelaksana Perolehan (langkah 12); agensi dengan perkhidmatan berkaitan perlu bersedia bekerjasama dalam peranan ini (§3.2.3 c). Cadangkan peranan bagi agensi lain yang terlibat, atau nyatakan mengapa satu agensi memegang semuanya.',
    en: 'The Sector Digital Team names the project lead and owner (Jadual 4-1 step 6) and JTISA the implementer and procurement implementer (step 12); agencies with related services should be ready to take these roles (§3.2.3 c). Propose roles for the other agencies involved, or state why one agency holds them all.',
  },
  reads: ['meta'],
  run(ctx, emit) {
    const m = ctx.doc.meta;
    if (m.category !== 'wog') return;
    const roles = [m.pemilikProjek, m.penerajuProjek, m.pelaksanaProjek, m.pelaksanaPerolehan].map((a) => a?.trim() ?? '');
    if (roles.some((r) => !r)) return;
    if (new Set(roles.map((r) => norm(r))).size === 1) emit({ agency: roles[0] });
  },
});

export const sectorRefsUnused = globalRule({
  id: 'catalogue.sectorRefsUnused',
  severity: 'advice',
  title: { ms: 'Registri dan repositori sektor projek digunakan atau ditolak', en: 'The project sector’s registries and repositories are used or declined' },
  message: {
    ms: 'Registri dan repositori Sektor {sector} yang tidak digunakan dalam model dan tidak ditolak dengan sebab: {refs}.',
    en: 'Registries and repositories of the {sector} sector neither used in the model nor declined with a reason: {refs}.',
  },
  source: '001 §3.2.1 c, §3.2.3 b, §2.6.4, Rajah 2-13; Jadual 4-1 A.1.a vii',
  fixHint: {
    ms: 'Bagi setiap satu, kaitkan data model dengannya (medan Registri/Repositori), atau tolaknya dengan sebab dalam Katalog Ekosistem Sektor › Registri dan repositori sektor projek (cth. data ini tidak diperlukan oleh perkhidmatan).',
    en: 'For each, link the model’s data to it (Registry/Repository field), or decline it with a reason in Sector Ecosystem Catalogue › Registries and repositories of the project sector (e.g. the service does not need this data).',
  },
  reads: ['meta', 'el:dataEntity'],
  // the data's registry and repository references and the catalogue's names, never an element's name
  readsNoNames: true,
  // only the catalogue references of data are read (a paste of data without them reran it)
  matters: { 'el:dataEntity': (e) => e.kind === 'dataEntity' && !!(e.registryRef || e.repositoryRef) },
  run(ctx, emit) {
    const sector = ctx.doc.meta.sector;
    if (!sector) return;
    const used = new Set<string>();
    for (const e of ctx.graph.elementsOf('dataEntity')) {
      if (e.registryRef) used.add(e.registryRef);
      if (e.repositoryRef) used.add(e.repositoryRef);
    }
    for (const d of ctx.doc.meta.declinedCatalogueRefs ?? []) used.add(d.ref);
    const open: Bilingual[] = [];
    for (const r of ctx.catalogue.catalogue.registries) if (r.sector === sector && !used.has(r.id)) open.push({ ms: `Registri ${r.name.ms}`, en: `${r.name.en} Registry` });
    for (const r of ctx.catalogue.catalogue.repositories) if (r.sector === sector && !used.has(r.id)) open.push({ ms: `Repositori ${r.name.ms}`, en: `${r.name.en} Repository` });
    if (!open.length) return;
    const ms = nameList(open.map((o) => o.ms), 8).ms;
    const en = nameList(open.map((o) => o.en), 8).en;
    emit({ sector: labels('sector', sector), refs: { ms, en } });
  },
});

export const PROJECT_RULES = [documentFacts, objectivesKpi, rasaNotChecked, sameAgencyAllRoles, sectorRefsUnused];
