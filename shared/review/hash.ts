/**
 * Content hashes: the identity of a model version ("the version reviewed") and the checksum of a
 * review file. Both are SHA-256 (@noble/hashes, pure TypeScript, runs in Node and the browser) over
 * canonical JSON, so the same content always hashes the same whatever the key order it was loaded in.
 */
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { LakarDocument } from '../model/schema';

/**
 * `value` as JSON with every object's keys sorted, no whitespace, and `undefined` members left out
 * (as JSON.stringify does), so equal content gives equal text.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join('');
}

function write(value: unknown, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    // numbers, strings, booleans as JSON writes them; undefined/functions only occur inside objects
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((v, i) => {
      if (i > 0) out.push(',');
      write(v === undefined ? null : v, out);
    });
    out.push(']');
    return;
  }
  const keys = Object.keys(value).sort();
  out.push('{');
  let first = true;
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function') continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(v, out);
  }
  out.push('}');
}

/** `sha256:<hex>` of `text` (UTF-8). */
export function sha256Text(text: string): string {
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(text)))}`;
}

/** The content hash of a model: equal for equal models, different after any edit that changes the model. */
export function modelContentHash(doc: LakarDocument): string {
  return sha256Text(canonicalJson(doc));
}
