/**
 * What Lakar can tell the reviewer about each step-4a item and step-8 criterion from the model and
 * the checker: the facts recorded for it (sites for Pengurusan Pusat Data, networks and speeds for
 * Pengurusan Rangkaian, controls and classified data for Pengurusan Keselamatan Siber …) and the
 * checker's findings that concern it. It is offered as evidence the reviewer accepts or edits; no
 * verdict is ever derived from it.
 */
import { label, type Lang } from '../i18n';
import type { LakarDocument } from '../model/schema';
import { projectCost } from '../model/proposal';
import { LIFECYCLES } from '../model/vocabulary';
import { ModelIndex, joinNames } from '../export/pdf/model-index';
import { formatSpeed } from '../export/pdf/sections';
import { builtinCatalogueIndex } from '../catalogue/catalogue';
import { resolveCatalogueIndex } from '../catalogue/update';
import type { CheckReport, Problem } from '../rules/types';
import { isInternalSystem } from '../checklist/agencies';
import type { AnalysisItem, Criterion } from './vocabulary';

export interface Evidence {
  /** Facts from the model, one line each. */
  facts: string[];
  /** Checker findings that concern this item. */
  findings: Problem[];
}

const W = {
  ms: {
    none: 'Tiada dalam model.', sector: 'Sektor', domain: 'Domain perkhidmatan', services: 'Perkhidmatan', category: 'Kategori projek', objectives: 'Objektif',
    withRegistry: 'merujuk registri', withRepository: 'merujuk repositori', noRegistry: 'Tiada data merujuk registri.', noRepository: 'Tiada data merujuk repositori.',
    channels: 'Medium perkhidmatan', platforms: 'Platform', owner: 'Pemilik Projek', lead: 'Peneraju Projek', implementer: 'Pelaksana Projek', procurement: 'Pelaksana Perolehan',
    cost: 'Anggaran kos', version: 'Versi kertas cadangan', processes: 'Proses peringkat tinggi', generic: 'dipetakan kepada proses umum Rajah 3-2',
    apps: 'Aplikasi', modules: 'modul', appServices: 'perkhidmatan aplikasi', external: 'Sistem luaran', internal: 'Sistem dalaman', data: 'Data/maklumat', classification: 'klasifikasi',
    personal: 'data peribadi', flows: 'Aliran data', hosted: 'menempatkan', hardware: 'perkakasan', software: 'perisian', placement: 'penempatan', network: 'Rangkaian', connects: 'menghubungkan', speed: 'kelajuan tidak dinyatakan',
    controls: 'Kawalan keselamatan', protects: 'melindungi', classified: 'Data terperingkat (Sulit ke atas)', flowsClassified: 'Aliran data terperingkat', site: 'Lokasi', outcomes: 'Keberhasilan dijangka',
  },
  en: {
    none: 'Not in the model.', sector: 'Sector', domain: 'Service domain', services: 'Services', category: 'Project category', objectives: 'Objectives',
    withRegistry: 'refers to a registry', withRepository: 'refers to a repository', noRegistry: 'No data refers to a registry.', noRepository: 'No data refers to a repository.',
    channels: 'Service channels', platforms: 'Platforms', owner: 'Project owner', lead: 'Project lead', implementer: 'Implementer', procurement: 'Procurement implementer',
    cost: 'Estimated cost', version: 'Proposal version', processes: 'High-level processes', generic: 'mapped to the generic processes of Figure 3-2',
    apps: 'Applications', modules: 'modules', appServices: 'application services', external: 'External systems', internal: 'Internal systems', data: 'Data', classification: 'classification',
    personal: 'personal data', flows: 'Data flows', hosted: 'hosts', hardware: 'hardware', software: 'software', placement: 'placement', network: 'Network', connects: 'connects', speed: 'speed not stated',
    controls: 'Security controls', protects: 'protects', classified: 'Classified data (Sulit and above)', flowsClassified: 'Classified data flows', site: 'Site', outcomes: 'Expected outcomes',
  },
};

