/**
 * Neutral ArchiMate model → OEF 3.1 XML text, valid against The Open Group's XSDs (the tests run
 * xmllint on it). Elements appear in the order the schema demands; empty containers are left out
 * because the schema requires at least one child in each.
 */
import { DC_NAMESPACE, decodeMetadata, K_METADATA, type OefMetadata } from './metadata';
import type { AmConcept, AmModel, AmNode, AmProperty, AmRelationship, AmView, LangText } from './model';

export const OEF_NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${OEF_NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`;

// Characters XML 1.0 cannot carry at all (not even as references).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Anything that may need escaping or removing; most names and ids contain none of it.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>"\r\n\t\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escape character data; CR is written as a reference so it survives line-end normalisation. */
export function escapeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escape an attribute value (whitespace characters as references so they are not normalised away). */
export function escapeAttr(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function langAttr(t: LangText): string {
  return t.lang ? ` xml:lang="${escapeAttr(t.lang)}"` : '';
}

function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const n = parseInt(hex.replace('#', ''), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** Write the model as an OEF document. */
export function writeOef(source: AmModel): string {
  // the Dublin Core metadata kept as a model property goes back into <metadata>, not <properties>
  const metadata = decodeMetadata(source.properties.find((p) => p.key === K_METADATA)?.value);
  const model = { ...source, properties: source.properties.filter((p) => p.key !== K_METADATA) };
  const defs = new PropertyDefinitions(model);
  const out: string[] = [];
  const push = (s: string) => out.push(s);
  push('<?xml version="1.0" encoding="UTF-8"?>\n');
  push(`<model xmlns="${OEF_NAMESPACE}" xmlns:xsi="${XSI}"${metadata?.dc.length ? ` xmlns:dc="${DC_NAMESPACE}"` : ''} xsi:schemaLocation="${SCHEMA_LOCATION}" identifier="${escapeAttr(model.id)}">\n`);
  writeTexts(push, '  ', 'name', model.names.length > 0 ? model.names : [{ text: '' }]);
  writeTexts(push, '  ', 'documentation', model.docs);
  writeProperties(push, '  ', model.properties, defs);
  if (metadata) writeMetadata(push, '  ', metadata);
  if (model.elements.length > 0) {
    push('  <elements>\n');
    for (const e of model.elements) writeConcept(push, 'element', e, '', defs);
    push('  </elements>\n');
  }
  if (model.relationships.length > 0) {
    push('  <relationships>\n');
    for (const r of model.relationships) writeConcept(push, 'relationship', r, relationshipAttrs(r), defs);
    push('  </relationships>\n');
  }
  writeOrganizations(push, [...model.elements, ...model.relationships]);
  defs.write(push);
  if (model.views.length > 0) {
    push('  <views>\n    <diagrams>\n');
    for (const v of model.views) writeView(push, v, defs);
    push('    </diagrams>\n  </views>\n');
  }
  push('</model>\n');
  return out.join('');
}

function writeTexts(push: (s: string) => void, indent: string, tag: string, texts: readonly LangText[]) {
  for (const t of texts) push(`${indent}<${tag}${langAttr(t)}>${escapeText(t.text)}</${tag}>\n`);
}

function writeMetadata(push: (s: string) => void, indent: string, m: OefMetadata) {
  push(`${indent}<metadata>\n`);
  if (m.schema !== undefined) push(`${indent}  <schema>${escapeText(m.schema)}</schema>\n`);
  if (m.schemaversion !== undefined) push(`${indent}  <schemaversion>${escapeText(m.schemaversion)}</schemaversion>\n`);
  // names are limited to the Dublin Core elements by decodeMetadata
  for (const [name, text] of m.dc) push(`${indent}  <dc:${name}>${escapeText(text)}</dc:${name}>\n`);
  push(`${indent}</metadata>\n`);
}

function writeProperties(push: (s: string) => void, indent: string, props: readonly AmProperty[], defs: PropertyDefinitions) {
  if (props.length === 0) return;
  push(`${indent}<properties>\n`);
  for (const p of props) {
    push(`${indent}  <property propertyDefinitionRef="${defs.ref(p)}"><value>${escapeText(p.value)}</value></property>\n`);
  }
  push(`${indent}</properties>\n`);
}

function relationshipAttrs(r: AmRelationship): string {
  let attrs = ` source="${escapeAttr(r.source)}" target="${escapeAttr(r.target)}"`;
  if (r.type === 'Access' && r.accessType) attrs += ` accessType="${escapeAttr(r.accessType)}"`;
  if (r.type === 'Association' && r.isDirected) attrs += ' isDirected="true"';
  if (r.type === 'Influence' && r.modifier !== undefined) attrs += ` modifier="${escapeAttr(r.modifier)}"`;
  return attrs;
}

function writeConcept(push: (s: string) => void, tag: string, c: AmConcept, extraAttrs: string, defs: PropertyDefinitions) {
  // Real elements must have a name in the schema; junctions and relationships need none.
  const needsName = tag === 'element' && !c.type.endsWith('Junction') && c.names.length === 0;
  const names = needsName ? [{ text: '' }] : c.names;
  push(`    <${tag} identifier="${escapeAttr(c.id)}" xsi:type="${escapeAttr(c.type)}"${extraAttrs}>\n`);
  writeTexts(push, '      ', 'name', names);
  writeTexts(push, '      ', 'documentation', c.docs);
  writeProperties(push, '      ', c.properties, defs);
  push(`    </${tag}>\n`);
}

function writeView(push: (s: string) => void, v: AmView, defs: PropertyDefinitions) {
  const viewpoint = v.viewpoint ? ` viewpoint="${escapeAttr(v.viewpoint)}"` : '';
  push(`      <view identifier="${escapeAttr(v.id)}" xsi:type="Diagram"${viewpoint}>\n`);
  writeTexts(push, '        ', 'name', v.names.length > 0 ? v.names : [{ text: '' }]);
  writeTexts(push, '        ', 'documentation', v.docs);
  writeProperties(push, '        ', v.properties, defs);
  for (const n of v.nodes) writeNode(push, '        ', n);
  for (const c of v.connections) {
    const ref = c.relationshipRef ? ` relationshipRef="${escapeAttr(c.relationshipRef)}" xsi:type="Relationship"` : ' xsi:type="Line"';
    push(`        <connection identifier="${escapeAttr(c.id)}"${ref} source="${escapeAttr(c.source)}" target="${escapeAttr(c.target)}" />\n`);
  }
  push('      </view>\n');
}

function writeNode(push: (s: string) => void, indent: string, n: AmNode) {
  const ref = n.elementRef ? ` elementRef="${escapeAttr(n.elementRef)}"` : '';
  const open = `${indent}<node identifier="${escapeAttr(n.id)}"${ref} xsi:type="${escapeAttr(n.type)}" x="${n.x}" y="${n.y}" w="${n.w}" h="${n.h}"`;
  if (n.label === undefined && !n.fill && n.children.length === 0) {
    push(`${open} />\n`);
    return;
  }
  push(`${open}>\n`);
  if (n.label !== undefined) push(`${indent}  <label>${escapeText(n.label)}</label>\n`);
  if (n.fill) {
    const { r, g, b } = hexToRgb(n.fill);
    push(`${indent}  <style><lineColor r="160" g="160" b="160" /><fillColor r="${r}" g="${g}" b="${b}" /></style>\n`);
  }
  for (const c of n.children) writeNode(push, `${indent}  `, c);
  push(`${indent}</node>\n`);
}

interface Folder {
  label: string;
  folders: Map<string, Folder>;
  refs: string[];
}

/** The folder tree of the concepts that have a folder, in the order they first appear. */
function writeOrganizations(push: (s: string) => void, concepts: readonly AmConcept[]) {
  const root: Folder = { label: '', folders: new Map(), refs: [] };
  for (const c of concepts) {
    if (!c.folder) continue;
    let at = root;
    for (const label of c.folder) {
      let next = at.folders.get(label);
      if (!next) at.folders.set(label, (next = { label, folders: new Map(), refs: [] }));
      at = next;
    }
    at.refs.push(c.id);
  }
  if (root.folders.size === 0) return;
  push('  <organizations>\n');
  // Depth first without recursion: [folder, depth] to open, or a closing tag to write.
  const work: (readonly [Folder, number] | string)[] = [...root.folders.values()].reverse().map((f) => [f, 2] as const);
  while (work.length > 0) {
    const next = work.pop()!;
    if (typeof next === 'string') {
      push(next);
      continue;
    }
    const [folder, depth] = next;
    const indent = '  '.repeat(depth);
    push(`${indent}<item>\n${indent}  <label>${escapeText(folder.label)}</label>\n`);
    for (const ref of folder.refs) push(`${indent}  <item identifierRef="${escapeAttr(ref)}" />\n`);
    work.push(`${indent}</item>\n`);
    for (const f of [...folder.folders.values()].reverse()) work.push([f, depth + 1]);
  }
  push('  </organizations>\n');
}

/** One property definition per distinct key, with identifiers that collide with nothing in the file. */
class PropertyDefinitions {
  private readonly byKey = new Map<string, { id: string; type: NonNullable<AmProperty['type']> }>();
  private readonly taken = new Set<string>();
  private next = 1;

  constructor(model: AmModel) {
    this.taken.add(model.id);
    for (const c of [...model.elements, ...model.relationships]) this.taken.add(c.id);
    for (const v of model.views) {
      this.taken.add(v.id);
      const walk = (nodes: AmNode[]) => nodes.forEach((n) => (this.taken.add(n.id), walk(n.children)));
      walk(v.nodes);
      for (const c of v.connections) this.taken.add(c.id);
    }
    // Register every key up front: definitions are written before the views that use them.
    for (const c of [model, ...model.elements, ...model.relationships, ...model.views]) for (const p of c.properties) this.ref(p);
  }

  ref(p: AmProperty): string {
    let def = this.byKey.get(p.key);
    if (!def) {
      let id = `propid-${this.next++}`;
      while (this.taken.has(id)) id = `propid-${this.next++}`;
      def = { id, type: p.type ?? 'string' };
      this.byKey.set(p.key, def);
    }
    return def.id;
  }

  write(push: (s: string) => void) {
    if (this.byKey.size === 0) return;
    push('  <propertyDefinitions>\n');
    for (const [key, def] of this.byKey) {
      push(`    <propertyDefinition identifier="${def.id}" type="${def.type}">\n      <name>${escapeText(key)}</name>\n    </propertyDefinition>\n`);
    }
    push('  </propertyDefinitions>\n');
  }
}
