/**
 * A tool-neutral in-memory ArchiMate model: what an OEF file or an Archi CSV triple holds, before it
 * is mapped to (or after it is mapped from) the LMV metamodel. Readers and writers of the two formats
 * only convert between bytes and this shape; `to-lakar.ts` and `from-lakar.ts` do the mapping once.
 */

/** A string in one language (`lang` absent when the file gives none). */
export interface LangText {
  text: string;
  lang?: string;
}

/** One property instance; `key` is the property definition's name. */
export interface AmProperty {
  key: string;
  value: string;
  /** OEF property-definition data type; absent means string. */
  type?: 'string' | 'boolean' | 'number' | 'currency' | 'date' | 'time';
}

/** Common part of elements and relationships. */
export interface AmConcept {
  /** Identifier as written in the file (OEF `identifier`, CSV `ID`). */
  id: string;
  /** ArchiMate type without prefix or suffix, e.g. `BusinessActor`, `Serving`. */
  type: string;
  names: LangText[];
  docs: LangText[];
  properties: AmProperty[];
  /** Archi's specialization (CSV only). */
  specialization?: string;
  /** Labels of the organization (folder) items holding the concept, outermost first. */
  folder?: string[];
}

export type AmElement = AmConcept;

export interface AmRelationship extends AmConcept {
  source: string;
  target: string;
  /** Access relationships: Access | Read | Write | ReadWrite. */
  accessType?: string;
  /** Association relationships. */
  isDirected?: boolean;
  /** Influence relationships. */
  modifier?: string;
}

/** A node of a diagram: an element reference, or a container/label without one. */
export interface AmNode {
  id: string;
  /** `Element`, `Container` or `Label`. */
  type: string;
  elementRef?: string;
  label?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Fill colour `#rrggbb` (written as the node's style). */
  fill?: string;
  children: AmNode[];
}

export interface AmConnection {
  id: string;
  relationshipRef?: string;
  source: string;
  target: string;
}

export interface AmView {
  id: string;
  names: LangText[];
  docs: LangText[];
  properties: AmProperty[];
  viewpoint?: string;
  nodes: AmNode[];
  connections: AmConnection[];
}

export interface AmModel {
  id: string;
  names: LangText[];
  docs: LangText[];
  properties: AmProperty[];
  elements: AmElement[];
  relationships: AmRelationship[];
  views: AmView[];
}

/**
 * The text to show from several language variants: the untagged one (the file's default, as Lakar
 * writes its main name next to translations), then Malay, then English, then any.
 */
export function pickText(texts: readonly LangText[], prefer: readonly (string | undefined)[] = ['ms', 'en']): LangText | undefined {
  if (texts.length <= 1) return texts[0];
  const untagged = texts.find((t) => !t.lang);
  if (untagged) return untagged;
  for (const lang of prefer) {
    if (!lang) continue;
    const hit = texts.find((t) => t.lang?.toLowerCase() === lang.toLowerCase()) ?? texts.find((t) => t.lang?.toLowerCase().split('-')[0] === lang.toLowerCase());
    if (hit) return hit;
  }
  return texts[0];
}
