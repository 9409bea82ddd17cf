/** Run View › Auto-layout in a worker (inline where there are no workers, e.g. unit tests). */
import { layoutView, type LayoutResult } from '../../../shared/layout';
import type { LakarDocument } from '../../../shared/model';
import { followWorker } from '../../workers/worker-job';
import { toLayoutMessage, type LayoutReply } from './layoutProtocol';

/** Lay out `viewId` of `doc` off the UI thread, telling `onProgress` how far it is. */
export function layoutInWorker(doc: LakarDocument, viewId: string, onProgress: (fraction: number) => void): Promise<LayoutResult> {
  if (typeof Worker === 'undefined') return layoutView(doc, viewId, { onProgress });
  const job = followWorker<LayoutResult, number>(
    () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'lakar-layout' }),
    {
      // only the view and what reaches it: a few hundred boxes, not the project's 100,000 elements
      start: toLayoutMessage({ doc, viewId }),
      read: (data) => {
        const msg = data as LayoutReply;
        if (msg.type === 'progress') return { progress: msg.fraction };
        if (msg.type === 'done') return { value: msg.result };
        return { error: new Error(msg.message) };
      },
      cancelled: () => new Error('cancelled'),
      crashed: (message) => new Error(message),
    },
    onProgress,
  );
  return job.result;
}
