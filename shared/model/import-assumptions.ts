/**
 * The assumptions of an import that still stand: until the user confirms them, each one remains for
 * as long as the model still carries it (a target group whose lifecycle the user changed from the
 * assumed G2C no longer counts; a deleted element neither). The app's banner and the paper's annex
 * both show these.
 */
import type { ImportAssumption } from './proposal';
import type { LakarDocument } from './schema';

/** The import's assumptions that still stand in `doc` (none once confirmed). */
export function standingImportAssumptions(doc: LakarDocument): ImportAssumption[] {
  const a = doc.meta.importAssumptions;
  if (!a || a.confirmedAt) return [];
  const out: ImportAssumption[] = [];
  for (const item of a.items) {
    if (!item.elementIds) {
      out.push(item);
      continue;
    }
    const ids = item.elementIds.filter((id) => {
      const e = doc.elements.get(id);
      if (!e) return false;
      if (item.kind === 'lifecycleAssumed') return e.kind === 'targetGroup' && e.lifecycle === (item.detail ?? 'G2C');
      return true;
    });
    if (ids.length) out.push({ ...item, count: ids.length, elementIds: ids });
  }
  return out;
}
