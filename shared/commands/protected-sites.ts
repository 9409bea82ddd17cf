/**
 * Sites whose box a command changes without touching the site: a site lists the controls protecting
 * it in its box ("Dilindungi oleh: HSM, SIEM, DLP", shared/routing/protection.ts), so adding,
 * removing or retargeting a `protects` relation, or renaming or deleting a control, makes that box
 * taller or shorter. The views showing such a site are drawn again as after a rename of the site
 * itself; without it a view stayed trusted as drawn (normalize.ts) with a site box taller than its
 * band kept room for, and the box ran onto the band below on the canvas and on paper.
 */
import type { LakarDocument, Relation } from '../model/schema';
import { listedInSite } from '../routing/protection';
import { normalizeViewsShowing, rememberNormalised } from './normalize';
import type { CommandDraft } from './registry';

/** The site whose box lists relation `r` (a control protecting it) in `elements`, if any. */
export function siteListing(elements: LakarDocument['elements'], r: Relation | undefined): string | undefined {
  return r && listedInSite({ elements }, r) ? r.target : undefined;
}

/**
 * The sites whose list of protecting controls changes when relation `before` becomes `after` (either
 * undefined: added or removed), the elements being `elements` both times.
 */
export function sitesRelisted(elements: LakarDocument['elements'], before: Relation | undefined, after: Relation | undefined): string[] {
  const was = siteListing(elements, before);
  const is = siteListing(elements, after);
  // the same control protecting the same site (its description edited): the list stays as it was
  if (was !== undefined && was === is && before!.source === after!.source) return [];
  return [was, is].filter((s): s is string => s !== undefined);
}

/**
 * Draw again the boxes of `sites` on every view showing one, and trust those views as stored as
 * drawn. Only for a command that changed neither those views nor the elements on them before (their
 * lists of controls changed through relations or a control's name): normalizeViewsShowing draws
 * from the views as they were before the command. View `skip`, if given, is left alone (the command
 * drew it itself).
 */
export function redrawSites(draft: CommandDraft, sites: readonly string[], skip?: string): void {
  if (!sites.length) return;
  normalizeViewsShowing(draft, sites, skip);
  for (const [viewId, view] of Object.entries(draft.views)) if (viewId !== skip && sites.some((id) => id in view.nodes)) rememberNormalised(draft, viewId);
}
