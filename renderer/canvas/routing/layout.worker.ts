/**
 * View › Auto-layout off the UI thread: ordering, placing and making room for the routed lines of a
 * big view takes seconds, during which the editor stays responsive and shows how far it is.
 */
import { layoutView } from '../../../shared/layout';
import { fromWire } from '../../../shared/model/wire';
import type { LayoutReply, LayoutRequest } from './layoutProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  // the document arrives with its tables as records (shared/model/wire.ts)
  const { doc, viewId } = fromWire(event.data);
  layoutView(doc, viewId, { onProgress: (fraction) => scope.postMessage({ type: 'progress', fraction }) })
    .then((result) => scope.postMessage({ type: 'done', result }))
    .catch((e: unknown) => scope.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }));
};