/** Which checker rules (by id prefix) concern each item. */
const RULES_OF: Record<AnalysisItem | Criterion, readonly string[]> = {
  sektor: ['meta.sectorMissing', 'meta.domain', 'service.domain', 'service.functionSector', 'targetGroup.otherSector'],
  inisiatifTumpuan: ['meta.categoryMissing', 'wog.', 'agensiSpesifik.'],
  registri: ['data.onceOnly', 'data.registry', 'data.catalogueRefUnknown', 'data.supplierMissing'],
  repositori: ['data.catalogueRefUnknown', 'data.onceOnlyLikely'],
  ekosistem: ['dpi.', 'targetGroup.', 'channel.', 'lmv.bandEmpty'],
  pengurusanProjek: ['meta.'],
  perancanganStrategikIct: ['wog.', 'agensiSpesifik.', 'service.', 'process.', 'meta.outcomesMissing'],
  pembangunanSistem: ['app.', 'module.', 'dpi.', 'flow.serviceId', 'flow.idd', 'flow.fieldsMissing'],
  pengurusanPangkalanData: ['data.', 'flow.noData', 'flow.methodCategory'],
  pengurusanPusatData: ['site.', 'infra.sharedInfrastructure', 'app.notHosted'],
  pengurusanRangkaian: ['network.', 'site.noNetwork', 'infra.myGovNet'],
  pengurusanKeselamatanSiber: ['infra.classifiedControls', 'flow.classifiedByEmail', 'data.classificationMissing', 'channel.classifiedData'],
};

const SENSITIVE = new Set(['sulit', 'rahsia', 'rahsiaBesar']);

