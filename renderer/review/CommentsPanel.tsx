/**
 * The Comments panel of an open review: the comments numbered as in the Kertas Ulasan, filtered by
 * status and heading, each naming what it points at (orphaned ones by the name they had) with its
 * thread. The reviewer writes comments on the selected element or flow, a checklist item, a
 * proposal field or the view area; the agency replies and marks comments answered. Every change is
 * a review command (undoable); clicking a comment selects and reveals its element on the canvas.
 */
import './review.css';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_HEADINGS, COMMENT_STATUSES, numberComments, resolveAnchor, REVIEW_LABELS, type Comment, type CommentHeading, type CommentStatus } from '../../shared/review';
import { useEditor } from '../state/editor';
import { useCanvas } from '../canvas/canvasStore';
import { newReviewId } from '../../shared/review';
import { useReview } from './reviewStore';
import { useLang } from './useLang';
import { CommentComposer, NewCommentButtons } from './CommentComposer';
import { useAnchorChanges } from './useAnchorChanges';
import { saveReview } from './actions';

/** A field the user types text into (its own Ctrl+Z takes back typing). */
function isTextEntry(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && ['text', 'search', ''].includes((el as HTMLInputElement).type)) || el.isContentEditable;
}

function revealAnchor(c: Comment): void {
  const a = c.anchor;
  const editor = useEditor.getState();
  if (a.kind === 'element' && editor.history?.doc.elements.get(a.id)) {
    editor.setSelection({ elements: [a.id], relations: [] });
    useCanvas.getState().requestReveal(a.id);
  } else if (a.kind === 'relation') {
    const rel = editor.history?.doc.relations.get(a.id);
    if (!rel) return;
    editor.setSelection({ elements: [], relations: [a.id] });
    useCanvas.getState().requestReveal(rel.source);
  }
}

