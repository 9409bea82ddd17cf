/**
 * The active view with its bands as the canvas draws them: grown where a box needs more height (an
 * application holding its modules, a site listing the controls protecting it). The band layer, the
 * band labels, a fit of the whole view and a drag's clamping into a band all read it.
 */
import { useMemo } from 'react';
import type { LakarDocument, View } from '../../shared/model';
import type { FlowModelBuilder } from './flowModel';

/**
 * `view` with the band heights its scene draws (the same object while they are the stored ones).
 * It reads the relations: a protects relation makes a site's box taller (shared/routing/protection.ts);
 * memoised on the elements and view alone, the bands stayed as the relations of an earlier render drew them.
 */
export function useDrawnView(builder: FlowModelBuilder, elements: LakarDocument['elements'] | undefined, relations: LakarDocument['relations'] | undefined, view: View): View {
  return useMemo(() => {
    if (!elements || !relations) return view;
    const heights = builder.scene({ elements, relations }, view).bands.map((b) => b.height);
    return heights.some((h, i) => h !== (view.bandHeights?.[i] ?? -1)) ? { ...view, bandHeights: heights } : view;
  }, [builder, elements, relations, view]);
}
