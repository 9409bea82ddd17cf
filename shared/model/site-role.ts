/**
 * What a site hosting systems is for (001 §3.3.4 g; 003 §3.2.8: the data centre and the
 * disaster-recovery centre): the role the planner stated, else the one its type says. Read by the
 * checker (site.roleMissing) and by the paper's site table, so both give the same answer.
 */
import type { Site } from './schema';
import type { SiteRole } from './vocabulary';

/** The site's role: stated, or said by its type (a DRC is for recovery, MyGovCloud and public cloud are cloud). */
export function siteRole(site: Site): SiteRole | undefined {
  if (site.role) return site.role;
  if (site.siteType === 'drc') return 'dr';
  if (site.siteType === 'myGovCloudCfa' || site.siteType === 'publicCloud') return 'cloud';
  return undefined;
}
