/**
 * Comment pins on the canvas: a numbered marker at the top-right of each commented element, at the
 * middle of each commented relation and at the point of each view-area comment, numbered as in the
 * Kertas Ulasan. Drawn in model coordinates (they pan and zoom with the nodes); clicking a pin
 * selects its comment in the Comments panel and its element on the canvas.
 */
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_HEIGHT, NODE_WIDTH, type LakarDocument, type View } from '../../shared/model';
import { numberComments, type NumberedComment } from '../../shared/review';
import { useEditor } from '../state/editor';
import { useReview } from './reviewStore';

interface Pin {
  key: string;
  x: number;
  y: number;
  items: NumberedComment[];
}

/** Where the pins of `comments` sit on `view` (model units). */
export function pinsOnView(doc: LakarDocument, view: View, comments: readonly NumberedComment[]): Pin[] {
  const pins = new Map<string, Pin>();
  const add = (key: string, x: number, y: number, item: NumberedComment) => {
    const pin = pins.get(key);
    if (pin) pin.items.push(item);
    else pins.set(key, { key, x, y, items: [item] });
  };
  const centre = (id: string) => {
    const n = view.nodes[id];
    return n ? { x: n.x + (n.w ?? NODE_WIDTH) / 2, y: n.y + (n.h ?? NODE_HEIGHT) / 2 } : null;
  };
  for (const item of comments) {
    const a = item.comment.anchor;
    if (a.kind === 'element') {
      const n = view.nodes[a.id];
      if (n && doc.elements.get(a.id)) add(`e:${a.id}`, n.x + (n.w ?? NODE_WIDTH) - 6, n.y - 6, item);
    } else if (a.kind === 'relation') {
      const r = doc.relations.get(a.id);
      const p = r && centre(r.source);
      const q = r && centre(r.target);
      if (p && q) add(`r:${a.id}`, (p.x + q.x) / 2, (p.y + q.y) / 2, item);
    } else if (a.kind === 'view' && a.viewId === view.id) {
      add(`v:${item.comment.id}`, a.x, a.y, item);
    }
  }
  return [...pins.values()];
}

const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

function CommentPinsView({ view }: { view: View }) {
  const { t } = useTranslation('review');
  const review = useReview((s) => s.history?.review ?? null);
  const selected = useReview((s) => s.selectedComment);
  const doc = useEditor((s) => s.history?.doc ?? null);
  const domNode = useStore(domNodeOf);
  const portal = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  const pins = useMemo(() => (review && doc ? pinsOnView(doc, view, numberComments(review.comments)) : []), [review, doc, view]);
  if (!portal || pins.length === 0) return null;
  return createPortal(
    <div className="review-pins">
      {pins.map((pin) => {
        const numbers = pin.items.map((i) => i.no);
        const open = pin.items.some((i) => i.comment.status === 'terbuka');
        return (
          <button
            key={pin.key}
            type="button"
            className={`review-pin${open ? ' open' : ''}${pin.items.some((i) => i.comment.id === selected) ? ' selected' : ''}`}
            style={{ left: pin.x, top: pin.y }}
            data-testid="review-pin"
            aria-label={t('pins.label', { numbers: numbers.join(', ') })}
            title={pin.items.map((i) => `${i.no}. ${i.comment.text}`).join('\n')}
            onClick={(e) => {
              e.stopPropagation();
              const first = pin.items[0].comment;
              useReview.getState().selectComment(first.id);
              const a = first.anchor;
              if (a.kind === 'element') useEditor.getState().setSelection({ elements: [a.id], relations: [] });
              if (a.kind === 'relation') useEditor.getState().setSelection({ elements: [], relations: [a.id] });
              document.querySelector(`[data-comment="${first.id}"]`)?.scrollIntoView({ block: 'nearest' });
            }}
          >
            {numbers.length > 3 ? `${numbers.slice(0, 2).join(',')}+${numbers.length - 2}` : numbers.join(',')}
          </button>
        );
      })}
    </div>,
    portal,
  );
}

/** The pins of the open review on `view`. */
export const CommentPins = memo(CommentPinsView);
