/**
 * Several elements of the model in one field: the data a flow carries (and, of a two-way flow, the
 * part of it the target supplies back).
 *
 * The field lists the elements it holds, each a ticked box (untick to take it off), and adds others
 * with an element picker (ElementPicker.tsx) that lists at most its limit of matches. It used to
 * list every element of its kinds as a box to tick: a flow selected in a model of 10,000 data
 * entities drew 10,000 boxes. Now it draws what the flow carries, plus the matches the user asks for.
 * A box unticked stays listed (unticked) until another relation is selected, to tick again after a
 * slip. A field whose choices are given (`choices`: the reverse service picks among the data the
 * flow carries, a handful) lists them all as boxes, with no picker.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element, ElementKind, LakarDocument } from '../../shared/model';
import type { Lang } from '../../shared/i18n';
import { byName } from '../tree/treeModel';
import { ElementPicker } from './ElementPicker';
import { describedBy, FieldNotes, firstError, type BaseProps } from './widgets';

/**
 * `ids` without repeats, in the order the field lists and commits them: the model's elements by name
 * (as the tree sorts them), then ids the model does not hold (kept, never dropped), as they came.
 */
export function listedOrder(ids: readonly string[], doc: LakarDocument, lang: Lang): string[] {
  const known: Element[] = [];
  const unknown: string[] = [];
  for (const id of new Set(ids)) {
    const e = doc.elements.get(id);
    if (e) known.push(e);
    else unknown.push(id);
  }
  return [...known.sort(byName(lang)).map((e) => e.id), ...unknown];
}

export function MultiRefInput({
  label,
  hint,
  commit,
  path,
  value,
  findings,
  doc,
  kinds,
  selfId,
  choices,
}: BaseProps & { value: string[] | undefined; doc: LakarDocument; kinds: readonly ElementKind[]; selfId: string; choices?: readonly string[] }) {
  const { t, i18n } = useTranslation('canvas');
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'ms';
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  /**
   * Ids unticked here, listed (unticked) so a slip can be ticked back; `known`: whether the model held
   * it then (an id it never held stays listed too, or its box would vanish under the keyboard focus).
   */
  const [unticked, setUnticked] = useState<readonly { id: string; known: boolean }[]>([]);
  const held = useMemo(() => new Set(value ?? []), [value]);
  const listed = useMemo(() => {
    // a choice of another kind, or gone from the model (an Undo), is no choice; what the field holds is always listed
    const ofKind = (c: string) => kinds.includes(doc.elements.get(c)?.kind as ElementKind);
    const offered = choices ? choices.filter(ofKind) : unticked.filter((u) => (u.known ? ofKind(u.id) : !doc.elements.has(u.id))).map((u) => u.id);
    return listedOrder([...offered, ...(value ?? [])], doc, lang);
  }, [choices, kinds, unticked, value, doc, lang]);

  /** Commit `ids`; true when the model took them. */
  const commitIds = (ids: string[]) => {
    const message = firstError(commit(ids.length ? ids : undefined), path);
    setError(message);
    return message === null;
  };
  const toggle = (v: string, on: boolean) => {
    const taken = commitIds(listed.filter((o) => (o === v ? on : held.has(o))));
    if (choices) return;
    // ticked again but refused (an id the model does not hold): it stays listed, unticked, under the focus
    if (on && taken) setUnticked((list) => list.filter((u) => u.id !== v));
    else if (!on) setUnticked((list) => [...list, { id: v, known: doc.elements.has(v) }]);
  };
  // every element of the field's kinds the field does not hold yet (nor the relation's own id)
  const groupOf = useCallback((e: Element) => (kinds.includes(e.kind) && e.id !== selfId && !held.has(e.id) ? 0 : -1), [kinds, selfId, held]);
  const add = (next: string | undefined) => {
    if (!next) return;
    commitIds(listedOrder([...(value ?? []), next], doc, lang));
    setUnticked((list) => list.filter((u) => u.id !== next));
  };
  const kindLabel = kinds.map((k) => t(`domain:kind.${k}`)).join(' / ');

  return (
    <fieldset className="field field-multi" aria-describedby={describedBy(id, hint, error, findings)}>
      <legend>{label}</legend>
      {listed.length === 0 && <p className="field-hint">{t(choices ? 'inspector.noneAvailable' : 'inspector.noneChosen')}</p>}
      {listed.length > 0 && (
        <div className="multi-list">
          {listed.map((o) => (
            <label key={o} className="choice">
              <input type="checkbox" checked={held.has(o)} onChange={(e) => toggle(o, e.target.checked)} />
              {doc.elements.get(o)?.name ?? t('inspector.unknownValue', { value: o })}
            </label>
          ))}
        </div>
      )}
      {!choices && (
        <div className="field multi-add">
          <label htmlFor={`${id}-add`}>{t('inspector.addRef', { kind: kindLabel })}</label>
          <ElementPicker id={`${id}-add`} doc={doc} groupOf={groupOf} value={undefined} onChoose={add} />
        </div>
      )}
      <FieldNotes id={id} hint={hint} error={error} findings={findings} />
    </fieldset>
  );
}
