/**
 * The XML parser of shared/interchange/oef/xml.ts as it was with sticky regexes for names,
 * attributes and tag ends (until session 8), kept verbatim as the reference the character-scanning
 * one is held to (xml.test.ts): the same tree, or the same error at the same place, for any input.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. `archimate:element`. */
  qname: string;
  /** Local part, e.g. `element`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  /** Offset of the start tag in the source (for line numbers in messages). */
  offset: number;
}

/** A well-formedness error at `offset`; `line`/`col` are 1-based; `problem` names it for translation. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly col: number,
    readonly problem: XmlProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }

  /** True for a DOCTYPE (refused as such, not as broken XML). */
  get doctype(): boolean {
    return this.problem === 'doctype';
  }
}

/**
 * The attributes of one element: an object whose prototype chain ends in null, so `toString="…"` or
 * `__proto__="…"` are plain attributes and no lookup finds Object.prototype; made with `new` rather
 * than Object.create(null), which gives a slow dictionary object per element (a 100,000-element
 * model has millions of XML elements, and their attributes were most of the parse's memory).
 */
const Attributes = function Attributes(this: Record<string, string>) {} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null) as object;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const ATTR = /[ \t\r\n]+([A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /[ \t\r\n]*(\/?)>/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function position(src: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  for (let i = src.indexOf('\n'); i !== -1 && i < offset; i = src.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, col: offset - last };
}

/** English text of each problem (the UI and CLI show `interchange:error.xml.<problem>` in the user's language). */
const PROBLEM_TEXT = {
  ampersand: "Unescaped “&” (write &amp;)",
  charRef: "Invalid character reference &{{ref}};",
  entity: "Unknown entity &{{ref}};",
  cdataEndInText: "“]]>” is not allowed in text",
  textAfterRoot: "Text after the end of the document",
  textBeforeRoot: "Text before the first element",
  commentOpen: "Comment is not closed (-->)",
  cdataOutside: "CDATA outside the root element",
  cdataOpen: "CDATA section is not closed (]]>)",
  doctype: "DOCTYPE is not allowed",
  markup: "Unexpected “<!”",
  piOpen: "Processing instruction is not closed (?>)",
  closeNoName: "Closing tag without a name",
  closeUnopened: "Closing tag </{{tag}}> without an opening tag",
  mismatch: "Expected </{{expected}}> (opened at line {{openLine}}) but found </{{found}}>",
  closeNotClosed: "Closing tag </{{tag}}> is not closed with “>”",
  lessThan: "Unescaped “<” or a tag without a name (write &lt;)",
  secondRoot: "A second root element",
  attrRepeated: "Attribute “{{attr}}” is repeated",
  startTag: "Malformed start tag <{{tag}}> (attribute without quotes, “<” in a value, or not closed)",
  unclosed: "Element <{{tag}}> (line {{openLine}}) is not closed",
  noElement: "No element found",
} as const;

export type XmlProblem = keyof typeof PROBLEM_TEXT;

function fail(src: string, offset: number, problem: XmlProblem, params: Record<string, string | number> = {}): never {
  const { line, col } = position(src, offset);
  const message = PROBLEM_TEXT[problem].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
  throw new XmlSyntaxError(message, offset, line, col, problem, params);
}

/** Replace entity and character references in `s` (which started at `offset` in `src`). */
function decodeEntities(s: string, src: string, offset: number): string {
  if (s.indexOf('&') === -1) return s;
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp !== -1; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp);
    if (semi === -1 || semi - amp > 12) fail(src, offset + amp, 'ampersand');
    const ref = s.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = Number.isInteger(code) && /^#(x[0-9a-fA-F]+|[0-9]+)$/i.test(ref) && (code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff));
      if (!valid) fail(src, offset + amp, 'charRef', { ref });
      ch = String.fromCodePoint(code);
    } else {
      ch = Object.hasOwn(PREDEFINED, ref) ? PREDEFINED[ref] : undefined;
      if (ch === undefined) fail(src, offset + amp, 'entity', { ref });
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + s.slice(from);
}

function isBlank(src: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = src.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** How many times parseXml reports its progress over the whole input. */
const PROGRESS_STEPS = 50;

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
      if (open.qname !== m[0]) fail(src, i, 'mismatch', { expected: open.qname, openLine: position(src, open.offset).line, found: m[0] });
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
  if (stack.length > 0) fail(src, len, 'unclosed', { tag: stack[stack.length - 1].qname, openLine: position(src, stack[stack.length - 1].offset).line });
  if (!root) fail(src, 0, 'noElement');
  return root;
}

/** 1-based line of `offset` in `src`. */
export function lineOf(src: string, offset: number): number {
  return position(src, offset).line;
}
