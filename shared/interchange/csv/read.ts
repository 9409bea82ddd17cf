/**
 * Archi's CSV triple → neutral ArchiMate model. Follows Archi's own importer: exact headers (the
 * Specialization column optional), the `ArchimateModel` row for the model, `…Relationship` type names,
 * and the special property keys Access_Type, Directed, Influence_Strength and Junction_Type. Comma,
 * semicolon and tab delimiters are accepted (Archi can write all three). Errors name file and line.
 */
import Papa from 'papaparse';
import { InterchangeError, lineAt, type ImportWarning } from '../oef/errors';
import { decodeViews, P_VIEWS } from './views';
import { isElementType, isRelationshipType } from '../oef/mapping';
import type { AmConcept, AmModel, AmRelationship } from '../oef/model';
import { decodeBytes } from '../oef/text';

export interface CsvFile {
  name: string;
  data: Uint8Array | string;
}

export const ELEMENTS_HEADER = ['ID', 'Type', 'Name', 'Documentation', 'Specialization'];
export const RELATIONS_HEADER = ['ID', 'Type', 'Name', 'Documentation', 'Source', 'Target', 'Specialization'];
export const PROPERTIES_HEADER = ['ID', 'Key', 'Value'];
export const ARCHIMATE_MODEL_TYPE = 'ArchimateModel';
export const ACCESS_TYPE_KEY = 'Access_Type';
export const DIRECTED_KEY = 'Directed';
export const INFLUENCE_KEY = 'Influence_Strength';
export const JUNCTION_KEY = 'Junction_Type';

interface Rows {
  rows: string[][];
  /** 1-based line where each row starts. */
  lines: number[];
}

function textOf(file: CsvFile, warnings: ImportWarning[]): string {
  if (typeof file.data === 'string') return file.data.replace(/^\uFEFF/, '');
  const decoded = decodeBytes(file.data, 'csv', file.name);
  warnings.push(...decoded.warnings);
  return decoded.text;
}

/** The delimiter Archi used, read from the header (`"ID",` / `"ID";` / `"ID"\t`). */
function delimiterOf(text: string): string {
  const m = /^"?ID"?([,;\t])/i.exec(text);
  return m ? m[1] : ',';
}

function parseRows(file: CsvFile, header: readonly string[], minColumns: number, warnings: ImportWarning[]): Rows {
  const text = textOf(file, warnings);
  if (text.trim() === '') throw new InterchangeError('error.empty', { file: file.name });
  const result = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), quoteChar: '"', escapeChar: '"', skipEmptyLines: true });
  const quoteError = result.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (quoteError) {
    const line = quoteError.index !== undefined ? lineAt(text, quoteError.index) : (quoteError.row ?? 0) + 1;
    // The two quoting problems a user can fix have their own text; anything else keeps the parser's words.
    const key = quoteError.code === 'MissingQuotes' ? 'error.csvQuoteUnclosed' : quoteError.code === 'InvalidQuotes' ? 'error.csvQuoteStray' : 'error.csvQuoting';
    throw new InterchangeError(key, { file: file.name, line, message: quoteError.message });
  }
  const rows = result.data;
  const found = rows[0] ?? [];
  const ok = found.length >= minColumns && found.length <= header.length && found.every((h, i) => h.trim().toLowerCase() === header[i].toLowerCase());
  if (!ok) throw new InterchangeError('error.csvHeader', { file: file.name, expected: header.join(','), found: found.join(',').slice(0, 200) });
  // Line numbers of rows, for messages: count the line breaks the parser consumed.
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].length !== found.length) throw new InterchangeError('error.csvColumns', { file: file.name, line: lines[i], expected: found.length, found: rows[i].length });
  }
  return { rows, lines };
}

function concept(id: string, type: string, name: string, doc: string, specialization: string | undefined): AmConcept {
  const c: AmConcept = { id, type, names: [{ text: name }], docs: doc === '' ? [] : [{ text: doc }], properties: [] };
  if (specialization) c.specialization = specialization;
  return c;
}

