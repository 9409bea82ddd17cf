/**
 * Which inspector field each WoG rule is about, so a finding shows its message at the field (a
 * malformed Servis ID under "Servis ID") and not only in the Problems panel. Rules about the model
 * as a whole (a missing relation, a duplicate) belong to no field and stay in the panel.
 */
import { useMemo } from 'react';
import type { CheckReport, Problem, Severity } from '../../shared/rules';
import { useCheckReport } from '../problems/useCheckReport';
import { FindingsByTarget } from '../problems/findingsIndex';

/** Rule id → the fields of the element or relation it is about. */
export const RULE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'flow.serviceIdFormat': ['serviceId'],
  'flow.serviceIdSupplier': ['serviceId'],
  'flow.methodCategory': ['method'],
  'flow.classifiedByEmail': ['method'],
  'flow.classificationHandedOn': ['classification'],
  'flow.noData': ['dataEntityIds'],
  'flow.fieldsMissing': ['requestFields', 'responseFields'],
  'app.categoryMissing': ['category'],
  'module.parentMissing': ['parentId'],
  'module.parentCycle': ['parentId'],
  'data.classificationMissing': ['classification'],
  'data.catalogueRefUnknown': ['registryRef', 'repositoryRef'],
  'data.registryRefSuggest': ['registryRef'],
  'data.supplierMissing': ['ownerAgency'],
  'network.speedMissing': ['speedMbps'],
  'site.hardwareMissing': ['hardware'],
  'site.softwarePlacementMissing': ['software', 'placement'],
  'service.e2eMissing': ['e2eCategory'],
  'service.domainMissing': ['serviceDomain'],
  'service.domainUnknown': ['serviceDomain'],
  'service.domainSector': ['serviceDomain'],
  'process.unmapped': ['genericProcess'],
  'targetGroup.catalogue': ['group', 'subcategory'],
  'targetGroup.unspecified': ['group'],
  'targetGroup.persona': ['persona'],
};

/** A finding shown at a field. */
export interface FieldFinding {
  severity: Severity;
  text: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

/**
 * The findings about `target`'s fields, by field key, worst first. When a rule names two fields
 * and the finding quotes a value (Kumpulan Sasar "X" not in Jadual 2-1), it goes to the field holding that value.
 */
export function fieldFindings(problems: readonly Problem[], target: { id: string; values: Record<string, unknown> }, relation: boolean, lang: 'ms' | 'en'): Map<string, FieldFinding[]> {
  const out = new Map<string, FieldFinding[]>();
  for (const p of problems) {
    const fields = RULE_FIELDS[p.ruleId];
    if (!fields || !(relation ? p.relationIds : p.elementIds).includes(target.id)) continue;
    const quoted = typeof p.params?.value === 'string' ? p.params.value : undefined;
    const at = fields.length > 1 && quoted !== undefined ? fields.filter((f) => target.values[f] === quoted) : fields;
    for (const f of at.length ? at : fields.slice(0, 1)) {
      const list = out.get(f) ?? [];
      list.push({ severity: p.severity, text: p.message[lang] });
      out.set(f, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return out;
}

/** The live report's findings by the element or relation they name, one index for every inspector field. */
const byTarget = new FindingsByTarget();

/** The findings of `report` naming `id` (the index follows the report: a recheck costs what it changed). */
function findingsAbout(report: CheckReport | null, id: string, relation: boolean): readonly Problem[] {
  return byTarget.update(report).about(id, relation);
}

/** Live findings about the fields of the element (or relation) `target`. */
export function useFieldFindings(target: { id: string; values: Record<string, unknown> }, relation: boolean, lang: 'ms' | 'en'): Map<string, FieldFinding[]> {
  const { report } = useCheckReport();
  return useMemo(() => fieldFindings(findingsAbout(report, target.id, relation), target, relation, lang), [report, target, relation, lang]);
}
