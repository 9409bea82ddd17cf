/**
 * OEF XML text → neutral ArchiMate model. Checks, in order, what a user could have handed us by
 * mistake (not XML, an Archi `.archimate` file, OEF 2.x, another namespace, a DTD) and reports it by
 * name; syntax errors carry the line and column. Prefixes are resolved leniently (tools use `xsi`,
 * `xs`, `archimate:` or none) because what matters is the OEF namespace on the root.
 */
import { encodeMetadata, K_METADATA, readMetadata } from './metadata';
import { InterchangeError, type ImportWarning } from './errors';
import { isElementType, isRelationshipType } from './mapping';
import { pickText, type AmConcept, type AmConnection, type AmElement, type AmModel, type AmNode, type AmProperty, type AmRelationship, type AmView, type LangText } from './model';
import { OEF_NAMESPACE } from './write';
import { parseXml, XmlSyntaxError, type XmlElement } from './xml';

const ARCHI_NATIVE_NAMESPACE = 'http://www.archimatetool.com/archimate';

/** Children of `el` named `name` in the file's OEF prefix. */
type Kids = (el: XmlElement | undefined, name: string) => XmlElement[];

/**
 * What concepts without names, documentation or properties share (most relationships have none of
 * them): frozen, as nothing adds to a concept's lists once read.
 */
const NO_TEXTS = Object.freeze([]) as unknown as LangText[];
const NO_PROPERTIES = Object.freeze([]) as unknown as AmProperty[];

function langText(n: XmlElement): LangText {
  const lang = n.attrs['xml:lang'];
  return lang ? { text: n.text, lang } : { text: n.text };
}

function langTexts(nodes: XmlElement[]): LangText[] {
  return nodes.map(langText);
}

/** `archimate:BusinessActor` → `BusinessActor`. */
function localType(v: string | undefined): string | undefined {
  return v?.includes(':') ? v.slice(v.lastIndexOf(':') + 1) : v;
}

/** The attribute name of xsi:type in a file whose XSI prefix is `xsiPrefix` (made once: it is looked up on every concept and node). */
function xsiTypeKey(xsiPrefix: string | undefined): string | undefined {
  return xsiPrefix ? `${xsiPrefix}:type` : undefined;
}

/** The xsi:type of an element, whatever prefix the tool bound to the XSI namespace (`typeKey` from xsiTypeKey). */
function xsiType(el: XmlElement, typeKey: string | undefined): string | undefined {
  if (typeKey !== undefined && el.attrs[typeKey] !== undefined) return localType(el.attrs[typeKey]);
  for (const [k, v] of Object.entries(el.attrs)) if (k.endsWith(':type')) return localType(v);
  return undefined;
}