function CommentCard({ no, comment }: { no: number; comment: Comment }) {
  const { t } = useTranslation('review');
  const lang = useLang();
  const words = REVIEW_LABELS[lang];
  const doc = useEditor((s) => s.history?.doc);
  const role = useReview((s) => s.role);
  const selected = useReview((s) => s.selectedComment === comment.id);
  const dispatch = useReview((s) => s.dispatch);
  const actorName = useReview((s) => s.actorName);
  const changes = useAnchorChanges();
  const [reply, setReply] = useState('');
  const [editing, setEditing] = useState(false);
  const [markAnswered, setMarkAnswered] = useState(role === 'agency');
  const replyId = useId();
  if (!doc) return null;
  const where = resolveAnchor(comment.anchor, doc, lang);
  const change = changes?.get(comment.id);
  const date = (iso: string) => new Date(iso).toLocaleDateString(lang === 'ms' ? 'ms-MY' : 'en-GB');

  const send = () => {
    if (!reply.trim()) return;
    if (dispatch('review.reply.add', { commentId: comment.id, id: newReviewId('balas'), text: reply, markAnswered: role === 'agency' ? markAnswered : undefined })) setReply('');
  };

  return (
    <li className={`review-comment status-${comment.status}${selected ? ' selected' : ''}`} data-comment={comment.id} data-testid="review-comment">
      <button
        type="button"
        className="review-comment-head"
        onClick={() => {
          useReview.getState().selectComment(comment.id);
          revealAnchor(comment);
        }}
      >
        <span className="review-comment-no">{no}</span>
        <span className="review-comment-where">
          {/* a relation's name already says what it is ("Aliran data: A → B") */}
          {comment.anchor.kind !== 'relation' && <span className="review-comment-kind">{where.kindLabel} </span>}
          <span className="review-comment-name">{where.name}</span>
        </span>
      </button>
      <p className="review-badges">
        <span className={`review-badge severity-${comment.severity}`}>{words.severity[comment.severity]}</span>
        <span className={`review-badge status-${comment.status}`}>{words.status[comment.status]}</span>
        <span className="review-badge heading">{words.heading[comment.heading]}</span>
        {where.orphaned && <span className="review-badge orphaned">{t('comments.orphaned')}</span>}
        {!where.orphaned && change === 'changed' && <span className="review-badge changed">{t('comments.anchorChanged')}</span>}
      </p>
      {editing ? (
        <CommentComposer anchor={comment.anchor} editing={comment} onClose={() => setEditing(false)} />
      ) : (
        <p className="review-comment-text">{comment.text}</p>
      )}
      <p className="review-comment-by muted">
        {t('comments.by', { name: comment.author.name, date: date(comment.createdAt) })}
        {comment.updatedAt && ` · ${t('comments.edited', { date: date(comment.updatedAt) })}`}
      </p>
      {comment.replies.length > 0 && (
        <ol className="review-replies" aria-label={t('comments.replies')}>
          {comment.replies.map((r) => (
            <li key={r.id} className={`review-reply role-${r.author.role}`}>
              <p className="review-reply-by">{t('comments.replyBy', { name: r.author.name, role: words.role[r.author.role], date: date(r.at) })}</p>
              <p>{r.text}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="review-reply-form">
        <label htmlFor={replyId} className="visually-hidden">
          {t('comments.replyLabel', { no })}
        </label>
        <textarea id={replyId} rows={2} value={reply} placeholder={t('comments.replyPlaceholder')} onChange={(e) => setReply(e.target.value)} />
        <div className="review-actions">
          {role === 'agency' && (
            <label className="check">
              <input type="checkbox" checked={markAnswered} onChange={(e) => setMarkAnswered(e.target.checked)} /> {t('comments.markAnswered')}
            </label>
          )}
          <button type="button" className="btn" disabled={!reply.trim() || (role === 'agency' && !actorName.trim())} onClick={send}>
            {t('comments.reply')}
          </button>
          {role === 'agency' && comment.status === 'terbuka' && (
            <button type="button" className="btn btn-quiet" onClick={() => dispatch('review.comment.setStatus', { id: comment.id, status: 'dijawab' })}>
              {t('comments.setAnswered')}
            </button>
          )}
          {role === 'reviewer' && (
            <>
              <label className="visually-hidden" htmlFor={`${replyId}-status`}>
                {t('comments.status')}
              </label>
              <select id={`${replyId}-status`} value={comment.status} onChange={(e) => dispatch('review.comment.setStatus', { id: comment.id, status: e.target.value as CommentStatus })}>
                {COMMENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {words.status[s]}
                  </option>
                ))}
              </select>
              {!editing && (
                <button type="button" className="btn btn-quiet" onClick={() => setEditing(true)}>
                  {t('comments.edit')}
                </button>
              )}
              <button type="button" className="btn btn-quiet" onClick={() => dispatch('review.comment.remove', { id: comment.id })}>
                {t('comments.delete')}
              </button>
            </>
          )}
        </div>
      </div>
    </li>
  );
}

/** The Comments panel (right region); empty while no review is open. */
export function CommentsPanel() {
  const { t } = useTranslation('review');
  const lang = useLang();
  const words = REVIEW_LABELS[lang];
  const review = useReview((s) => s.history?.review ?? null);
  const role = useReview((s) => s.role);
  const filters = useReview((s) => s.filters);
  const actorName = useReview((s) => s.actorName);
  const canUndo = useReview((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useReview((s) => (s.history?.future.length ?? 0) > 0);
  const draft = useReview((s) => s.draftAnchor);
  const dirty = useReview((s) => s.dirty);
  const headingId = useId();
  const nameId = useId();
  const statusId = useId();
  const filterHeadingId = useId();
  const numbered = useMemo(() => (review ? numberComments(review.comments) : []), [review]);
  if (!review || !role) return null;
  const shown = numbered.filter((n) => (filters.status === 'all' || n.comment.status === filters.status) && (filters.heading === 'all' || n.comment.heading === filters.heading));

  return (
    <section
      className="review-comments"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (!(e.ctrlKey || e.metaKey) || !['z', 'y'].includes(e.key.toLowerCase())) return;
        // Typing a comment or reply: Ctrl+Z takes back typing, as in any text box. It must not reach
        // Edit › Undo, which would undo a model edit (agency) or the last review step (reviewer)
        // while the text being written stays.
        if (isTextEntry(e.target)) {
          e.stopPropagation();
          return;
        }
        // the agency's Edit › Undo acts on its model; elsewhere in this panel Ctrl+Z undoes the last reply
        if (role !== 'agency') return;
        e.preventDefault();
        e.stopPropagation();
        if (e.shiftKey || e.key.toLowerCase() === 'y') useReview.getState().redo();
        else useReview.getState().undo();
      }}
    >
      <header className="review-comments-head">
        <h2 id={headingId}>{t('comments.title', { n: review.comments.length })}</h2>
        <span className={`review-role role-${role}`}>{t(`role.${role}`)}</span>
        {role === 'agency' && dirty && (
          <span className="review-unsaved">
            {t('comments.unsaved')}{' '}
            <button type="button" className="btn btn-quiet" onClick={() => void saveReview()}>
              {t('menu.save')}
            </button>
          </span>
        )}
        {role === 'agency' && (
          <span className="review-undo">
            <button type="button" className="btn btn-quiet" disabled={!canUndo} onClick={() => useReview.getState().undo()}>
              {t('comments.undo')}
            </button>
            <button type="button" className="btn btn-quiet" disabled={!canRedo} onClick={() => useReview.getState().redo()}>
              {t('comments.redo')}
            </button>
          </span>
        )}
      </header>
      {role === 'agency' && (
        <div className="field">
          <label htmlFor={nameId}>{t('comments.yourName')}</label>
          <input id={nameId} value={actorName} onChange={(e) => useReview.getState().setActorName(e.target.value)} />
        </div>
      )}
      {role === 'reviewer' && (draft ? <CommentComposer anchor={draft} /> : <NewCommentButtons />)}
      <div className="review-filters">
        <label htmlFor={statusId}>{t('comments.filterStatus')}</label>
        <select id={statusId} value={filters.status} onChange={(e) => useReview.getState().setFilters({ status: e.target.value as CommentStatus | 'all' })}>
          <option value="all">{t('comments.all')}</option>
          {COMMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {words.status[s]}
            </option>
          ))}
        </select>
        <label htmlFor={filterHeadingId}>{t('comments.filterHeading')}</label>
        <select id={filterHeadingId} value={filters.heading} onChange={(e) => useReview.getState().setFilters({ heading: e.target.value as CommentHeading | 'all' })}>
          <option value="all">{t('comments.all')}</option>
          {COMMENT_HEADINGS.map((h) => (
            <option key={h} value={h}>
              {words.heading[h]}
            </option>
          ))}
        </select>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{review.comments.length === 0 ? t(role === 'reviewer' ? 'comments.noneReviewer' : 'comments.none') : t('comments.noneFiltered')}</p>
      ) : (
        <ol className="review-comment-list">
          {shown.map((n) => (
            <CommentCard key={n.comment.id} no={n.no} comment={n.comment} />
          ))}
        </ol>
      )}
    </section>
  );
}
