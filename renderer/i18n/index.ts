/**
 * i18next set-up. Bahasa Melayu (`ms`) is the default, English (`en`) the alternative.
 * Namespaces:
 *  - every `renderer/i18n/locales/<lang>/<namespace>.json` (picked up automatically: a feature adds
 *    its own `canvas.json`, `checker.json`… in both languages and uses `useTranslation('canvas')`);
 *  - `domain`: labels of the LMV vocabulary from shared/i18n (also used by the CLI and the PDF);
 *  - `errors`: messages of error keys from shared/i18n/errors.ts, when that module exists.
 */
import i18next, { type i18n as I18n, type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DOMAIN_MESSAGES } from '../../shared/i18n';

export type Language = 'ms' | 'en';
export const LANGUAGES: readonly Language[] = ['ms', 'en'];
export const DEFAULT_LANGUAGE: Language = 'ms';

const localeFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });
// optional until it lands: a glob that matches nothing yields no module
const errorModules = import.meta.glob<Record<string, unknown>>('../../shared/i18n/errors.ts', { eager: true });

type Messages = Record<string, unknown>;

function isLangTable(v: unknown): v is Record<Language, Messages> {
  return typeof v === 'object' && v !== null && LANGUAGES.every((l) => typeof (v as Record<string, unknown>)[l] === 'object');
}

/** The `{ ms, en }` error messages exported by shared/i18n/errors.ts, whatever the export is called. */
function errorMessages(): Record<Language, Messages> | null {
  for (const mod of Object.values(errorModules)) {
    for (const value of Object.values(mod)) if (isLangTable(value)) return value;
  }
  return null;
}

/** All translation resources: JSON namespaces per language plus `domain` and `errors`. */
export function buildResources(): Resource {
  const resources: Record<string, ResourceLanguage> = {};
  for (const lang of LANGUAGES) resources[lang] = {};
  for (const [path, messages] of Object.entries(localeFiles)) {
    const m = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m || !(LANGUAGES as readonly string[]).includes(m[1])) continue;
    resources[m[1]][m[2]] = messages as ResourceLanguage[string];
  }
  const errors = errorMessages();
  for (const lang of LANGUAGES) {
    resources[lang].domain = DOMAIN_MESSAGES[lang] as unknown as ResourceLanguage[string];
    if (errors) resources[lang].errors = errors[lang] as ResourceLanguage[string];
  }
  return resources;
}

/** Namespaces present in the resources (every language has the same set; a test checks it). */
export function namespaces(resources: Resource = buildResources()): string[] {
  return Object.keys(resources[DEFAULT_LANGUAGE] ?? {});
}

/** Initialise i18next for React in `language`; safe to call once at startup. */
export async function initI18n(language: Language = DEFAULT_LANGUAGE): Promise<I18n> {
  const resources = buildResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: namespaces(resources),
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}

/** Switch the UI language (the caller persists it in settings). */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

function applyDocumentLanguage(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export { i18next };
