/**
 * What the review menu items do. Reviewer mode: File › Review a Proposal… opens a project read-only
 * (the agency's file is never written) with a new review or an existing review file. Agency: with
 * its own project open, File › Open Review File… shows the reviewer's comments on the canvas and in
 * the Comments panel to reply to. Either side saves the review file; the reviewer exports the Kertas
 * Ulasan JDN. Failures end up in the editor's error toast.
 */
import i18next from 'i18next';
import { createReview, modelContentHash, parseReviewFile, REVIEW_EXTENSION, reviewMismatch, serializeReview, type Review } from '../../shared/review';
import { backendApi as api, attempt } from '../state/backendCalls';
import { exportWorkerFactory } from '../export/actions';
import { outputOf, type ExportJob } from '../export/jobs';
import { startExport } from '../export/runner';
import { closeCurrent, confirmLeave, showProject } from '../shell/actions';
import { openDialog } from '../shell/dialogs';
import { useShell } from '../shell/shellStore';
import { useEditor, type ReadOnlyMode } from '../state/editor';
import { askHowToStart, askReviewer } from './ReviewDialogs';
import { useReview } from './reviewStore';
import { langOf } from './useLang';

/** Handle of a project shown for review: it has no storage session (nothing is ever sent for it). */
export const REVIEW_HANDLE = 'review-readonly';

/** A review file's text checked against the project it is for; null (error shown) when refused. */
function checkedReview(text: string, doc: Parameters<typeof reviewMismatch>[1], fileId?: string): Review | null {
  const parsed = parseReviewFile(text);
  if (!parsed.ok) {
    useEditor.getState().setError(parsed.error);
    return null;
  }
  const mismatch = reviewMismatch(parsed.review, doc, fileId);
  if (mismatch) {
    useEditor.getState().setError(mismatch);
    return null;
  }
  return parsed.review;
}

const readOnlyMode: ReadOnlyMode = {
  reasonKey: 'review.modelReadOnly',
  undo: () => useReview.getState().undo(),
  redo: () => useReview.getState().redo(),
  save: () => saveReview(),
  saveAs: () => saveReview({ as: true }),
};

/** File › Review a Proposal…: open a project read-only with a new or an existing review. */
export async function reviewProposal(ref?: string): Promise<void> {
  if (!(await confirmLeave())) return;
  await attempt(async () => {
    const reviewed = await api()['review:openProject']({ ref });
    if (!reviewed) return;
    const how = await askHowToStart(reviewed.displayName || reviewed.doc.meta.title);
    if (!how) return;
    let review: Review | null;
    let file: { ref: string; name: string } | null = null;
    if (how === 'open') {
      const read = await api()['review:open']({});
      if (!read) return;
      review = checkedReview(read.text, reviewed.doc, reviewed.fileId);
      file = { ref: read.ref, name: read.name };
    } else {
      const who = await askReviewer();
      if (!who) return;
      review = createReview({ doc: reviewed.doc, reviewer: who, projectName: reviewed.displayName, fileId: reviewed.fileId, generation: reviewed.generation, at: new Date().toISOString() });
    }
    if (!review) return;
    await closeCurrent();
    showProject({ handle: REVIEW_HANDLE, ref: null, displayName: reviewed.displayName, doc: reviewed.doc, dirty: false });
    useEditor.getState().setReadOnly(readOnlyMode);
    useReview.getState().load({
      review,
      role: 'reviewer',
      ref: file?.ref ?? null,
      fileName: file?.name ?? null,
      actorName: review.reviewer.name,
      project: { ref: reviewed.ref, displayName: reviewed.displayName, generation: reviewed.generation, fileId: reviewed.fileId },
      dirty: !file,
    });
    // a revised proposal: show what changed since the version reviewed
    const changed = modelContentHash(reviewed.doc) !== review.proposal.reviewed.contentHash;
    useReview.getState().setShowChanges(changed);
    useShell.getState().showCentre(changed ? 'review' : 'canvas');
  });
}

