/** Names of the properties Lakar writes into ArchiMate files, and control keys kept in LMV `properties`. */

/** The LMV kind, written when the ArchiMate type alone would be read back as another kind. */
export const P_KIND = 'lakar:kind';
/** The original Lakar id when the file's identifier had to differ. */
export const P_ID = 'lakar:id';
/** View order, band heights and exact node geometry of a Lakar view. */
export const P_VIEW_ORDER = 'lakar:order';
export const P_BAND_HEIGHTS = 'lakar:bandHeights';
export const P_GEOMETRY = 'lakar:geometry';
/** As-Is or To-Be state of a view. */
export const P_VIEW_STATE = 'lakar:state';
/** Mark of a view first read from another tool's diagram (JSON `{ viewpoint? }`). */
export const P_VIEW_IMPORTED = 'lakar:imported';
/** Document schema version of the exporting Lakar. */
export const P_SCHEMA_VERSION = 'lakar:schemaVersion';
/** Prefix of project-meta fields on the model. */
export const P_META = 'lakar:meta.';

/** Kept in LMV `properties` of imported concepts: the original ArchiMate type when it is not the default. */
export const K_TYPE = 'archimate:type';
/** Names/documentation in other languages: `archimate:name:<lang>`, `archimate:documentation:<lang>`. */
export const K_NAME_PREFIX = 'archimate:name:';
export const K_DOC_PREFIX = 'archimate:documentation:';
/**
 * Language (xml:lang) of the main name, kept when the file had other-language variants (Visual
 * Paradigm, Bizzdesign); and of the main documentation when it differs (`''` for untagged).
 */
export const K_LANG = 'archimate:lang';
export const K_DOC_LANG = 'archimate:documentation.lang';
/** Documentation of a relationship (LMV relations have no description field). */
export const K_DOC = 'archimate:documentation';
/** Access type when it says more than the LMV `access` field (e.g. ReadWrite). */
export const K_ACCESS_TYPE = 'archimate:accessType';
export const K_DIRECTED = 'archimate:isDirected';
export const K_MODIFIER = 'archimate:modifier';
/** The folder (OEF organization) of a concept: a JSON array of folder labels, outermost first. */
export const K_FOLDER = 'archimate:folder';
/** Archi's specialization (profile) name, CSV column "Specialization". */
export const K_SPECIALIZATION = 'archimate:specialization';

/** True for LMV property keys consumed by the writers instead of being written as properties. */
export function isControlKey(key: string): boolean {
  return key === K_TYPE || key === K_DOC || key === K_LANG || key === K_DOC_LANG || key === K_FOLDER || key === K_ACCESS_TYPE || key === K_DIRECTED || key === K_MODIFIER || key.startsWith(K_NAME_PREFIX) || key.startsWith(K_DOC_PREFIX);
}

/** The folder path kept in `archimate:folder`, or undefined when absent or not a list of labels. */
export function folderOf(properties: Record<string, string> | undefined): string[] | undefined {
  const raw = properties?.[K_FOLDER];
  if (!raw) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    if (Array.isArray(v) && v.length > 0 && v.every((l) => typeof l === 'string')) return v as string[];
  } catch {
    // a hand-edited value that is not JSON is not a folder path
  }
  return undefined;
}
