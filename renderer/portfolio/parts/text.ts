/** Texts the portfolio view computes: reasons for unreadable files, languages. */
import type { i18n as I18n } from 'i18next';
import { errorMessage } from '../../shell/Toasts';

/** The UI language as the shared modules name it. */
export function langOf(i18n: I18n): 'ms' | 'en' {
  return i18n.language === 'en' ? 'en' : 'ms';
}

/** An error payload (shared `errors`, or a namespaced key such as `interchange:error.x`) as text. */
export function reasonText(i18n: I18n, reason: { key: string; params?: Record<string, string | number> }): string {
  if (reason.key.includes(':') && i18n.exists(reason.key)) return i18n.t(reason.key, reason.params ?? {});
  return errorMessage(i18n, { key: reason.key, params: reason.params });
}
