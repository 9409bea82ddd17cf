/**
 * Formats checked when a user edits a field (element.update, relation.update), not when a file is
 * opened or a model imported: a web address typed into the inspector must look like one, while a
 * file written before this check (or by another tool) still opens, so nothing saved is unreadable.
 */

/** zod-style message the inspector turns into "not a web address" in the user's language. */
export const WEB_ADDRESS_MESSAGE = 'url.invalid';

/** Fields holding a web address, per element or relation kind. */
export const WEB_ADDRESS_FIELDS: Readonly<Record<string, readonly string[]>> = {
  channel: ['url'],
  dataFlow: ['apiUrl'],
};

// scheme optional (users type "www.malaysia.gov.my"); a host with a dot or localhost; no spaces
const WEB_ADDRESS = /^(https?:\/\/)?(localhost|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(:\d{1,5})?([/?#]\S*)?$/i;

/** Whether `value` reads as a web address (http/https, or a bare host such as www.mygov.gov.my). */
export function isWebAddress(value: string): boolean {
  return WEB_ADDRESS.test(value.trim());
}

/** Paths and messages of the fields of `item` whose format is wrong; empty when all are fine. */
export function editFormatIssues(item: { kind: string } & Record<string, unknown>): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  for (const field of WEB_ADDRESS_FIELDS[item.kind] ?? []) {
    const value = item[field];
    if (typeof value === 'string' && value.trim() !== '' && !isWebAddress(value)) out.push({ path: [field], message: WEB_ADDRESS_MESSAGE });
  }
  return out;
}
