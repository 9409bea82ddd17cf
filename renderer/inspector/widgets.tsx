/**
 * Inspector inputs. Each one shows the model's value, commits every change at once as a command
 * (the caller merges a typing burst into one undo step), and keeps what the user typed on screen
 * with an inline message when the command rejects it, so nothing typed is lost.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import type { FieldFinding } from './ruleFields';

/** Commit a value; returns the error messages by field path (empty object or null when accepted). */
export type Commit = (value: unknown) => Record<string, string> | null;

const norm = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/** Draft state shared by the text-like inputs: local text while editing, the model value otherwise. */
function useDraft(value: unknown) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(value);
  useEffect(() => {
    // the value changed from elsewhere (undo, another panel): show it
    if (norm(value) !== norm(committed.current)) {
      committed.current = value;
      setDraft(null);
      setError(null);
    }
  }, [value]);
  /** Note `v` as the value this input itself committed, so its echo from the model is not taken as an outside change. */
  const remember = (v: unknown) => {
    committed.current = v;
  };
  return { draft, setDraft, error, setError, remember };
}

/** A field's error message, announced as it appears. */
export function Message({ id, text }: { id: string; text: string | null | undefined }) {
  return text ? (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  ) : null;
}

export interface BaseProps {
  label: string;
  hint?: string;
  commit: Commit;
  /** Path of this field in error details (defaults to its key). */
  path: string;
  /** The checker's findings about this field (shown under it, worst first). */
  findings?: readonly FieldFinding[];
}

/** The checker's findings about a field, under it (described-by the input). */
export function Findings({ id, findings }: { id: string; findings?: readonly FieldFinding[] }) {
  if (!findings?.length) return null;
  return (
    <p id={`${id}-finding`} className={`field-finding severity-${findings[0].severity}`}>
      {findings.map((f) => f.text).join(' ')}
    </p>
  );
}

export function firstError(errors: Record<string, string> | null, path: string): string | null {
  if (!errors) return null;
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return nested ? errors[nested] : (errors[''] ?? null);
}

/**
 * The notes under a field's input, each with the id `describedBy` gives it: the hint, what the caller
 * adds after it (`children`), the message of a value refused and the checker's findings.
 */
export function FieldNotes({ id, hint, error, findings, children }: { id: string; hint?: string; error?: string | null; findings?: readonly FieldFinding[]; children?: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      <Message id={`${id}-error`} text={error} />
      <Findings id={id} findings={findings} />
    </>
  );
}

export function Field({ id, label, hint, error, findings, children }: { id: string; label: string; hint?: string; error: string | null; findings?: readonly FieldFinding[]; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} findings={findings} />
    </div>
  );
}

export function describedBy(id: string, hint: string | undefined, error: string | null, findings?: readonly FieldFinding[]): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`, findings?.length && `${id}-finding`].filter(Boolean).join(' ') || undefined;
}

/** A text field (single line or multi-line); empty clears an optional field. */
export function TextInput({ label, hint, commit, path, value, multiline, mono, required, suggestions, findings }: BaseProps & { value: string | undefined; multiline?: boolean; mono?: boolean; required?: boolean; suggestions?: string[] }) {
  const id = useId();
  const { draft, setDraft, error, setError, remember } = useDraft(value);
  const onChange = (text: string) => {
    setDraft(text);
    const next = text === '' && !required ? undefined : text;
    const errors = commit(next);
    const message = firstError(errors, path);
    setError(message);
    if (!message) remember(next);
  };
  const onBlur = () => {
    if (!error) setDraft(null);
    useEditor.getState().sealHistory();
  };
  const props = {
    id,
    value: draft ?? value ?? '',
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error, findings),
    'aria-required': required || undefined,
    className: mono ? 'mono' : undefined,
    spellCheck: mono ? false : undefined,
  };
  const listId = suggestions?.length ? `${id}-list` : undefined;
  return (
    <Field id={id} label={label} hint={hint} error={error} findings={findings}>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" list={listId} {...props} />}
      {listId && (
        <datalist id={listId}>
          {suggestions!.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </Field>
  );
}

/** A number field; empty clears it, text that is not a number is refused before any command. */
export function NumberInput({ label, hint, commit, path, value, unit, findings }: BaseProps & { value: number | undefined; unit?: string }) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const { draft, setDraft, error, setError, remember } = useDraft(value);
  const onChange = (text: string) => {
    setDraft(text);
    const trimmed = text.trim().replace(',', '.');
    const next = trimmed === '' ? undefined : Number(trimmed);
    if (next !== undefined && !Number.isFinite(next)) return setError(t('validation.number'));
    const message = firstError(commit(next), path);
    setError(message);
    if (!message) remember(next);
  };
  return (
    <Field id={id} label={unit ? `${label} (${unit})` : label} hint={hint} error={error} findings={findings}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="input-short"
        value={draft ?? (value === undefined ? '' : String(value))}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (!error) setDraft(null);
          useEditor.getState().sealHistory();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, findings)}
      />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
  /** Heading the option is listed under (an <optgroup>), e.g. a service domain's sector. */
  group?: string;
}

/** `options` as <option>s, under <optgroup>s where they have a group. */
export function OptionList({ options }: { options: readonly Option[] }) {
  const groups: { label?: string; items: Option[] }[] = [];
  for (const o of options) {
    const last = groups[groups.length - 1];
    if (last && last.label === o.group) last.items.push(o);
    else groups.push({ label: o.group, items: [o] });
  }
  return (
    <>
      {groups.map((g, i) => {
        const items = g.items.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ));
        return g.label ? (
          <optgroup key={`${g.label}:${i}`} label={g.label}>
            {items}
          </optgroup>
        ) : (
          items
        );
      })}
    </>
  );
}

/** A choice from a closed list; optional lists start with "none". */
export function SelectInput({ label, hint, commit, path, value, options, required, numeric, findings }: BaseProps & { value: string | number | undefined; options: Option[]; required?: boolean; numeric?: boolean }) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const current = value === undefined ? '' : String(value);
  const known = current === '' || options.some((o) => o.value === current);
  return (
    <Field id={id} label={label} hint={hint} error={error} findings={findings}>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const raw = e.target.value;
          const next = raw === '' ? undefined : numeric ? Number(raw) : raw;
          setError(firstError(commit(next), path));
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, findings)}
      >
        {!required && <option value="">{t('inspector.none')}</option>}
        {!known && <option value={current}>{t('inspector.unknownValue', { value: current })}</option>}
        <OptionList options={options} />
      </select>
    </Field>
  );
}

/** A yes/no field; unticked removes it. */
export function CheckInput({ label, hint, commit, path, value, findings }: BaseProps & { value: boolean | undefined }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field field-check">
      <label className="choice" htmlFor={id}>
        <input id={id} type="checkbox" checked={value === true} onChange={(e) => setError(firstError(commit(e.target.checked ? true : undefined), path))} aria-describedby={describedBy(id, hint, error, findings)} />
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} findings={findings} />
    </div>
  );
}
