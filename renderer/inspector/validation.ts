/**
 * Inline messages from a rejected command: `CommandError.details` carry the path of each bad field
 * and zod's message; this turns them into the user's language, keyed by field path
 * (`name`, `hardware.0.quantity`).
 */
import type { TFunction } from 'i18next';
import type { CommandError } from '../../shared/commands';
import { WEB_ADDRESS_MESSAGE } from '../../shared/model/formats';

/** The i18n key and parameters of one zod message. */
export function messageKey(message: string | number | undefined): { key: string; params?: Record<string, string> } {
  const m = String(message ?? '');
  if (m === 'name.required') return { key: 'validation.nameRequired' };
  if (m === WEB_ADDRESS_MESSAGE) return { key: 'validation.webAddress' };
  let r: RegExpExecArray | null;
  if ((r = /expected number to be >(=?)(-?[\d.e+]+)/.exec(m))) return { key: r[1] ? 'validation.min' : 'validation.positive', params: { min: r[2] } };
  if ((r = /expected number to be <=?(-?[\d.e+]+)/.exec(m))) return { key: 'validation.max', params: { max: r[1] } };
  if ((r = /expected string to have <=(\d+) characters/.exec(m))) return { key: 'validation.tooLong', params: { max: r[1] } };
  if (/expected string to have >=1 characters/.test(m)) return { key: 'validation.required' };
  if (/expected int\b/.test(m)) return { key: 'validation.integer' };
  if (/expected number/.test(m)) return { key: 'validation.number' };
  if (/Invalid option/.test(m)) return { key: 'validation.option' };
  return { key: 'validation.invalid', params: { message: m } };
}

/** Messages of a rejected command per field path; errors without a path go under ''. */
export function fieldErrors(error: CommandError, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  if (error.details.length === 0) {
    out[''] = t(`errors:${error.key}`, { defaultValue: error.key });
    return out;
  }
  for (const d of error.details) {
    const path = (d.path ?? []).join('.');
    if (out[path]) continue;
    const params = d.params ?? {};
    // errors that are about the model, not a field value (relation not allowed…), have their own message
    if (!d.path?.length && !('message' in params)) out[path] = t(`errors:${error.key}`, { ...params, defaultValue: error.key });
    else {
      const { key, params: p } = messageKey(params.message);
      out[path] = t(key, p);
    }
  }
  return out;
}
