/**
 * Bringing a document written by an older Lakar up to SCHEMA_VERSION, on plain JSON before zod
 * validation. One step per version, shared by every place a stored document enters: the `.lakar`
 * SQLite migrations (electron/store/migrations, for the rows they rewrite), `.lakar.json` import,
 * the browser edition's stored projects and recovery drafts, and ArchiMate files written by an older
 * Lakar. Steps never drop what the user entered: a field that changes shape is converted.
 */
import { SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/** Wording of the cost line made from a version-1 single estimate (kept in BM, the paper's language). */
export const V1_COST_COMPONENT = 'Anggaran kos keseluruhan';

/**
 * Version 1 → 2 of the project meta: the single `estimatedCost` becomes the first line of the cost
 * table `costs` (its basis left blank for the user to state). Returns a new object.
 */
export function upgradeMetaV1(meta: Json): Json {
  const { estimatedCost, ...rest } = meta;
  if (typeof estimatedCost === 'number' && Number.isFinite(estimatedCost) && !Array.isArray(rest.costs)) {
    rest.costs = [{ component: V1_COST_COMPONENT, amount: estimatedCost }];
  }
  return rest;
}

/** Meta upgrades: index i brings version i+1 to i+2. */
const META_STEPS: ((meta: Json) => Json)[] = [upgradeMetaV1];

/** The project meta of a document of version `from`, as the current version has it. */
export function upgradeMeta(meta: unknown, from: number): unknown {
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return meta;
  let out = meta as Json;
  for (let v = Math.max(from, 1); v < SCHEMA_VERSION; v++) out = META_STEPS[v - 1](out);
  return out;
}

export type UpgradeResult = { ok: true; doc: Json; from: number } | { ok: false; reason: 'tooNew' | 'noVersion'; version?: number };

/**
 * A whole document (`{ schemaVersion, meta, elements, relations, views }`) at the current version.
 * Elements, relations and views need no conversion up to version 2 (their new fields are optional).
 * Does not validate: the caller parses the result with documentSchema.
 */
export function upgradeDocument(raw: Json): UpgradeResult {
  const from = raw.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'noVersion' };
  if (from > SCHEMA_VERSION) return { ok: false, reason: 'tooNew', version: from };
  if (from === SCHEMA_VERSION) return { ok: true, doc: raw, from };
  return { ok: true, doc: { ...raw, schemaVersion: SCHEMA_VERSION, meta: upgradeMeta(raw.meta, from) }, from };
}
