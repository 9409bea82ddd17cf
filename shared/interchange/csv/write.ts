/**
 * Neutral ArchiMate model → Archi's CSV triple, byte-compatible with what Archi writes: every field
 * quoted, quotes doubled, CRLF line ends, an `ArchimateModel` row, `…Relationship` types and Archi's
 * special property keys. Files start with a UTF-8 BOM so Excel shows Malay and accented text right.
 */
import { K_DOC_LANG, K_FOLDER, K_LANG, K_SPECIALIZATION } from '../oef/keys';
import type { AmConcept, AmModel, AmProperty } from '../oef/model';
import { pickText } from '../oef/model';
import { ACCESS_TYPE_KEY, ARCHIMATE_MODEL_TYPE, DIRECTED_KEY, ELEMENTS_HEADER, INFLUENCE_KEY, JUNCTION_KEY, PROPERTIES_HEADER, RELATIONS_HEADER } from './read';
import { encodeViews, P_VIEWS } from './views';

const CRLF = '\r\n';
const BOM = '\uFEFF';

function q(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function row(cells: readonly string[]): string {
  return cells.map(q).join(',') + CRLF;
}

export interface CsvTriple {
  elements: string;
  relations: string;
  properties: string;
}

/** Write the model as the three CSV texts. */
export function writeArchiCsv(model: AmModel): CsvTriple {
  const elements: string[] = [BOM, row(ELEMENTS_HEADER)];
  const relations: string[] = [BOM, row(RELATIONS_HEADER)];
  const properties: string[] = [BOM, row(PROPERTIES_HEADER)];
  const prop = (id: string, p: AmProperty) => properties.push(row([id, p.key, p.value]));

  elements.push(row([model.id, ARCHIMATE_MODEL_TYPE, pickText(model.names)?.text ?? '', pickText(model.docs)?.text ?? '', '']));
  for (const p of model.properties) prop(model.id, p);
  if (model.views.length > 0) prop(model.id, { key: P_VIEWS, value: encodeViews(model.views) });

  for (const e of model.elements) {
    const junction = e.type === 'AndJunction' || e.type === 'OrJunction';
    elements.push(row([e.id, junction ? 'Junction' : e.type, e.names[0]?.text ?? '', e.docs[0]?.text ?? '', e.specialization ?? '']));
    if (junction) prop(e.id, { key: JUNCTION_KEY, value: e.type === 'AndJunction' ? 'And' : 'Or' });
    writeRest(e, prop);
  }
  for (const r of model.relationships) {
    relations.push(row([r.id, `${r.type}Relationship`, r.names[0]?.text ?? '', r.docs[0]?.text ?? '', r.source, r.target, r.specialization ?? '']));
    if (r.type === 'Access' && r.accessType) prop(r.id, { key: ACCESS_TYPE_KEY, value: r.accessType });
    if (r.type === 'Association' && r.isDirected) prop(r.id, { key: DIRECTED_KEY, value: 'true' });
    if (r.type === 'Influence' && r.modifier !== undefined) prop(r.id, { key: INFLUENCE_KEY, value: r.modifier });
    writeRest(r, prop);
  }
  return { elements: elements.join(''), relations: relations.join(''), properties: properties.join('') };
}

/** Properties, plus name/documentation variants beyond the first (CSV has one column each). */
function writeRest(c: AmConcept, prop: (id: string, p: AmProperty) => void) {
  // CSV has no language column: the main texts' languages travel as properties (as Lakar keeps them).
  if (c.names[0]?.lang) prop(c.id, { key: K_LANG, value: c.names[0].lang });
  if (c.docs[0] && (c.docs[0].lang ?? '') !== (c.names[0]?.lang ?? '')) prop(c.id, { key: K_DOC_LANG, value: c.docs[0].lang ?? '' });
  if (c.folder) prop(c.id, { key: K_FOLDER, value: JSON.stringify(c.folder) });
  for (const n of c.names.slice(1)) prop(c.id, { key: `archimate:name:${n.lang ?? ''}`, value: n.text });
  for (const d of c.docs.slice(1)) prop(c.id, { key: `archimate:documentation:${d.lang ?? ''}`, value: d.text });
  for (const p of c.properties) if (p.key !== K_SPECIALIZATION) prop(c.id, p);
}
