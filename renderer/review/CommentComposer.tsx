/**
 * Writing a comment (reviewer): pick what it is about — the element or flow selected on the canvas,
 * the area of the view in sight, a WoG checklist item or a proposal field — then its heading in the
 * Kertas Ulasan, its severity and its text. Saving is one `review.comment.add` command; the same
 * form edits a comment already written (`review.comment.edit`, one undoable step).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHECKLIST_NUMERALS,
  COMMENT_HEADINGS,
  COMMENT_SEVERITIES,
  elementAnchor,
  newReviewId,
  PROPOSAL_FIELDS,
  relationAnchor,
  resolveAnchor,
  REVIEW_LABELS,
  suggestedHeading,
  viewAnchor,
  type Anchor,
  type Comment,
  type CommentHeading,
  type CommentSeverity,
} from '../../shared/review';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { useReview } from './reviewStore';
import { useLang } from './useLang';

/** The anchor for the current canvas selection: one element or one relation, else null. */
function selectionAnchor(): Anchor | null {
  const { history, selection } = useEditor.getState();
  const doc = history?.doc;
  if (!doc) return null;
  if (selection.elements.length === 1 && selection.relations.length === 0 && doc.elements.get(selection.elements[0])) return elementAnchor(doc.elements.get(selection.elements[0])!);
  if (selection.relations.length === 1 && selection.elements.length === 0 && doc.relations.get(selection.relations[0])) return relationAnchor(doc, doc.relations.get(selection.relations[0])!);
  return null;
}

/** The anchor for the middle of the view area in sight on the canvas. */
function viewAreaAnchor(): Anchor | null {
  const { history, activeViewId } = useEditor.getState();
  if (!history || !activeViewId) return null;
  const rf = useCanvas.getState().instance;
  const pane = document.querySelector('.lmv-flow')?.getBoundingClientRect();
  const centre = rf && pane ? rf.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 400, y: 200 };
  return viewAnchor(history.doc, activeViewId, centre.x, centre.y);
}

/** Buttons that open the comment form on a chosen target. */
export function NewCommentButtons() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const words = REVIEW_LABELS[lang];
  const hasSelection = useEditor((s) => s.selection.elements.length + s.selection.relations.length === 1);
  const otherId = useId();
  const set = useReview((s) => s.setDraftAnchor);
  return (
    <div className="review-new-comment">
      <button type="button" className="btn btn-primary" disabled={!hasSelection} onClick={() => set(selectionAnchor())}>
        {t('compose.onSelection')}
      </button>
      <button type="button" className="btn" onClick={() => set(viewAreaAnchor())}>
        {t('compose.onView')}
      </button>
      <label htmlFor={otherId} className="visually-hidden">
        {t('compose.onOther')}
      </label>
      <select
        id={otherId}
        value=""
        onChange={(e) => {
          const [kind, value] = e.target.value.split(':');
          if (kind === 'checklist') set({ kind: 'checklist', item: value as (typeof CHECKLIST_NUMERALS)[number] });
          if (kind === 'field') set({ kind: 'field', field: value as (typeof PROPOSAL_FIELDS)[number] });
        }}
      >
        <option value="">{t('compose.onOther')}</option>
        <optgroup label={t('compose.checklist')}>
          {CHECKLIST_NUMERALS.map((i) => (
            <option key={i} value={`checklist:${i}`}>
              {words.checklist(i)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('compose.field')}>
          {PROPOSAL_FIELDS.map((f) => (
            <option key={f} value={`field:${f}`}>
              {words.field[f]}
            </option>
          ))}
        </optgroup>
      </select>
      {!hasSelection && <p className="field-hint">{t('compose.selectHint')}</p>}
    </div>
  );
}

/**
 * The form of a new comment on `anchor`, or, given `editing`, of that comment's heading, severity
 * and text (its anchor stays: a comment is about one thing); `onClose` ends the edit.
 */
export function CommentComposer({ anchor, editing, onClose }: { anchor: Anchor; editing?: Comment; onClose?: () => void }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const words = REVIEW_LABELS[lang];
  const doc = useEditor((s) => s.history?.doc);
  const [heading, setHeading] = useState<CommentHeading>(() => editing?.heading ?? suggestedHeading(anchor));
  const [severity, setSeverity] = useState<CommentSeverity>(editing?.severity ?? 'perluTindakan');
  const [text, setText] = useState(editing?.text ?? '');
  const formId = useId();
  const ids = { heading: useId(), severity: useId(), text: useId() };
  if (!doc) return null;
  const where = resolveAnchor(anchor, doc, lang);
  const close = onClose ?? (() => useReview.getState().setDraftAnchor(null));
  const unchanged = !!editing && text.trim() === editing.text && heading === editing.heading && severity === editing.severity;
  const save = () => {
    if (!text.trim()) return;
    if (editing) {
      // only what changed, so the command's history says what the reviewer did
      if (unchanged) return close();
      const changed = { text: text.trim() !== editing.text ? text : undefined, heading: heading !== editing.heading ? heading : undefined, severity: severity !== editing.severity ? severity : undefined };
      if (useReview.getState().dispatch('review.comment.edit', { id: editing.id, ...changed })) close();
      return;
    }
    const id = newReviewId('komen');
    if (useReview.getState().dispatch('review.comment.add', { id, anchor, heading, severity, text })) {
      close();
      useReview.getState().selectComment(id);
    }
  };
  return (
    <form
      id={formId}
      className="review-composer"
      aria-label={t(editing ? 'compose.editTitle' : 'compose.title')}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="review-composer-target">
        {anchor.kind !== 'relation' && <span className="review-comment-kind">{where.kindLabel} </span>}
        <strong>{where.name}</strong>
      </p>
      <div className="field">
        <label htmlFor={ids.heading}>{t('compose.heading')}</label>
        <select id={ids.heading} value={heading} onChange={(e) => setHeading(e.target.value as CommentHeading)}>
          {COMMENT_HEADINGS.map((h) => (
            <option key={h} value={h}>
              {words.heading[h]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.severity}>{t('compose.severity')}</label>
        <select id={ids.severity} value={severity} onChange={(e) => setSeverity(e.target.value as CommentSeverity)}>
          {COMMENT_SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {words.severity[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.text}>{t('compose.text')}</label>
        <textarea id={ids.text} data-autofocus rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="review-actions">
        <button type="button" className="btn" onClick={close}>
          {t('common:action.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={!text.trim()}>
          {t(editing ? 'compose.saveEdit' : 'compose.save')}
        </button>
      </div>
    </form>
  );
}
