/**
 * List inputs of the inspector: rows of columns (hardware and quantity, data fields, consumer
 * agencies), a list of strings (software, one per line) and free key/value properties. A row being
 * filled in stays on screen until it is valid; only valid lists are committed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/editor';
import type { ColumnSpec } from './fields';
import { FieldNotes, type Commit } from './widgets';

type Cells = string[][];

function toCells(rows: Record<string, unknown>[] | undefined, columns: readonly ColumnSpec[]): Cells {
  return (rows ?? []).map((r) => columns.map((c) => (r[c.key] === undefined || r[c.key] === false ? '' : String(r[c.key]))));
}

function sameCells(a: Cells, b: Cells): boolean {
  return a.length === b.length && a.every((row, i) => row.every((cell, j) => cell.trim() === b[i][j]?.trim()));
}

/** A table of rows; commits the whole list on each change, with one undo step per burst of typing. */
export function RowsInput({ label, columnLabel, commit, path, value, columns, addLabel }: { label: string; columnLabel: (key: string) => string; commit: Commit; path: string; value: Record<string, unknown>[] | undefined; columns: readonly ColumnSpec[]; addLabel: string }) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const [cells, setCells] = useState<Cells | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const committed = useRef(toCells(value, columns));
  useEffect(() => {
    const fromModel = toCells(value, columns);
    if (!sameCells(fromModel, committed.current)) {
      committed.current = fromModel;
      setCells(null);
      setErrors({});
    }
  }, [value, columns]);
  const shown = cells ?? toCells(value, columns);

  const update = (next: Cells) => {
    setCells(next);
    const local: Record<string, string> = {};
    const rows = next.map((row, i) => {
      const out: Record<string, unknown> = {};
      columns.forEach((c, j) => {
        const text = row[j].trim();
        if (c.type === 'boolean') {
          // a ticked box is stored as true; an empty one leaves the field out (false is the default)
          if (text === 'true') out[c.key] = true;
          return;
        }
        if (text === '') {
          if (c.required) local[`${path}.${i}.${c.key}`] = t('validation.required');
          return;
        }
        if (c.type === 'integer') {
          const n = Number(text);
          if (!Number.isInteger(n)) local[`${path}.${i}.${c.key}`] = t('validation.integer');
          out[c.key] = n;
        } else out[c.key] = text;
      });
      return out;
    });
    if (Object.keys(local).length) return setErrors(local);
    const result = commit(rows.length ? rows : undefined) ?? {};
    setErrors(result);
    if (Object.keys(result).length === 0) committed.current = next;
  };

  const messages = [...new Set(Object.values(errors))];
  return (
    <fieldset className="field field-rows" aria-describedby={messages.length ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      {shown.length > 0 && (
        <table className="rows-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {columnLabel(c.key)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('inspector.rowActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              <tr key={i}>
                {columns.map((c, j) => (
                  <td key={c.key} className={c.type === 'boolean' ? 'rows-check' : undefined}>
                    {c.type === 'boolean' ? (
                      <input
                        type="checkbox"
                        aria-label={`${columnLabel(c.key)} ${i + 1}`}
                        checked={row[j] === 'true'}
                        onChange={(e) => update(shown.map((r, k) => (k === i ? r.map((cell, m) => (m === j ? (e.target.checked ? 'true' : '') : cell)) : r)))}
                      />
                    ) : (
                    <input
                      type="text"
                      inputMode={c.type === 'integer' ? 'numeric' : undefined}
                      aria-label={`${columnLabel(c.key)} ${i + 1}`}
                      aria-invalid={errors[`${path}.${i}.${c.key}`] ? true : undefined}
                      value={row[j]}
                      onChange={(e) => update(shown.map((r, k) => (k === i ? r.map((cell, m) => (m === j ? e.target.value : cell)) : r)))}
                      onBlur={() => useEditor.getState().sealHistory()}
                    />
                    )}
                  </td>
                ))}
                <td>
                  <button type="button" className="btn btn-quiet btn-small" aria-label={t('inspector.removeRow', { n: i + 1 })} onClick={() => update(shown.filter((_, k) => k !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="btn btn-small" onClick={() => setCells([...shown, columns.map(() => '')])}>
        + {addLabel}
      </button>
      {messages.length > 0 && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {messages.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

/** Free key/value properties, edited as two-column rows. */
export function PropertiesInput({ label, commit, path, value, addLabel }: { label: string; commit: Commit; path: string; value: Record<string, string> | undefined; addLabel: string }) {
  const { t } = useTranslation('canvas');
  const rows = Object.entries(value ?? {}).map(([key, v]) => ({ key, value: v }));
  const toRecord: Commit = (list) => {
    if (list === undefined) return commit(undefined);
    const record: Record<string, string> = {};
    for (const r of list as { key: string; value?: string }[]) record[r.key] = r.value ?? '';
    return commit(record);
  };
  return <RowsInput label={label} columnLabel={(k) => t(`column.${k === 'key' ? 'propertyKey' : 'propertyValue'}`)} commit={toRecord} path={path} value={rows} columns={PROPERTY_COLUMNS} addLabel={addLabel} />;
}

const PROPERTY_COLUMNS: readonly ColumnSpec[] = [
  { key: 'key', type: 'text', required: true },
  { key: 'value', type: 'text' },
];

/** A list of short strings, one per line (e.g. software at a site, its placement matters). */
export function StringsInput({ label, hint, commit, path, value }: { label: string; hint?: string; commit: Commit; path: string; value: string[] | undefined }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = (value ?? []).join('\n');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={draft ?? text}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const items = e.target.value
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
          const errors = commit(items.length ? items : undefined);
          const message = errors ? (Object.entries(errors).find(([k]) => k === path || k.startsWith(`${path}.`))?.[1] ?? null) : null;
          setError(message);
        }}
        onBlur={() => {
          if (!error) setDraft(null);
          useEditor.getState().sealHistory();
        }}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
