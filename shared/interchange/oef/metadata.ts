/**
 * The Dublin Core `<metadata>` of an OEF model (creator, date, subject…; Archi and Sparx EA write
 * it). Lakar keeps it as one model property, `archimate:metadata` (JSON), so it survives a Lakar
 * project and an Archi CSV round-trip, and writes it back as `<metadata>` on OEF export.
 */
import type { XmlElement } from './xml';

export const K_METADATA = 'archimate:metadata';
export const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** The metadata block: its schema line and the Dublin Core entries, in file order. */
export interface OefMetadata {
  schema?: string;
  schemaversion?: string;
  /** [local name, text], e.g. ['creator', 'Phil Beauvoir']. */
  dc: [string, string][];
}

/** The Dublin Core 1.1 elements (dc.xsd): only these validate inside `<metadata>`. */
const DC_ELEMENTS = new Set(['title', 'creator', 'subject', 'description', 'publisher', 'contributor', 'date', 'type', 'format', 'identifier', 'source', 'language', 'relation', 'coverage', 'rights']);

/** Read `<metadata>` (children of the OEF namespace or Dublin Core); undefined when there is none. */
export function readMetadata(metadata: XmlElement | undefined, root: XmlElement, oefPrefix: string | undefined): OefMetadata | undefined {
  if (!metadata) return undefined;
  const out: OefMetadata = { dc: [] };
  for (const c of metadata.children) {
    const prefix = c.qname.includes(':') ? c.qname.slice(0, c.qname.indexOf(':')) : undefined;
    const ns = c.attrs[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? root.attrs[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? '';
    if (prefix === oefPrefix && (c.name === 'schema' || c.name === 'schemaversion')) out[c.name] = c.text.trim();
    else if (ns === DC_NAMESPACE && DC_ELEMENTS.has(c.name)) out.dc.push([c.name, c.text.trim()]);
  }
  return out.schema === undefined && out.schemaversion === undefined && out.dc.length === 0 ? undefined : out;
}

/** The metadata as the value of the `archimate:metadata` property. */
export function encodeMetadata(m: OefMetadata): string {
  return JSON.stringify(m);
}

/** The metadata from a property value; undefined when it is not one (edited by hand). */
export function decodeMetadata(value: string | undefined): OefMetadata | undefined {
  if (!value) return undefined;
  try {
    const m = JSON.parse(value) as OefMetadata;
    const dc = Array.isArray(m.dc) ? m.dc.filter((e): e is [string, string] => Array.isArray(e) && typeof e[0] === 'string' && DC_ELEMENTS.has(e[0]) && typeof e[1] === 'string') : [];
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { schema: str(m.schema), schemaversion: str(m.schemaversion), dc };
  } catch {
    return undefined;
  }
}
