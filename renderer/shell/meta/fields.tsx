/**
 * Form fields bound to the document: the field keeps what the user typed, applies it through a
 * command when it is valid, shows an inline message when it is not (the model keeps its last valid
 * value), and follows the document when it changes elsewhere (undo, redo, recovery).
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from './validate';

interface BoundTextProps<T> {
  label: string;
  hint?: ReactNode;
  /** Value in the document. */
  value: T;
  toText(value: T): string;
  check(text: string): FieldCheck<T>;
  /** Apply a valid value (dispatch a command). */
  apply(value: T): void;
  /** True when `text` already stands for `value` (so a document change does not overwrite typing). */
  equivalent(text: string, value: T): boolean;
  /** End of a typing burst (seal the undo step). */
  onCommit?(): void;
  multiline?: boolean;
  inputMode?: 'text' | 'decimal';
  /** Extra line under the field, e.g. a formatted amount. */
  preview?(value: T): ReactNode;
  className?: string;
  name: string;
}

/** A text input or textarea bound to one document value. */
export function BoundText<T>(props: BoundTextProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState(() => props.toText(props.value));
  const [error, setError] = useState<{ messageKey: string; params?: Record<string, number> } | null>(null);
  const [seen, setSeen] = useState(props.value);

  if (seen !== props.value) {
    setSeen(props.value);
    if (!props.equivalent(text, props.value)) {
      setText(props.toText(props.value));
      setError(null);
    }
  }

  const onChange = (next: string) => {
    setText(next);
    const r = props.check(next);
    if (r.ok) {
      setError(null);
      props.apply(r.value);
    } else {
      setError({ messageKey: r.messageKey, params: r.params });
    }
  };

  const describedBy = [error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: () => props.onCommit?.(),
  };
  const checked = props.check(text);
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" inputMode={props.inputMode} onChange={(e) => onChange(e.target.value)} />
      )}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t(error.messageKey, error.params)}
        </p>
      )}
      {!error && checked.ok && props.preview?.(checked.value)}
    </div>
  );
}

interface ChoiceProps<V extends string> {
  label: string;
  value: V | undefined;
  options: readonly V[];
  optionLabel(v: V): string;
  optionHint?(v: V): string;
  onChange(v: V | undefined): void;
  name: string;
}

/** A drop-down list with an empty "choose" entry. */
export function SelectField<V extends string>({ label, value, options, optionLabel, onChange, name }: ChoiceProps<V>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}>
        <option value="">{t('common:choose')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of radio buttons, each with an optional explanation. */
export function RadioField<V extends string>({ label, value, options, optionLabel, optionHint, onChange, name }: ChoiceProps<V>) {
  const groupId = useId();
  return (
    <fieldset className="field radio-group">
      <legend>{label}</legend>
      {options.map((o) => {
        const hintId = `${groupId}-${o}`;
        return (
          <div key={o} className="radio-option">
            <label className="choice">
              <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} aria-describedby={optionHint ? hintId : undefined} />
              <span>{optionLabel(o)}</span>
            </label>
            {optionHint && (
              <p id={hintId} className="field-hint radio-hint">
                {optionHint(o)}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