/** Parse and check that `src` is an OEF 3.x document; throws an InterchangeError naming the problem. */
export function parseOef(src: string, fileName = '', onProgress?: (fraction: number) => void): { root: XmlElement; kids: Kids; qualified: (name: string) => string; xsiPrefix?: string } {
  if (src.trim() === '') throw new InterchangeError('error.empty', { file: fileName });
  if (!/^\s*</.test(src)) throw new InterchangeError('error.notXml', { file: fileName });
  let root: XmlElement;
  try {
    root = parseXml(src, onProgress);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    if (e.doctype) throw new InterchangeError('error.doctype', { file: fileName });
    throw new InterchangeError(`error.xml.${e.problem}`, { ...e.params, file: fileName, line: e.line, col: e.col, message: e.message });
  }
  const prefix = root.qname.includes(':') ? root.qname.slice(0, root.qname.indexOf(':')) : '';
  const ns = root.attrs[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? '';
  if (root.name === 'model' && ns === ARCHI_NATIVE_NAMESPACE) throw new InterchangeError('error.archiNative', { file: fileName });
  if (root.name !== 'model') throw new InterchangeError('error.notOef', { file: fileName, root: root.qname });
  if (ns !== OEF_NAMESPACE) {
    if (/^https?:\/\/www\.opengroup\.org\/xsd\/archimate\/?$/.test(ns) || /\/xsd\/archimate\/2\./.test(ns)) throw new InterchangeError('error.oefVersion2', { file: fileName, namespace: ns });
    throw new InterchangeError('error.wrongNamespace', { file: fileName, namespace: ns || '—', expected: OEF_NAMESPACE });
  }
  const xsiPrefix = Object.entries(root.attrs).find(([k, v]) => k.startsWith('xmlns:') && v === 'http://www.w3.org/2001/XMLSchema-instance')?.[0].slice(6);
  const qualified = (name: string) => (prefix ? `${prefix}:${name}` : name);
  const kids: Kids = (el, name) => {
    const out: XmlElement[] = [];
    if (!el) return out;
    const q = qualified(name);
    for (const c of el.children) if (c.qname === q) out.push(c);
    return out;
  };
  return { root, kids, qualified, xsiPrefix };
}

/** Parse OEF text into the neutral model. */
export function readOef(source: string, fileName = '', onProgress?: (fraction: number) => void): { model: AmModel; warnings: ImportWarning[] } {
  // most files have no carriage return: no 80 MB copy of them
  const src = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
  const { root: m, kids, qualified, xsiPrefix } = parseOef(src, fileName, onProgress);
  const typeKey = xsiTypeKey(xsiPrefix);
  const [qName, qDocumentation, qProperties, qProperty] = ['name', 'documentation', 'properties', 'property'].map(qualified);
  const warnings: ImportWarning[] = [];
  const all = (el: XmlElement, container: string, tag: string) => kids(el, container).flatMap((c) => kids(c, tag));

  const propNames = new Map<string, { name: string; type?: AmProperty['type'] }>();
  for (const d of all(m, 'propertyDefinitions', 'propertyDefinition')) {
    const id = d.attrs.identifier;
    if (!id) continue;
    propNames.set(id, { name: kids(d, 'name')[0]?.text || id, type: d.attrs.type as AmProperty['type'] });
  }
  const property = (p: XmlElement, owner: string): AmProperty => {
    const ref = p.attrs.propertyDefinitionRef ?? p.attrs.identifierref ?? '';
    const def = propNames.get(ref);
    if (!def) throw new InterchangeError('error.danglingRef', { id: owner, ref: ref || 'propertyDefinitionRef' });
    const values = langTexts(kids(p, 'value'));
    const value = values.find((v) => !v.lang || v.lang.startsWith('ms')) ?? values.find((v) => v.lang?.startsWith('en')) ?? values[0];
    return def.type && def.type !== 'string' ? { key: def.name, value: value?.text ?? '', type: def.type } : { key: def.name, value: value?.text ?? '' };
  };
  const props = (node: XmlElement, owner: string): AmProperty[] => all(node, 'properties', 'property').map((p) => property(p, owner));

  // names, documentation and properties in one pass over a concept's children (there are 250,000 concepts at 100k)
  const concept = (node: XmlElement, tag: string, index: number): AmConcept => {
    const id = node.attrs.identifier;
    if (!id) throw new InterchangeError('error.missingAttribute', { file: fileName, tag, attribute: 'identifier', index: index + 1 });
    const type = xsiType(node, typeKey);
    if (!type) throw new InterchangeError('error.missingAttribute', { file: fileName, tag, attribute: 'xsi:type', index: index + 1 });
    let names: LangText[] | undefined;
    let docs: LangText[] | undefined;
    let properties: AmProperty[] | undefined;
    for (const c of node.children) {
      if (c.qname === qName) (names ??= []).push(langText(c));
      else if (c.qname === qDocumentation) (docs ??= []).push(langText(c));
      else if (c.qname === qProperties) for (const p of c.children) if (p.qname === qProperty) (properties ??= []).push(property(p, id));
    }
    return { id, type, names: names ?? NO_TEXTS, docs: docs ?? NO_TEXTS, properties: properties ?? NO_PROPERTIES };
  };

  const elements: AmElement[] = all(m, 'elements', 'element').map((e, i) => {
    const c = concept(e, 'element', i);
    if (!isElementType(c.type)) warnings.push({ key: 'warning.unknownType', params: { id: c.id, type: c.type } });
    return c;
  });
  const relationships: AmRelationship[] = all(m, 'relationships', 'relationship').map((r, i) => {
    const c = concept(r, 'relationship', i);
    const { source, target, accessType, isDirected, modifier } = r.attrs;
    if (!source || !target) throw new InterchangeError('error.missingAttribute', { file: fileName, tag: 'relationship', attribute: source ? 'target' : 'source', index: i + 1 });
    if (!isRelationshipType(c.type)) warnings.push({ key: 'warning.unknownType', params: { id: c.id, type: c.type } });
    const rel = c as AmRelationship;
    rel.source = source;
    rel.target = target;
    if (accessType !== undefined) rel.accessType = accessType;
    if (isDirected === 'true') rel.isDirected = true;
    if (modifier !== undefined) rel.modifier = modifier;
    return rel;
  });

  const views: AmView[] = all(m, 'views', 'diagrams')
    .flatMap((d) => kids(d, 'view'))
    .map((v, i) => {
      const id = v.attrs.identifier;
      if (!id) throw new InterchangeError('error.missingAttribute', { file: fileName, tag: 'view', attribute: 'identifier', index: i + 1 });
      const view: AmView = {
        id,
        names: langTexts(kids(v, 'name')),
        docs: langTexts(kids(v, 'documentation')),
        properties: props(v, id),
        nodes: readNodes(kids(v, 'node'), qualified, typeKey),
        connections: kids(v, 'connection').map(readConnection),
      };
      if (v.attrs.viewpoint) view.viewpoint = v.attrs.viewpoint;
      return view;
    });

  const folders = readOrganizations(kids(m, 'organizations'), kids);
  for (const c of [...elements, ...relationships]) {
    const folder = folders.get(c.id);
    if (folder) c.folder = folder;
  }

  const modelId = m.attrs.identifier ?? 'model';
  const model: AmModel = { id: modelId, names: langTexts(kids(m, 'name')), docs: langTexts(kids(m, 'documentation')), properties: props(m, modelId), elements, relationships, views };
  const metadata = readMetadata(kids(m, 'metadata')[0], m, m.qname.includes(':') ? m.qname.slice(0, m.qname.indexOf(':')) : undefined);
  if (metadata) model.properties.push({ key: K_METADATA, value: encodeMetadata(metadata) });
  return { model, warnings };
}

function num(v: string | undefined, fallback: number): number {
  const n = Number(v);
  return v !== undefined && v.trim() !== '' && Number.isFinite(n) ? n : fallback;
}

/** Diagram nodes with their nested nodes, built without recursion (hostile nesting cannot overflow). */
function readNodes(top: XmlElement[], qualified: (name: string) => string, typeKey: string | undefined): AmNode[] {
  const [qLabel, qNode] = [qualified('label'), qualified('node')];
  const make = (n: XmlElement): AmNode => {
    const node: AmNode = { id: n.attrs.identifier ?? '', type: xsiType(n, typeKey) ?? 'Element', x: num(n.attrs.x, 0), y: num(n.attrs.y, 0), w: num(n.attrs.w, 120), h: num(n.attrs.h, 55), children: [] };
    if (n.attrs.elementRef) node.elementRef = n.attrs.elementRef;
    const label = n.children.find((c) => c.qname === qLabel);
    if (label) node.label = label.text;
    return node;
  };
  const out = top.map(make);
  // two stacks side by side, element and node (a view holds 100,000 nodes: no pair array for each)
  const work = [...top];
  const made = [...out];
  while (work.length > 0) {
    const el = work.pop()!;
    const node = made.pop()!;
    for (const child of el.children) {
      if (child.qname !== qNode) continue;
      const c = make(child);
      node.children.push(c);
      work.push(child);
      made.push(c);
    }
  }
  return out;
}

function readConnection(c: XmlElement): AmConnection {
  const conn: AmConnection = { id: c.attrs.identifier ?? '', source: c.attrs.source ?? '', target: c.attrs.target ?? '' };
  if (c.attrs.relationshipRef) conn.relationshipRef = c.attrs.relationshipRef;
  return conn;
}

/** Folders deeper than this are read as their ancestor at this depth (hostile nesting stays cheap). */
const MAX_FOLDER_DEPTH = 32;
const MAX_FOLDER_LABEL = 200;

/**
 * Folder path (labels of the enclosing organization items, outermost first) of every identifier the
 * organizations reference; the first place wins when a tool lists a concept twice. Walked without
 * recursion, so hostile nesting cannot overflow the stack.
 */
function readOrganizations(roots: XmlElement[], kids: Kids): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const work: [XmlElement, string[]][] = [];
  for (let r = roots.length - 1; r >= 0; r--) {
    const items = kids(roots[r], 'item');
    for (let i = items.length - 1; i >= 0; i--) work.push([items[i], []]);
  }
  while (work.length > 0) {
    const [item, path] = work.pop()!;
    const ref = item.attrs.identifierRef;
    if (ref !== undefined) {
      if (path.length > 0 && !out.has(ref)) out.set(ref, path);
      continue;
    }
    const label = (pickText(langTexts(kids(item, 'label')))?.text.trim() ?? '').slice(0, MAX_FOLDER_LABEL);
    const inner = label === '' || path.length >= MAX_FOLDER_DEPTH ? path : [...path, label];
    const children = kids(item, 'item');
    for (let i = children.length - 1; i >= 0; i--) work.push([children[i], inner]);
  }
  return out;
}
