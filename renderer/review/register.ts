/**
 * The review feature in the shell: File menu items (review a proposal, open, save, save a copy,
 * export the Kertas Ulasan JDN, close), the "Ulasan JDN" centre tab, the Comments panel, pins on
 * the canvas, the agency's leave guard, and closing the review when its project closes.
 */
import { registerMenuItem, registerPanel, registerLeaveGuard } from '../shell/registry';
import { registerCanvasOverlay } from '../canvas/overlays';
import { useEditor } from '../state/editor';
import { agencyLeaveGuard, closeReview, exportKertasUlasan, openReviewFile, reviewProposal, saveReview, saveReviewCopy } from './actions';
import { CommentPins } from './CommentPins';
import { CommentsPanel } from './CommentsPanel';
import { ReviewPanel } from './ReviewPanel';
import { useReview } from './reviewStore';

const withReview = (run: () => unknown) => () => {
  if (!useReview.getState().history) return void useEditor.getState().setError({ key: 'review.noReview' });
  return void run();
};

registerMenuItem({ id: 'review.start', menu: 'file', labelKey: 'review:menu.review', action: 'file.review', needsProject: false, order: 60, run: () => reviewProposal() });
registerMenuItem({ id: 'review.open', menu: 'file', labelKey: 'review:menu.open', order: 61, run: () => openReviewFile() });
registerMenuItem({ id: 'review.save', menu: 'file', labelKey: 'review:menu.save', order: 62, run: withReview(() => saveReview()) });
registerMenuItem({ id: 'review.copy', menu: 'file', labelKey: 'review:menu.copy', order: 63, run: withReview(() => saveReviewCopy()) });
registerMenuItem({ id: 'review.export', menu: 'file', labelKey: 'review:menu.export', order: 64, run: withReview(() => exportKertasUlasan()) });
registerMenuItem({ id: 'review.close', menu: 'file', labelKey: 'review:menu.close', order: 65, run: withReview(() => closeReview()) });

registerPanel({ id: 'review', region: 'centre', labelKey: 'review:panel.tab', component: ReviewPanel, order: 40 });
registerPanel({ id: 'comments', region: 'right', labelKey: 'review:comments.panel', component: CommentsPanel, order: 20 });
registerCanvasOverlay('review.pins', CommentPins);
registerLeaveGuard(agencyLeaveGuard);

// a review belongs to the project it was opened with: it goes when that project goes
useEditor.subscribe((s, prev) => {
  if (s.project?.handle !== prev.project?.handle && useReview.getState().history) useReview.getState().close();
});

// browser edition: leaving the page with the agency's unsaved replies asks first (the desktop asks
// through the leave guard when the window closes; a beforeunload there would block closing)
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    const { role, dirty } = useReview.getState();
    if (role === 'agency' && dirty && useEditor.getState().api?.edition === 'browser') e.preventDefault();
  });
}
