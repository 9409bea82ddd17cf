/**
 * A small, strict, non-validating XML parser for exchange files. Written for the job instead of a
 * general library because it must be fast on large models (one pass with indexOf and character scans,
 * tens of MB/s), never recurse (deeply nested hostile input cannot overflow the stack), refuse DTDs
 * (no entity expansion), and report every well-formedness error with line and column.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. `archimate:element`. */
  qname: string;
  /** Local part, e.g. `element`. */
  name: string;
  /** Read only: an element without attributes shares one frozen empty object. */
  attrs: Record<string, string>;
  /** Read only: an element without children shares one frozen empty array. */
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
export const Attributes = function Attributes(this: Record<string, string>) {} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null) as object;

/**
 * What elements without attributes or children share (frozen: nobody adds to them), made for each
 * element only when its first attribute or child comes. Most elements of a large model are leaves
 * (names, values, relationships, connections), and an empty array and object each cost a young
 * object the collector copied twice before it settled in the old generation.
 */
const NO_ATTRIBUTES = Object.freeze(new Attributes());
const NO_CHILDREN = Object.freeze([]) as unknown as XmlElement[];

/*
 * Names, attributes and tag ends are scanned character by character rather than with sticky regexes:
 * each regex match made an array and a string per capture (the whole match included), which was a
 * third of all the memory a 100,000-element import allocated. The rules are the regexes' own:
 *   name       [A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*   (UTF-16 units)
 *   attribute  [ \t\r\n]+ name [ \t\r\n]* = [ \t\r\n]* ("[^"<]*" | '[^'<]*')
 *   tag end    [ \t\r\n]* /? >
 */
function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** Where the name starting at `from` ends (`from` itself when no name starts there). charCodeAt past the end is NaN, which is no name character. */
function nameEnd(src: string, from: number): number {
  if (!isNameStart(src.charCodeAt(from))) return from;
  let k = from + 1;
  while (isNameChar(src.charCodeAt(k))) k++;
  return k;
}

/**
 * Names seen so far (a file uses a few dozen tag and attribute names millions of times), found again
 * by length, first character and comparison in place: one string per name, not one per occurrence,
 * and an internalized one, so using it as an attribute key needs no lookup in V8's string table.
 */
class NameCache {
  readonly #byShape = new Map<number, string[]>();

  get(src: string, from: number, to: number): string {
    const shape = (to - from) * 65536 + src.charCodeAt(from);
    const known = this.#byShape.get(shape);
    if (known) for (const name of known) if (src.startsWith(name, from)) return name;
    // a property key is internalized: Object.keys hands back that copy
    const name = Object.keys({ [src.slice(from, to)]: 0 })[0];
    // hostile input with endless distinct names of one shape keeps the first few only
    if (!known) this.#byShape.set(shape, [name]);
    else if (known.length < 8) known.push(name);
    return name;
  }
}
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

/** Throw the XmlSyntaxError of `problem` at `offset` (exported, like the helpers below, for the reference parser the tests hold this one to). */
export function fail(src: string, offset: number, problem: XmlProblem, params: Record<string, string | number> = {}): never {
  const { line, col } = position(src, offset);
  const message = PROBLEM_TEXT[problem].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
  throw new XmlSyntaxError(message, offset, line, col, problem, params);
}

/** Replace entity and character references in `s` (which started at `offset` in `src`). */
export function decodeEntities(s: string, src: string, offset: number): string {
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

/** True when `src[from, to)` is only XML white space. */
export function isBlank(src: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = src.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** How many times parseXml reports its progress over the whole input. */
export const PROGRESS_STEPS = 50;

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
  const names = new NameCache();
  const attrNames = new NameCache();
  const localNames = new Map<string, string>();

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
      const end = nameEnd(src, i + 2);
      if (end === i + 2) fail(src, i, 'closeNoName');
      const open = stack.pop();
      if (!open) fail(src, i, 'closeUnopened', { tag: src.slice(i + 2, end) });
      if (end - (i + 2) !== open.qname.length || !src.startsWith(open.qname, i + 2)) fail(src, i, 'mismatch', { expected: open.qname, openLine: position(src, open.offset).line, found: src.slice(i + 2, end) });
      let j = end;
      while (isSpace(src.charCodeAt(j))) j++;
      if (src.charCodeAt(j) !== 62) fail(src, j, 'closeNotClosed', { tag: open.qname });
      i = j + 1;
    } else {
      const nameStop = nameEnd(src, i + 1);
      if (nameStop === i + 1) fail(src, i, 'lessThan');
      if (root && stack.length === 0) fail(src, i, 'secondRoot');
      const qname = names.get(src, i + 1, nameStop);
      let name = localNames.get(qname);
      if (name === undefined) {
        const colon = qname.indexOf(':');
        localNames.set(qname, (name = colon === -1 ? qname : qname.slice(colon + 1)));
      }
      // attributes by name without a prototype: `toString="…"` or `__proto__="…"` are plain attributes
      const el: XmlElement = { qname, name, attrs: NO_ATTRIBUTES, children: NO_CHILDREN, text: '', offset: i };
      let j = nameStop;
      for (;;) {
        let k = j;
        while (isSpace(src.charCodeAt(k))) k++;
        if (k === j) break;
        const attrStart = k;
        k = nameEnd(src, k);
        if (k === attrStart) break;
        const attrStop = k;
        while (isSpace(src.charCodeAt(k))) k++;
        if (src.charCodeAt(k) !== 61 /* = */) break;
        k++;
        while (isSpace(src.charCodeAt(k))) k++;
        const quote = src.charCodeAt(k);
        if (quote !== 34 /* " */ && quote !== 39 /* ' */) break;
        const valueStart = k + 1;
        let valueStop = valueStart;
        while (valueStop < len) {
          const c = src.charCodeAt(valueStop);
          if (c === quote || c === 60 /* < */) break;
          valueStop++;
        }
        // the value ends at its quote; a `<` or the end of the input first makes it no attribute
        if (src.charCodeAt(valueStop) !== quote) break;
        const attr = attrNames.get(src, attrStart, attrStop);
        if (el.attrs === NO_ATTRIBUTES) el.attrs = new Attributes();
        else if (Object.hasOwn(el.attrs, attr)) fail(src, j, 'attrRepeated', { attr });
        el.attrs[attr] = decodeEntities(src.slice(valueStart, valueStop), src, valueStart);
        j = valueStop + 1;
      }
      let k = j;
      while (isSpace(src.charCodeAt(k))) k++;
      const selfClosing = src.charCodeAt(k) === 47 /* / */;
      if (selfClosing) k++;
      if (src.charCodeAt(k) !== 62 /* > */) fail(src, j, 'startTag', { tag: qname });
      if (stack.length > 0) {
        const parent = stack[stack.length - 1];
        if (parent.children === NO_CHILDREN) parent.children = [el];
        else parent.children.push(el);
      } else root = el;
      if (!selfClosing) stack.push(el);
      i = k + 1;
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
