/**
 * Catalogue update files. Registries and repositories are dynamic and grow over time (001 §2.6.4),
 * so a project can carry an update (`meta.catalogueUpdate`) merged over the built-in catalogue; the
 * check of a project is then reproducible on any machine. A bad file is rejected with a message
 * naming the problem, and the catalogue in use is left as it was.
 */
import type { z } from 'zod';
import { BUILTIN_CATALOGUE, CatalogueIndex } from './catalogue';
import { CATALOGUE_UPDATE_FORMAT, catalogueUpdateSchema, type Bilingual, type Catalogue, type CatalogueUpdate } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Bilingual };

const MAX_ISSUES = 5;

/** zod issues as readable "path: message" lines (at most five). */
function issueLines(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, MAX_ISSUES).map((i) => `${i.path.length ? i.path.join('.') : '(akar)'}: ${i.message}`);
  if (issues.length > MAX_ISSUES) lines.push(`… +${issues.length - MAX_ISSUES}`);
  return lines.join('; ');
}

/** Parse and validate a catalogue update file (its text or an already parsed value) against `base`. */
export function parseCatalogueUpdate(input: string | unknown, base: Catalogue = BUILTIN_CATALOGUE): ParseResult<CatalogueUpdate> {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      const msg = (e as Error).message;
      return { ok: false, error: { ms: `Fail kemas kini katalog bukan JSON yang sah: ${msg}`, en: `The catalogue update file is not valid JSON: ${msg}` } };
    }
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== CATALOGUE_UPDATE_FORMAT) {
    return {
      ok: false,
      error: {
        ms: `Fail ini bukan fail kemas kini katalog Lakar: medan "format" mestilah "${CATALOGUE_UPDATE_FORMAT}".`,
        en: `This is not a Lakar catalogue update file: the "format" field must be "${CATALOGUE_UPDATE_FORMAT}".`,
      },
    };
  }
  const parsed = catalogueUpdateSchema.safeParse(value);
  if (!parsed.success) {
    const lines = issueLines(parsed.error.issues);
    return { ok: false, error: { ms: `Fail kemas kini katalog tidak sah — ${lines}`, en: `The catalogue update file is invalid — ${lines}` } };
  }
  const problem = semanticProblem(parsed.data, base);
  return problem ? { ok: false, error: problem } : { ok: true, value: parsed.data };
}

/** Checks zod cannot express: id prefixes, duplicates, removals and cross references. */
function semanticProblem(update: CatalogueUpdate, base: Catalogue): Bilingual | undefined {
  const entries = [...(update.registries ?? []), ...(update.repositories ?? [])];
  if (entries.length === 0 && (update.remove ?? []).length === 0) {
    return { ms: 'Fail kemas kini katalog tidak mengandungi sebarang registri, repositori atau "remove".', en: 'The catalogue update file contains no registries, repositories or "remove" list.' };
  }
  const seen = new Set<string>();
  for (const e of entries) {
    const prefixSector = e.id.split('.')[1];
    if (prefixSector !== e.sector) {
      return { ms: `Id "${e.id}" tidak sepadan dengan sektor "${e.sector}" (id mestilah bermula dengan sektornya).`, en: `Id "${e.id}" does not match its sector "${e.sector}" (the id must carry its sector).` };
    }
    if (seen.has(e.id)) return { ms: `Id "${e.id}" berulang dalam fail.`, en: `Id "${e.id}" appears more than once in the file.` };
    seen.add(e.id);
  }
  const existing = new Set([...base.registries.map((r) => r.id), ...base.repositories.map((r) => r.id)]);
  for (const id of update.remove ?? []) {
    if (!existing.has(id)) return { ms: `Tidak boleh membuang "${id}": tiada dalam katalog semasa.`, en: `Cannot remove "${id}": it is not in the current catalogue.` };
    if (seen.has(id)) return { ms: `Id "${id}" dikemas kini dan dibuang dalam fail yang sama.`, en: `Id "${id}" is both updated and removed in the same file.` };
  }
  const merged = mergeCatalogue(base, update);
  const registryIds = new Set(merged.registries.map((r) => r.id));
  for (const repo of merged.repositories) {
    for (const ref of repo.refersTo ?? []) {
      if (!registryIds.has(ref)) return { ms: `Repositori "${repo.id}" merujuk registri "${ref}" yang tiada dalam katalog.`, en: `Repository "${repo.id}" refers to registry "${ref}", which is not in the catalogue.` };
    }
  }
  return undefined;
}

/** `base` with `update` applied: same ids replaced, new ids appended, `remove` ids withdrawn. */
export function mergeCatalogue(base: Catalogue, update: CatalogueUpdate): Catalogue {
  const removed = new Set(update.remove ?? []);
  const merge = <T extends { id: string }>(current: readonly T[], incoming: readonly T[] = []): T[] => {
    const byId = new Map(incoming.map((e) => [e.id, e]));
    const out = current.filter((e) => !removed.has(e.id)).map((e) => byId.get(e.id) ?? e);
    const known = new Set(current.map((e) => e.id));
    for (const e of incoming) if (!known.has(e.id)) out.push(e);
    return out;
  };
  return {
    ...base,
    version: update.version,
    updates: [...base.updates, { version: update.version, source: update.source }],
    registries: merge(base.registries, update.registries),
    repositories: merge(base.repositories, update.repositories),
  };
}

const resolved = new WeakMap<CatalogueUpdate, CatalogueIndex>();

/**
 * Index of the catalogue a project uses: the built-in one, with the project's update merged over it.
 * Cached per update object, so repeated checks of an unchanged project reuse it.
 */
export function resolveCatalogueIndex(update: CatalogueUpdate | undefined, builtin: () => CatalogueIndex): CatalogueIndex {
  if (!update) return builtin();
  let index = resolved.get(update);
  if (!index) {
    index = new CatalogueIndex(mergeCatalogue(BUILTIN_CATALOGUE, update));
    resolved.set(update, index);
  }
  return index;
}

/** Counts shown after an update is applied ("+2 registri, 1 repositori dikemas kini, 1 dibuang"). */
export function summarizeUpdate(update: CatalogueUpdate, base: Catalogue = BUILTIN_CATALOGUE): { added: number; replaced: number; removed: number } {
  const existing = new Set([...base.registries.map((r) => r.id), ...base.repositories.map((r) => r.id)]);
  let added = 0;
  let replaced = 0;
  for (const e of [...(update.registries ?? []), ...(update.repositories ?? [])]) {
    if (existing.has(e.id)) replaced++;
    else added++;
  }
  return { added, replaced, removed: (update.remove ?? []).length };
}
