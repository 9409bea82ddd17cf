/**
 * View › Auto-layout off the UI thread: ordering, placing and making room for the routed lines of a
 * big view takes seconds, during which the editor stays responsive and shows how far it is.
 */
import { layoutView } from '../../../shared/layout';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const { doc, viewId } = event.data;
  layoutView(doc, viewId, { onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }) })
    .then((result) => scope.postMessage({ type: 'done', result }))
    .catch((e: unknown) => scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
};
