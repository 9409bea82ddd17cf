/**
 * `json` with the generator's element ids (`el_0` … `el_99999`, at most 8 characters) made as long as
 * the app's (`newId`: `el_` and 12 characters). Why: JSON.parse makes one shared string of every text
 * of up to 10 characters (V8 internalizes them), so with the generator's ids a relation's ends are
 * the very string of the element's id, as they never are in a project saved by the app, where each
 * end is a copy of its own and every lookup by id compares characters.
 */
export function withAppLengthIds(json: string): string {
  return json.replace(/"el_(\d+)"/g, (_whole, digits: string) => `"el_${digits.padStart(12, '0')}"`);
}
