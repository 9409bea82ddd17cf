/** Hand-built small proposals for portfolio tests: one application supporting some generic processes. */
import type { Element, LakarDocument, Relation } from '../../shared/model/schema';
import { makeDocument } from './factories';

export interface MiniProject {
  title?: string;
  agency: string;
  sector?: 'sosial1' | 'sosial2' | 'ekonomi' | 'infrastruktur' | 'keselamatan' | 'pentadbiranAwam';
  app: string;
  service?: string;
  processes: number[];
  target?: { lifecycle: 'G2C' | 'G2B' | 'G2G' | 'G2E'; group: string };
  extraElements?: Element[];
  extraRelations?: Relation[];
}

/** A proposal with one application (and optionally one service) of `agency` supporting `processes`. */
export function miniProject(p: MiniProject): LakarDocument {
  const els: Element[] = [{ id: 'app', kind: 'application', name: p.app, agency: p.agency }];
  const rels: Relation[] = [];
  p.processes.forEach((n, i) => {
    els.push({ id: `pr${i}`, kind: 'process', name: `P${n}`, genericProcess: n });
    rels.push({ id: `s${i}`, kind: 'supports', source: 'app', target: `pr${i}` });
    if (p.service) rels.push({ id: `r${i}`, kind: 'realizes', source: 'sv', target: `pr${i}` });
  });
  if (p.service) els.push({ id: 'sv', kind: 'service', name: p.service });
  if (p.target) els.push({ id: 'tg', kind: 'targetGroup', name: p.target.group, lifecycle: p.target.lifecycle, group: p.target.group });
  const doc = makeDocument([...els, ...(p.extraElements ?? [])], [...rels, ...(p.extraRelations ?? [])], p.title ?? p.app);
  doc.meta.pemilikProjek = p.agency;
  if (p.sector) doc.meta.sector = p.sector;
  return doc;
}