/** File › Open Review File…: the review of the open project (the agency replies; a reviewer reopens theirs). */
export async function openReviewFile(): Promise<void> {
  const { history, readOnly, project } = useEditor.getState();
  if (!history || !project) return;
  if (!(await confirmCloseReview())) return;
  await attempt(async () => {
    const read = await api()['review:open']({});
    if (!read) return;
    const fileId = api().edition === 'browser' ? (project.ref ?? undefined) : undefined;
    const review = checkedReview(read.text, history.doc, fileId);
    if (!review) return;
    const role = readOnly ? 'reviewer' : 'agency';
    const actorName = role === 'reviewer' ? review.reviewer.name : (useReview.getState().actorName || history.doc.meta.author || history.doc.meta.pemilikProjek || '');
    const keep = useReview.getState().project;
    useReview.getState().load({ review, role, ref: read.ref, fileName: read.name, actorName, project: keep, dirty: false });
    // the agency starts from its canvas, where the comments are pinned
    useShell.getState().showCentre(role === 'reviewer' ? 'review' : 'canvas');
  });
}

function suggestedName(): string {
  const { fileName, project } = useReview.getState();
  if (fileName) return fileName;
  const base = (project?.displayName || useEditor.getState().project?.displayName || useEditor.getState().history?.doc.meta.title || 'ulasan').replace(/(\.lakar)?(\.json)?$/i, '');
  return `${base}${REVIEW_EXTENSION}`;
}

/** Save the review file (where it came from, else where the user chooses); `as` always asks. */
export async function saveReview(options: { as?: boolean } = {}): Promise<boolean> {
  const { history, ref } = useReview.getState();
  if (!history) return false;
  const saved = await attempt(() => api()['review:save']({ ref: options.as ? undefined : (ref ?? undefined), suggestedName: suggestedName(), text: serializeReview(history.review) }));
  if (!saved) return false;
  // edits made while the save ran stay unsaved
  if (useReview.getState().history === history) useReview.getState().markSaved(saved.ref, saved.name);
  else useReview.setState({ ref: saved.ref, fileName: saved.name });
  return true;
}

/** Save a copy of the review file to send (a download in the browser edition); the open review keeps its place. */
export async function saveReviewCopy(): Promise<void> {
  const history = useReview.getState().history;
  if (!history) return;
  await attempt(() => api()['file:saveBytes']({ kind: 'ulasan', suggestedName: suggestedName(), data: new TextEncoder().encode(serializeReview(history.review)) }));
}

/**
 * File › Export Kertas Ulasan JDN (PDF)… in the UI language, read against the open model. Built in
 * the export worker like the other PDFs, so the editor stays responsive while jsPDF works.
 */
export async function exportKertasUlasan(): Promise<void> {
  const history = useReview.getState().history;
  const doc = useEditor.getState().history?.doc;
  if (!history || !doc) return;
  useReview.setState({ exporting: true });
  try {
    await attempt(async () => {
      const job: ExportJob = { kind: 'kertasUlasan', review: history.review, doc, lang: langOf(i18next.language) };
      const bytes = await startExport(job, () => {}, exportWorkerFactory()).result;
      const { suggestedName } = outputOf(job);
      await api()['file:saveBytes']({ kind: 'pdf', suggestedName, data: bytes as Uint8Array<ArrayBuffer> });
    });
  } finally {
    useReview.setState({ exporting: false });
  }
}

/** The reviewer takes the revised model as the version now reviewed (a new round). */
export function reviewCurrentVersion(): void {
  const doc = useEditor.getState().history?.doc;
  const project = useReview.getState().project;
  if (!doc) return;
  const ok = useReview.getState().dispatch('review.round.start', { snapshot: doc, contentHash: modelContentHash(doc), generation: project?.generation });
  if (ok) useReview.getState().setShowChanges(false);
}

/** Before the review goes away: save / don't save / cancel when it has unsaved changes. */
async function confirmCloseReview(): Promise<boolean> {
  const { history, dirty, fileName } = useReview.getState();
  if (!history || !dirty) return true;
  const choice = await openDialog({ kind: 'unsaved', name: fileName ?? suggestedName() });
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return saveReview();
}

/** File › Close Review: in reviewer mode the read-only project closes with it. */
export async function closeReview(): Promise<void> {
  const { role } = useReview.getState();
  if (!role) return;
  if (role === 'reviewer') {
    // the editor asks about the review's unsaved changes (it stands for the review in reviewer mode)
    if (!(await confirmLeave())) return;
    await attempt(closeCurrent);
    return;
  }
  if (!(await confirmCloseReview())) return;
  useReview.getState().close();
}

/** Leave guard: the agency's unsaved replies are asked about before its project is closed or replaced. */
export function agencyLeaveGuard(): Promise<boolean> {
  return useReview.getState().role === 'agency' ? confirmCloseReview() : Promise.resolve(true);
}
