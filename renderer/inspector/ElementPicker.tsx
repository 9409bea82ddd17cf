/**
 * Choosing one element of the model by typing part of its name: a combobox (WAI-ARIA combobox with a
 * listbox popup) that lists at most PICKER_LIMIT matches, grouped and sorted as the picker says.
 * Nothing is listed, or sorted, until the user opens it, so selecting an element in a 100,000-element
 * model does not pay for a list of the whole model (see elementChoices.ts for what was measured).
 *
 * Keys: ↓/↑ open the list and move through it, Enter chooses, Escape closes it (and a second Escape
 * puts back the chosen element's name), Tab leaves it; a click on a match chooses it too, and the
 * pointer moving over a match makes it the active one (one highlight, the match Enter chooses).
 */
import { Fragment, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element, LakarDocument } from '../../shared/model';
import { describedBy as describedByOf, Field, firstError, type BaseProps } from './widgets';
import { matchChoices } from './elementChoices';

/** The most matches listed at once; typing more narrows the list. */
export const PICKER_LIMIT = 50;

export interface ElementPickerProps {
  /** Id of the input, for its <label htmlFor>. */
  id: string;
  doc: LakarDocument;
  /** Group of an element (its place in the list's order), or -1 to leave it out (itself, another kind). */
  groupOf: (e: Element) => number;
  /** Heading of a group in the list; none when the groups need no heading. */
  groupLabel?: (group: number) => string;
  /** The chosen element's id (its name shows in the input while the user is not typing). */
  value: string | undefined;
  onChoose: (id: string | undefined) => void;
  /** Label of a first choice that clears the value; none when the value cannot be cleared. */
  noneLabel?: string;
  describedBy?: string;
  invalid?: boolean;
}

type Row = { kind: 'none' } | { kind: 'element'; choice: Element };