/** Read the triple; `relations` and `properties` are optional like in Archi. */
export function readArchiCsv(files: { elements: CsvFile; relations?: CsvFile; properties?: CsvFile }): { model: AmModel; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const model: AmModel = { id: 'model', names: [], docs: [], properties: [], elements: [], relationships: [], views: [] };
  const byId = new Map<string, AmConcept>();
  let modelId: string | undefined;

  const el = parseRows(files.elements, ELEMENTS_HEADER, 4, warnings);
  el.rows.slice(1).forEach((r, i) => {
    const [id, type, name, doc, spec] = r;
    if (type === ARCHIMATE_MODEL_TYPE) {
      modelId = id || undefined;
      if (id) model.id = id;
      model.names = [{ text: name }];
      model.docs = doc === '' ? [] : [{ text: doc }];
      return;
    }
    if (!id) throw new InterchangeError('error.missingAttribute', { file: files.elements.name, tag: type || '?', attribute: 'ID', index: el.lines[i + 1] });
    if (byId.has(id)) throw new InterchangeError('error.duplicateId', { id });
    const t = type === 'Junction' ? 'AndJunction' : type;
    if (!isElementType(t)) warnings.push({ key: 'warning.unknownType', params: { id, type } });
    const c = concept(id, t, name, doc, spec);
    // CSV cannot tell an empty name from none; junctions have none.
    if (name === '') c.names = [];
    model.elements.push(c);
    byId.set(id, c);
  });

  if (files.relations) {
    const rel = parseRows(files.relations, RELATIONS_HEADER, 6, warnings);
    rel.rows.slice(1).forEach((r, i) => {
      const [id, rawType, name, doc, source, target, spec] = r;
      if (!id || !source || !target) throw new InterchangeError('error.missingAttribute', { file: files.relations!.name, tag: rawType || '?', attribute: !id ? 'ID' : !source ? 'Source' : 'Target', index: rel.lines[i + 1] });
      if (byId.has(id)) throw new InterchangeError('error.duplicateId', { id });
      const type = rawType.replace(/Relationship$/, '');
      if (!isRelationshipType(type)) warnings.push({ key: 'warning.unknownType', params: { id, type: rawType } });
      const c: AmRelationship = { ...concept(id, type, name, doc, spec), source, target };
      if (name === '') c.names = [];
      model.relationships.push(c);
      byId.set(id, c);
    });
  }

  if (files.properties) {
    const props = parseRows(files.properties, PROPERTIES_HEADER, 3, warnings);
    props.rows.slice(1).forEach((r, i) => {
      const [id, key, value] = r;
      const owner = id === modelId || (id === model.id && !byId.has(id)) ? model : byId.get(id);
      if (!owner) throw new InterchangeError('error.danglingRef', { id: `${files.properties!.name}:${props.lines[i + 1]}`, ref: id });
      if (owner !== model && applySpecial(owner as AmConcept, key, value)) return;
      owner.properties.push({ key, value });
    });
  }

  const viewsProp = model.properties.findIndex((p) => p.key === P_VIEWS);
  if (viewsProp !== -1) {
    const views = decodeViews(model.properties[viewsProp].value);
    if (views) model.views = views;
    else warnings.push({ key: 'warning.viewsUnreadable', params: { file: files.properties?.name ?? '' } });
    model.properties.splice(viewsProp, 1);
  }
  return { model, warnings };
}

/** Archi keeps a few attributes as special properties; true when `key` was one of them. */
function applySpecial(c: AmConcept, key: string, value: string): boolean {
  const rel = c as AmRelationship;
  if (key === ACCESS_TYPE_KEY && c.type === 'Access') rel.accessType = value;
  else if (key === DIRECTED_KEY && c.type === 'Association') rel.isDirected = value.toLowerCase() === 'true';
  else if (key === INFLUENCE_KEY && c.type === 'Influence') rel.modifier = value;
  else if (key === JUNCTION_KEY && (c.type === 'AndJunction' || c.type === 'OrJunction')) c.type = value === 'And' ? 'AndJunction' : 'OrJunction';
  else return false;
  return true;
}
