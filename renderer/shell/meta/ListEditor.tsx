/**
 * An editable table of the project meta (cost lines, objectives with KPIs, milestones, risks…).
 * Each cell keeps what the user typed and applies the whole list through `project.updateMeta` when
 * the value is valid (one undo step per typing burst in a cell); a value that fails shows an inline
 * message and the model keeps its last valid list. Rows are added with a valid starting value and
 * removed with one command each.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCost } from './validate';

export type CellKind = 'text' | 'multiline' | 'date' | 'money' | 'year' | 'enum';

export interface ListColumn {
  key: string;
  label: string;
  kind: CellKind;
  options?: readonly { value: string; label: string }[];
  required?: boolean;
  /** Relative width of the column. */
  weight?: number;
}

type Row = Record<string, unknown>;

interface ListEditorProps {
  /** Stable name, also the merge key prefix. */
  name: string;
  label: string;
  hint?: string;
  rows: readonly Row[] | undefined;
  columns: readonly ListColumn[];
  /** A new row with valid starting values. */
  newRow(): Row;
  /** Apply the list (undefined when emptied); returns an error message, or null when accepted. */
  apply(rows: Row[] | undefined, mergeKey?: string): string | null;
  addLabel: string;
  /** Shown under the table, e.g. totals. */
  footer?: ReactNode;
}

/** Text shown for a value in a cell of `kind`. */
function toText(kind: CellKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (kind === 'money') return (value as number).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return String(value);
}

/** The value a cell's text stands for, or an i18n message key when it is not valid. */
function parse(kind: CellKind, text: string, required: boolean): { ok: true; value: unknown } | { ok: false; key: string } {
  const t = text.trim();
  if (t === '') return required ? { ok: false, key: 'proposal:list.required' } : { ok: true, value: undefined };
  if (kind === 'money') {
    const r = parseCost(t);
    return r.ok ? { ok: true, value: r.value } : { ok: false, key: r.messageKey };
  }
  if (kind === 'year') {
    const n = Number(t);
    return Number.isInteger(n) && n >= 2000 && n <= 2100 ? { ok: true, value: n } : { ok: false, key: 'proposal:list.year' };
  }
  return { ok: true, value: kind === 'text' ? t : text };
}

function Cell({ column, row, index, onValue }: { column: ListColumn; row: Row; index: number; onValue(value: unknown): string | null }) {
  const { t } = useTranslation();
  const value = row[column.key];
  const [text, setText] = useState(() => toText(column.kind, value));
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  if (seen !== value) {
    // changed elsewhere (undo, another row's removal): show the model's value
    setSeen(value);
    const parsed = parse(column.kind, text, !!column.required);
    if (!parsed.ok || parsed.value !== value) {
      setText(toText(column.kind, value));
      setError(null);
    }
  }
  const change = (next: string) => {
    setText(next);
    const parsed = parse(column.kind, next, !!column.required);
    if (!parsed.ok) return setError(t(parsed.key));
    setError(onValue(parsed.value));
  };
  const label = `${column.label} ${index + 1}`;
  const common = { 'aria-label': label, 'aria-invalid': error ? true : undefined, value: text } as const;
  let input;
  if (column.kind === 'enum') {
    input = (
      <select {...common} onChange={(e) => change(e.target.value)}>
        {!column.required && <option value="">{t('common:choose')}</option>}
        {column.options!.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (column.kind === 'multiline') {
    input = <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />;
  } else {
    input = <input {...common} type={column.kind === 'date' ? 'date' : 'text'} inputMode={column.kind === 'money' || column.kind === 'year' ? 'decimal' : undefined} onChange={(e) => change(e.target.value)} />;
  }
  return (
    <td>
      {input}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </td>
  );
}

/** An editable table of rows bound to one list of the project meta. */
export function ListEditor({ name, label, hint, rows, columns, newRow, apply, addLabel, footer }: ListEditorProps) {
  const { t } = useTranslation();
  const list = rows ?? [];
  const setCell = (index: number, key: string, value: unknown): string | null => {
    const next = list.map((r, i) => {
      if (i !== index) return r;
      const copy = { ...r, [key]: value };
      if (value === undefined) delete copy[key];
      return copy;
    });
    return apply(next, `meta.${name}.${index}.${key}`);
  };
  const remove = (index: number) => {
    const next = list.filter((_, i) => i !== index);
    apply(next.length ? next : undefined);
  };
  return (
    <div className="field span-2 list-editor" data-list={name}>
      <span className="list-editor-label" id={`list-${name}`}>
        {label}
      </span>
      {hint && <p className="field-hint">{hint}</p>}
      {list.length > 0 && (
        <table className="list-table" aria-labelledby={`list-${name}`}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" style={{ width: `${((c.weight ?? 1) / columns.reduce((s, x) => s + (x.weight ?? 1), 0)) * 100}%` }}>
                  {c.label}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('proposal:list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <Cell key={c.key} column={c} row={row} index={i} onValue={(v) => setCell(i, c.key, v)} />
                ))}
                <td>
                  <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => remove(i)} aria-label={t('proposal:list.removeRow', { label, n: i + 1 })}>
                    {t('proposal:list.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {footer}
      <div>
        <button type="button" className="btn btn-small" onClick={() => apply([...list, newRow()])}>
          {addLabel}
        </button>
      </div>
    </div>
  );
}
