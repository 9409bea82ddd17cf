/**
 * Bytes → text for imported files. Tools write UTF-8 (with or without BOM), UTF-16 (BOM) or, like
 * Sparx EA and Excel-saved CSV, windows-1252. We honour a BOM, then an XML declaration's encoding,
 * then accept valid UTF-8, and otherwise fall back to windows-1252 with a warning, so accented names
 * (é, ü, “smart quotes”) survive instead of turning into replacement characters.
 */
import { LIMITS } from '../../model/limits';
import { InterchangeError, type ImportWarning } from './errors';

/** Largest file we read (bytes; the documented limit of shared/model/limits.ts). Beyond it a desktop would stall; the user gets a clear message. */
export const MAX_INPUT_BYTES = LIMITS.inputBytes;

const SINGLE_BYTE = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'iso-8859-15']);

export interface DecodedText {
  text: string;
  /** The encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  warnings: ImportWarning[];
}

/** The encoding named in an XML declaration (`<?xml … encoding="…"?>`), lower-cased, if any. */
function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 200)));
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1].toLowerCase();
}

// 0x80–0x9F of windows-1252 (undefined bytes keep their C1 code point, as browsers do).
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * windows-1252 → text. Written out because Node's TextDecoder treats the label as ISO-8859-1 and
 * would turn EA's “smart quotes” and dashes (0x91–0x97) into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decode(bytes: Uint8Array, label: string, fatal: boolean): string {
  if (label === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** Decode a file's bytes; `kind` decides whether an XML declaration is looked at. */
export function decodeBytes(bytes: Uint8Array, kind: 'xml' | 'csv', fileName = '', maxBytes = MAX_INPUT_BYTES): DecodedText {
  if (bytes.length > maxBytes) {
    throw new InterchangeError('error.tooLarge', { file: fileName, sizeMb: Math.ceil(bytes.length / 1048576), limitMb: Math.floor(maxBytes / 1048576) });
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3), fileName), encoding: 'utf-8', warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le', false), encoding: 'utf-16le', warnings: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be', false), encoding: 'utf-16be', warnings: [] };
  const declared = kind === 'xml' ? declaredXmlEncoding(bytes) : undefined;
  if (declared && SINGLE_BYTE.has(declared)) {
    // WHATWG maps latin1/ascii labels to windows-1252, a superset, which is what those tools really write.
    return { text: decode(bytes, 'windows-1252', false), encoding: 'windows-1252', warnings: [] };
  }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    throw new InterchangeError('error.encoding', { file: fileName, encoding: declared });
  }
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8', warnings: [] };
  } catch {
    return {
      text: decode(bytes, 'windows-1252', false),
      encoding: 'windows-1252',
      warnings: [{ key: 'warning.notUtf8', params: { file: fileName } }],
    };
  }
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return decode(bytes, 'utf-8', true);
  } catch {
    throw new InterchangeError('error.encoding', { file: fileName, encoding: 'utf-8' });
  }
}
