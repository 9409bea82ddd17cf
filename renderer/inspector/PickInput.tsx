/**
 * A pick-list from the catalogue that still takes free text: the catalogue's entries (e.g. the
 * target groups of Jadual 2-1 for the element's lifecycle and the project's sector), "none", and
 * "another value…", which shows a text field. A value not in the catalogue is kept and said to be
 * so (the checker warns about it too): nothing the user typed is lost.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import { FieldNotes, OptionList, type Commit } from './widgets';
import type { Choice } from './catalogueChoices';
import type { FieldFinding } from './ruleFields';

const OTHER = '\u0000other';

/** The pick-list input of a catalogue-backed text field. */
export function PickInput({ label, hint, commit, value, choices, findings }: { label: string; hint?: string; commit: Commit; value: string | undefined; choices: readonly Choice[]; findings?: readonly FieldFinding[] }) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const listed = value !== undefined && value !== '' && choices.some((c) => c.value === value);
  const [typing, setTyping] = useState(false);
  const own = typing || (value !== undefined && value !== '' && !listed);
  const [draft, setDraft] = useState<string | null>(null);
  const describedBy = [hint && `${id}-hint`, own && `${id}-own`, findings?.length && `${id}-finding`].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field field-pick">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={own ? OTHER : (value ?? '')}
        aria-describedby={describedBy}
        onChange={(e) => {
          const v = e.target.value;
          if (v === OTHER) {
            setTyping(true);
            return;
          }
          setTyping(false);
          setDraft(null);
          commit(v === '' ? undefined : v);
          useEditor.getState().sealHistory();
        }}
      >
        <option value="">{t('inspector.none')}</option>
        <OptionList options={choices} />
        <option value={OTHER}>{t('pick.other')}</option>
      </select>
      {own && (
        <input
          type="text"
          className="pick-own"
          aria-label={t('pick.ownLabel', { field: label })}
          aria-describedby={`${id}-own`}
          value={draft ?? value ?? ''}
          autoFocus={typing && !value}
          onChange={(e) => {
            setDraft(e.target.value);
            commit(e.target.value.trim() === '' ? undefined : e.target.value);
          }}
          onBlur={() => {
            setDraft(null);
            useEditor.getState().sealHistory();
          }}
        />
      )}
      <FieldNotes id={id} hint={hint} findings={findings}>
        {own && (
          <p id={`${id}-own`} className="field-hint">
            {t('pick.notListed')}
          </p>
        )}
      </FieldNotes>
    </div>
  );
}
