/** The UI language as shared/i18n names it, for the review vocabulary's labels. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n';

/** `ms` or `en`, following the UI language. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('en') ? 'en' : 'ms';
}

/** The same outside React. */
export function langOf(language: string | undefined): Lang {
  return language?.startsWith('en') ? 'en' : 'ms';
}