/** Evidence for every step-4a item and step-8 criterion of `doc`, with the findings of `report`. */
export function reviewEvidence(doc: LakarDocument, lang: Lang, report?: CheckReport): Record<AnalysisItem | Criterion, Evidence> {
  const w = W[lang];
  const m = new ModelIndex(doc);
  const meta = doc.meta;
  const catalogue = resolveCatalogueIndex(meta.catalogueUpdate, builtinCatalogueIndex);
  const ref = (r: string) => {
    const n = catalogue.refName(r, lang);
    return n ? `${n} (${r})` : r;
  };
  const list = (title: string, names: string) => (names ? `${title}: ${names}` : '');
  const data = m.of('dataEntity');
  const systems = m.of('externalSystem');
  const systemName = (s: (typeof systems)[number]) => `${s.name}${s.agency ? ` (${s.agency})` : ''}`;
  const sensitive = data.filter((d) => d.classification && SENSITIVE.has(d.classification));

  const facts: Record<AnalysisItem | Criterion, string[]> = {
    sektor: [meta.sector ? `${w.sector}: ${label(lang, 'sector', meta.sector)}` : '', meta.serviceDomain ? `${w.domain}: ${meta.serviceDomain}` : '', ...m.of('service').map((s) => `${w.services}: ${s.name}${s.serviceDomain ? ` — ${s.serviceDomain}` : ''}`)],
    inisiatifTumpuan: [meta.category ? `${w.category}: ${label(lang, 'projectCategory', meta.category)}` : '', meta.objectives ? `${w.objectives}: ${meta.objectives}` : '', ...m.of('service').filter((s) => s.e2eCategory).map((s) => `${s.name}: ${label(lang, 'e2eCategory', s.e2eCategory)}`)],
    registri: data.filter((d) => d.registryRef).map((d) => `${d.name} ${w.withRegistry} ${ref(d.registryRef!)}`),
    repositori: data.filter((d) => d.repositoryRef).map((d) => `${d.name} ${w.withRepository} ${ref(d.repositoryRef!)}`),
    ekosistem: [
      ...LIFECYCLES.map((lc) => list(lc, joinNames(m.of('targetGroup').filter((t) => t.lifecycle === lc).map((t) => t.name)))),
      list(w.channels, joinNames(m.of('channel').map((c) => c.name))),
      list(w.platforms, joinNames(m.of('platform').map((p) => `${p.name} (${label(lang, 'platformType', p.platformType)})`))),
    ],
    pengurusanProjek: [
      list(w.owner, meta.pemilikProjek ?? ''),
      list(w.lead, meta.penerajuProjek ?? ''),
      list(w.implementer, meta.pelaksanaProjek ?? ''),
      list(w.procurement, meta.pelaksanaPerolehan ?? ''),
      projectCost(meta) !== undefined ? `${w.cost}: RM ${projectCost(meta)!.toLocaleString('en-US')}` : '',
      list(w.version, meta.version ?? ''),
      list(w.outcomes, joinNames(Object.values(meta.expectedOutcomes ?? {}))),
    ],
    perancanganStrategikIct: [
      meta.category ? `${w.category}: ${label(lang, 'projectCategory', meta.category)}` : '',
      list(w.services, joinNames(m.of('service').map((s) => s.name))),
      m.of('process').length ? `${w.processes}: ${m.of('process').length}; ${m.of('process').filter((p) => p.genericProcess).length} ${w.generic}` : '',
    ],
    pembangunanSistem: [
      ...m.of('application').map((a) => `${w.apps}: ${a.name}${a.category ? ` (${label(lang, 'applicationCategory', a.category)})` : ''}; ${m.of('module').filter((x) => x.parentId === a.id).length} ${w.modules}`),
      m.of('appService').length ? `${m.of('appService').length} ${w.appServices}` : '',
      list(w.platforms, joinNames(m.of('platform').map((p) => p.name))),
      // the agency's own systems apart from other agencies', as the paper's table and the LMV call them (001 §3.3.4 f)
      list(w.internal, joinNames(systems.filter((s) => isInternalSystem(doc, s)).map(systemName))),
      list(w.external, joinNames(systems.filter((s) => !isInternalSystem(doc, s)).map(systemName))),
    ],
    pengurusanPangkalanData: [
      ...data.map((d) => `${w.data}: ${d.name}${d.classification ? ` — ${w.classification} ${label(lang, 'classification', d.classification)}` : ''}${d.personalData ? `, ${w.personal}` : ''}`),
      m.flows().length ? `${w.flows}: ${m.flows().length} (${joinNames(m.flows().map((f) => (f.method ? label(lang, 'flowMethod', f.method) : '')))})` : '',
    ],
    pengurusanPusatData: m.of('site').map((s) => {
      const hosted = m.sources(s.id, 'hostedOn');
      const hw = (s.hardware ?? []).map((h) => `${h.quantity} × ${h.item}`).join(', ');
      // what 001 §3.3.4 g asks each site to list: hardware with quantities, software, placement matters
      const listed = [[w.hardware, hw], [w.software, (s.software ?? []).join(', ')], [w.placement, (s.placement ?? []).join(', ')]].filter(([, v]) => v).map(([k, v]) => `; ${k}: ${v}`).join('');
      return `${w.site}: ${s.name} (${label(lang, 'siteType', s.siteType)}${s.location ? `, ${s.location}` : ''})${hosted ? ` ${w.hosted} ${hosted}` : ''}${listed}`;
    }),
    pengurusanRangkaian: m.of('network').map((n) => `${w.network}: ${n.name} (${label(lang, 'networkType', n.networkType)}, ${n.speedMbps ? formatSpeed(n.speedMbps) : w.speed})${m.targets(n.id, 'connects') ? ` ${w.connects} ${m.targets(n.id, 'connects')}` : ''}`),
    pengurusanKeselamatanSiber: [
      ...m.of('securityControl').map((c) => `${w.controls}: ${c.name} (${label(lang, 'securityControlType', c.controlType)})${m.targets(c.id, 'protects') ? ` ${w.protects} ${m.targets(c.id, 'protects')}` : ''}`),
      list(w.classified, joinNames(sensitive.map((d) => `${d.name} (${label(lang, 'classification', d.classification)})`))),
      list(w.flowsClassified, String(m.flows().filter((f) => SENSITIVE.has(m.flowClassification(f) ?? '')).length || '')),
    ],
  };
  if (facts.registri.length === 0) facts.registri.push(w.noRegistry);
  if (facts.repositori.length === 0) facts.repositori.push(w.noRepository);

  const problems = report?.problems ?? [];
  const out = {} as Record<AnalysisItem | Criterion, Evidence>;
  for (const key of Object.keys(facts) as (AnalysisItem | Criterion)[]) {
    const lines = facts[key].filter((l) => l.trim() !== '');
    out[key] = { facts: lines.length ? lines : [w.none], findings: problems.filter((p) => RULES_OF[key].some((prefix) => p.ruleId === prefix || p.ruleId.startsWith(prefix))) };
  }
  return out;
}

/** Evidence as text the reviewer can accept into the form and edit: facts, then findings. */
export function evidenceText(evidence: Evidence, lang: Lang): string {
  const findings = evidence.findings.map((p) => `• ${lang === 'ms' ? 'Semakan Lakar' : 'Lakar check'}: ${p.message[lang]}`);
  return [...evidence.facts.map((f) => `• ${f}`), ...findings].join('\n');
}
