/** Edit › Settings: interface language and autosave. Changes apply at once and are remembered. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useEditor } from '../../state/editor';
import { useShell } from '../shellStore';
import { setLanguage } from '../actions';
import { describeError } from '../../backend/errors';
import { LANGUAGES } from '../../i18n';
import type { Settings } from '../../../shared/ipc/contract';
import { StorageSettings } from '../../storage-safety/StorageSettings';

const MIN_INTERVAL = 5;
const MAX_INTERVAL = 3600;

/** The settings dialog. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const settings = useShell((s) => s.settings);
  const setSettings = useShell((s) => s.setSettings);
  const api = useEditor((s) => s.api);
  const setError = useEditor((s) => s.setError);
  const [interval, setIntervalText] = useState(String(settings.autosaveIntervalSec));
  const [intervalError, setIntervalError] = useState(false);
  const ids = { autosave: useId(), autosaveHint: useId(), interval: useId(), intervalError: useId(), language: useId() };

  const update = async (patch: Partial<Settings>) => {
    if (!api) return;
    try {
      setSettings(await api['settings:set'](patch));
    } catch (e) {
      setError(describeError(e));
    }
  };

  const onInterval = (text: string) => {
    setIntervalText(text);
    const n = Number(text);
    const ok = /^\d+$/.test(text.trim()) && n >= MIN_INTERVAL && n <= MAX_INTERVAL;
    setIntervalError(!ok);
    if (ok) void update({ autosaveIntervalSec: n });
  };

  return (
    <Modal
      title={t('shell:settings.title')}
      onCancel={onClose}
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('common:action.close')}
        </button>
      }
    >
      <fieldset className="field">
        <legend>{t('shell:settings.language')}</legend>
        {LANGUAGES.map((lang) => (
          <label key={lang} className="choice" lang={lang}>
            <input type="radio" name={ids.language} value={lang} checked={settings.language === lang} data-autofocus={(settings.language === lang) || undefined} onChange={() => void setLanguage(lang)} />
            {t(`common:language.${lang}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="choice">
          <input type="checkbox" checked={settings.autosave} aria-describedby={ids.autosaveHint} onChange={(e) => void update({ autosave: e.target.checked })} />
          {t('shell:settings.autosave')}
        </label>
        <p id={ids.autosaveHint} className="field-hint">
          {t('shell:settings.autosaveHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.interval}>{t('shell:settings.interval')}</label>
        <input
          id={ids.interval}
          inputMode="numeric"
          className="input-short"
          value={interval}
          disabled={!settings.autosave}
          onChange={(e) => onInterval(e.target.value)}
          aria-invalid={intervalError || undefined}
          aria-describedby={intervalError ? ids.intervalError : undefined}
        />
        {intervalError && (
          <p id={ids.intervalError} className="field-error" role="alert">
            {t('shell:settings.intervalInvalid', { min: MIN_INTERVAL, max: MAX_INTERVAL })}
          </p>
        )}
      </div>
      <StorageSettings />
    </Modal>
  );
}
