/** One-click language switch in the title bar (BM ⇄ EN); the choice is remembered in settings. */
import { useTranslation } from 'react-i18next';
import { useShell } from './shellStore';
import { setLanguage } from './actions';

/** Button naming the other language, in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useShell((s) => s.settings.language);
  const other = current === 'ms' ? 'en' : 'ms';
  const name = t(`common:language.${other}`);
  return (
    <button type="button" className="btn btn-quiet language-switch" lang={other} aria-label={t('shell:languageSwitch', { language: name })} onClick={() => void setLanguage(other)}>
      {name}
    </button>
  );
}
