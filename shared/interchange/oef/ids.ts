/**
 * Identifiers in OEF are xs:ID (an NCName, unique across the whole file) and Archi's CSV accepts
 * only [A-Za-z0-9._-]. Lakar ids are opaque strings unique per collection, so on export each id is
 * kept when it is already valid and unused, and otherwise rewritten; the original is then carried in
 * a `lakar:id` property so an import restores it.
 */

const VALID = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const MAX_ID = 190;

/** Hands out file-wide unique, valid identifiers. */
export class IdAllocator {
  private readonly used = new Set<string>();

  /** A valid unused identifier as close to `preferred` as possible; `changed` when it differs. */
  take(preferred: string): { id: string; changed: boolean } {
    let base = preferred;
    if (!VALID.test(base) || base.length > MAX_ID) {
      base = base.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, MAX_ID);
      if (!/^[A-Za-z_]/.test(base)) base = `id-${base}`;
    }
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return { id, changed: id !== preferred };
  }

  /** Reserve an identifier that must stay exactly as it is (returns false when already taken). */
  reserve(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }
}