export function ElementPicker({ id, doc, groupOf, groupLabel, value, onChoose, noneLabel, describedBy, invalid }: ElementPickerProps) {
  const { t, i18n } = useTranslation('canvas');
  const lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const listId = `${id}-list`;
  const statusId = useId();
  const [open, setOpen] = useState(false);
  /** What the user typed; null while showing the chosen element's name. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const chosen = value ? doc.elements.get(value) : undefined;
  const shownText = query ?? (value ? (chosen?.name ?? t('inspector.unknownValue', { value })) : '');

  // only while open, per keystroke: matched over the tree's sort of the elements (made once per elements table)
  const matches = useMemo(() => (open ? matchChoices(doc, lang, query ?? '', groupOf, PICKER_LIMIT) : null), [open, doc, lang, query, groupOf]);
  const rows: Row[] = useMemo(() => {
    if (!matches) return [];
    const list: Row[] = noneLabel && value && !query ? [{ kind: 'none' }] : [];
    for (const g of matches.groups) for (const choice of g.items) list.push({ kind: 'element', choice });
    return list;
  }, [matches, noneLabel, value, query]);
  const activeRow = open ? Math.min(active, rows.length - 1) : -1;
  /** The active match was moved by the pointer (it is in sight already), and where the pointer was last. */
  const pointed = useRef<{ moved: boolean; x: number; y: number }>({ moved: false, x: NaN, y: NaN });
  // aria-activedescendant scrolls nothing, and the list shows ~10 of its up to 50 matches (max-height
  // 16em): without this, ↓ past the tenth match, or ↑ opening the list at its last, highlighted a
  // match out of sight (the one Enter chooses)
  useLayoutEffect(() => {
    if (pointed.current.moved) pointed.current.moved = false;
    else if (activeRow >= 0) document.getElementById(`${id}-opt-${activeRow}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, activeRow, rows]);
  /**
   * The pointer moving over a match makes it the active one: a hover highlight of its own beside the
   * keyboard's showed two matches highlighted, and Enter chose the other one. Only a real move: the
   * list scrolled under a still pointer (↓ past the tenth match) must not take the keyboard's match.
   */
  const onListMouseMove = (e: React.MouseEvent<HTMLUListElement>) => {
    const last = pointed.current;
    if (e.clientX === last.x && e.clientY === last.y) return;
    last.x = e.clientX;
    last.y = e.clientY;
    const over = (e.target as HTMLElement).closest('[role="option"]');
    const i = over ? Number(over.getAttribute('data-index')) : -1;
    if (i < 0 || i === activeRow) return;
    last.moved = true;
    setActive(i);
  };

  const close = () => {
    setOpen(false);
    setQuery(null);
  };
  const choose = (row: Row) => {
    const next = row.kind === 'none' ? undefined : row.choice.id;
    // as a <select> fires no change when its chosen option is chosen again: committing the same
    // reference made an undo step that undid nothing and marked the file unsaved
    if (next !== value) onChoose(next);
    close();
  };
  const openAt = (index: number) => {
    setOpen(true);
    setActive(index);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) openAt(0);
      else setActive(Math.min(activeRow + 1, rows.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) openAt(Number.MAX_SAFE_INTEGER);
      else setActive(Math.max(activeRow - 1, 0));
    } else if (e.key === 'Enter') {
      if (open && activeRow >= 0) {
        e.preventDefault();
        choose(rows[activeRow]);
      }
    } else if (e.key === 'Escape') {
      if (open || query !== null) {
        // the inspector's own Escape (clear selection) waits until the picker has nothing to undo
        e.preventDefault();
        e.stopPropagation();
        if (open) setOpen(false);
        else setQuery(null);
      }
    }
  };

  let index = -1;
  const option = (row: Row, label: string) => {
    index++;
    const i = index;
    return (
      <li
        key={row.kind === 'none' ? '' : row.choice.id}
        id={`${id}-opt-${i}`}
        role="option"
        aria-selected={i === activeRow}
        className={`picker-option${i === activeRow ? ' active' : ''}`}
        data-index={i}
        onClick={() => choose(row)}
      >
        {label}
      </li>
    );
  };

  const status = !matches
    ? null
    : matches.total === 0
      ? t('inspector.pickerNoMatch')
      : matches.total > matches.shown
        ? t('inspector.pickerMore', { shown: matches.shown, count: matches.total })
        : null;

  return (
    <div className="element-picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeRow >= 0 ? `${id}-opt-${activeRow}` : undefined}
        aria-describedby={[describedBy, status && statusId].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid ? true : undefined}
        placeholder={t('inspector.pickerPlaceholder')}
        value={shownText}
        onChange={(e) => {
          setQuery(e.target.value);
          openAt(0);
        }}
        onClick={() => !open && openAt(0)}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul
        id={listId}
        role="listbox"
        className="picker-list"
        hidden={!open}
        aria-label={t('inspector.pickerMatches')}
        // keep the focus in the input wherever the mouse goes down in the list (a match, a band's
        // heading, its padding): the blur would close the list first, under the pointer
        onMouseDown={(e) => e.preventDefault()}
        onMouseMove={onListMouseMove}
      >
        {open &&
          rows[0]?.kind === 'none' &&
          option(rows[0], noneLabel!)}
        {open &&
          matches!.groups.map((g) =>
            groupLabel ? (
              <li key={g.group} role="presentation">
                <ul role="group" aria-labelledby={`${id}-grp-${g.group}`}>
                  <li role="presentation" id={`${id}-grp-${g.group}`} className="picker-group">
                    {groupLabel(g.group)}
                  </li>
                  {g.items.map((c) => option({ kind: 'element', choice: c }, c.name))}
                </ul>
              </li>
            ) : (
              <Fragment key={g.group}>{g.items.map((c) => option({ kind: 'element', choice: c }, c.name))}</Fragment>
            ),
          )}
      </ul>
      {status && (
        <p id={statusId} className="field-hint picker-status" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

/**
 * A reference field (e.g. the application a module is part of): one element of `kinds`, chosen with
 * the picker, listed kind by kind as `kinds` orders them, then by name; "none" clears it.
 */
export function RefInput({ label, hint, commit, path, value, findings, doc, kinds, selfId, refFilter }: BaseProps & { value: string | undefined; doc: LakarDocument; kinds: readonly string[]; selfId: string; refFilter?: (id: string) => boolean }) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const groupOf = useCallback((e: Element) => (e.id === selfId || (refFilter && !refFilter(e.id)) ? -1 : kinds.indexOf(e.kind)), [kinds, selfId, refFilter]);
  return (
    <Field id={id} label={label} hint={hint} error={error} findings={findings}>
      <ElementPicker
        id={id}
        doc={doc}
        groupOf={groupOf}
        value={value}
        noneLabel={t('inspector.none')}
        onChoose={(next) => setError(firstError(commit(next), path))}
        describedBy={describedByOf(id, hint, error, findings)}
        invalid={!!error}
      />
    </Field>
  );
}
