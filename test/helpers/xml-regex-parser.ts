/**
 * The XML parser of shared/interchange/oef/xml.ts as it was with sticky regexes for names,
 * attributes and tag ends (until session 8), kept as the reference the character-scanning
 * one is held to (xml.test.ts): the same tree, or the same error at the same place, for any input.
 * Only the scanning is the old code: errors, entities, white space and the tree's types are the
 * parser's own (what session 8 did not change), so the test compares the scanning alone.
 */
import { Attributes, decodeEntities, fail, isBlank, lineOf, PROGRESS_STEPS, type XmlElement } from '../../shared/interchange/oef/xml';

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const ATTR = /[ \t\r\n]+([A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /[ \t\r\n]*(\/?)>/y;

/**
 * Parse `src` into its root element. `onProgress` is told the fraction of the input read (a 100,000-
 * element model is 80 MB of XML and takes seconds: the progress bar moves while it parses).
 */
export function parseXml(src: string, onProgress?: (fraction: number) => void): XmlElement {
  let i = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const len = src.length;
  const step = Math.max(1, Math.ceil(len / PROGRESS_STEPS));
  let nextReport = onProgress ? step : Infinity;

  while (i < len) {
    const lt = src.indexOf('<', i);
    const textEnd = lt === -1 ? len : lt;
    if (textEnd > i) {
      const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
      // Indentation between child elements is not content anyone reads: skip it without copying.
      if (parent && parent.children.length > 0 && isBlank(src, i, textEnd)) {
        i = textEnd;
        continue;
      }
      const raw = src.slice(i, textEnd);
      if (stack.length > 0) {
        if (raw.indexOf(']]>') !== -1) fail(src, i + raw.indexOf(']]>'), 'cdataEndInText');
        stack[stack.length - 1].text += decodeEntities(raw, src, i);
      } else if (raw.trim() !== '') {
        fail(src, i + raw.search(/\S/), root ? 'textAfterRoot' : 'textBeforeRoot');
      }
    }
    if (lt === -1) break;
    i = lt;
    if (i >= nextReport) {
      onProgress!(i / len);
      nextReport = i + step;
    }
    const next = src.charCodeAt(i + 1);
    if (next === 33 /* ! */) {
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i + 4);
        if (end === -1) fail(src, i, 'commentOpen');
        i = end + 3;
      } else if (src.startsWith('<![CDATA[', i)) {
        if (stack.length === 0) fail(src, i, 'cdataOutside');
        const end = src.indexOf(']]>', i + 9);
        if (end === -1) fail(src, i, 'cdataOpen');
        stack[stack.length - 1].text += src.slice(i + 9, end);
        i = end + 3;
      } else if (src.startsWith('<!DOCTYPE', i)) {
        fail(src, i, 'doctype');
      } else {
        fail(src, i, 'markup');
      }
    } else if (next === 63 /* ? */) {
      const end = src.indexOf('?>', i + 2);
      if (end === -1) fail(src, i, 'piOpen');
      i = end + 2;
    } else if (next === 47 /* / */) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      if (!m) fail(src, i, 'closeNoName');
      const open = stack.pop();
      if (!open) fail(src, i, 'closeUnopened', { tag: m[0] });
      if (open.qname !== m[0]) fail(src, i, 'mismatch', { expected: open.qname, openLine: lineOf(src, open.offset), found: m[0] });
      let j = i + 2 + m[0].length;
      while (j < len && (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9 || src.charCodeAt(j) === 10 || src.charCodeAt(j) === 13)) j++;
      if (src.charCodeAt(j) !== 62) fail(src, j, 'closeNotClosed', { tag: m[0] });
      i = j + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) fail(src, i, 'lessThan');
      if (root && stack.length === 0) fail(src, i, 'secondRoot');
      const qname = m[0];
      const colon = qname.indexOf(':');
      // attributes by name without a prototype: `toString="…"` or `__proto__="…"` are plain attributes
      const el: XmlElement = { qname, name: colon === -1 ? qname : qname.slice(colon + 1), attrs: new Attributes(), children: [], text: '', offset: i };
      let j = i + 1 + qname.length;
      for (;;) {
        ATTR.lastIndex = j;
        const a = ATTR.exec(src);
        if (!a) break;
        if (Object.hasOwn(el.attrs, a[1])) fail(src, j, 'attrRepeated', { attr: a[1] });
        const value = a[2] ?? a[3];
        el.attrs[a[1]] = decodeEntities(value, src, ATTR.lastIndex - value.length - 1);
        j = ATTR.lastIndex;
      }
      TAG_END.lastIndex = j;
      const end = TAG_END.exec(src);
      if (!end) fail(src, j, 'startTag', { tag: qname });
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else root = el;
      if (end[1] !== '/') stack.push(el);
      i = TAG_END.lastIndex;
    }
  }
  if (stack.length > 0) fail(src, len, 'unclosed', { tag: stack[stack.length - 1].qname, openLine: lineOf(src, stack[stack.length - 1].offset) });
  if (!root) fail(src, 0, 'noElement');
  return root;
}
