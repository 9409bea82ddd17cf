/**
 * View › Auto-layout off the UI thread: ordering, placing and making room for the routed lines of a
 * big view takes seconds, during which the editor stays responsive and shows how far it is.
 */
import { layoutView } from '../../../shared/layout';
import { fromLayoutMessage, type LayoutReply, type LayoutRequestMessage } from './layoutProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequestMessage>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  // the view and what reaches it, tables in their wire form (layoutProtocol.ts)
  const { doc, viewId } = fromLayoutMessage(event.data);
  layoutView(doc, viewId, { onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }) })
    .then((result) => scope.postMessage({ type: 'done', result }))
    .catch((e: unknown) => scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
};
