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
 * (as JSON.stringify does), so equal content gives equal text. JSON.stringify does the writing (six
 * times faster than walking the value here); the replacer only re-orders objects whose keys are not
 * already sorted.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1] <= keys[i];
  if (sorted) return value;
  const out: Record<string, unknown> = {};
  for (const k of keys.sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

/** `sha256:<hex>` of `text` (UTF-8). */
export function sha256Text(text: string): string {
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(text)))}`;
}

/** The content hash of a model: equal for equal models, different after any edit that changes the model. */
export function modelContentHash(doc: LakarDocument): string {
  return sha256Text(canonicalJson(doc));
}
