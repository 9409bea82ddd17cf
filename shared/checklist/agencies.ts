/** Which agencies and systems are the project's own (001 Jadual 3-1 label 6: sistem dalaman agensi or sistem luaran). */
import type { ElementOf, LakarDocument } from '../model/schema';

/** Agencies of the project itself (pemilik, peneraju, pelaksana), lower case. */
export function ownAgencies(doc: LakarDocument): Set<string> {
  return new Set([doc.meta.pemilikProjek, doc.meta.penerajuProjek, doc.meta.pelaksanaProjek].filter((x): x is string => !!x).map((x) => x.trim().toLowerCase()));
}

/** True for a system of the project's own agency (marked internal, or owned by a project agency). */
export function isInternalSystem(doc: LakarDocument, e: ElementOf<'externalSystem'>): boolean {
  return e.internal === true || (!!e.agency && ownAgencies(doc).has(e.agency.trim().toLowerCase()));
}

/** The system under `id` when it is another agency's (a sistem luaran not marked or owned as the project's), else undefined. */
export function otherAgencySystem(doc: LakarDocument, id: string): ElementOf<'externalSystem'> | undefined {
  const e = doc.elements.get(id);
  return e?.kind === 'externalSystem' && !isInternalSystem(doc, e) ? e : undefined;
}
