import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { STORE_ERROR_CODES } from '../../electron/store/errors';
import { ERROR_MESSAGES, formatError } from './errors';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Error keys thrown in the source files of `dir` (CommandError, validOrThrow, InvalidChangeError, UserError). */
function keysThrownIn(dir: string): string[] {
  const keys = new Set<string>();
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const src = fs.readFileSync(path.join(dir, name), 'utf8');
    for (const m of src.matchAll(/(?:CommandError|InvalidChangeError|UserError)\(\s*'([\w.]+)'/g)) keys.add(m[1]);
    for (const m of src.matchAll(/validOrThrow\([^)]*'([\w.]+)'\)/g)) keys.add(m[1]);
  }
  return [...keys];
}

const here = path.dirname(new URL(import.meta.url).pathname);

describe('ERROR_MESSAGES', () => {
  it('has the same keys and placeholders in Malay and English', () => {
    expect(Object.keys(ERROR_MESSAGES.en).sort()).toEqual(Object.keys(ERROR_MESSAGES.ms).sort());
    for (const [key, text] of Object.entries(ERROR_MESSAGES.ms)) expect([key, placeholders(ERROR_MESSAGES.en[key])]).toEqual([key, placeholders(text)]);
  });

  it('has a message for every key the commands and the session throw', () => {
    const thrown = [...keysThrownIn(path.join(here, '../commands')), ...keysThrownIn(path.join(here, '../store'))];
    expect(thrown.length).toBeGreaterThan(15);
    expect(thrown.filter((k) => !(k in ERROR_MESSAGES.ms))).toEqual([]);
    expect('name.required' in ERROR_MESSAGES.ms).toBe(true);
  });

  it('has a message for every store error code', () => {
    expect(STORE_ERROR_CODES.filter((c) => !(`store.${c}` in ERROR_MESSAGES.ms))).toEqual([]);
  });
});

describe('formatError', () => {
  it('fills in parameters in the chosen language', () => {
    const params = { kind: 'uses', source: 'channel', target: 'service' };
    expect(formatError('ms', 'relation.notAllowed', params)).toBe('Hubungan jenis “uses” tidak dibenarkan daripada channel kepada service.');
    expect(formatError('en', 'relation.notAllowed', params)).toBe('A “uses” relation is not allowed from channel to service.');
  });

  it('falls back to the key and its parameters for an unknown key', () => {
    expect(formatError('en', 'nope.unknown', { a: 1 })).toBe('nope.unknown (a=1)');
  });

  it('reads the same in the UI through i18next (flat keys with dots)', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ms', resources: { ms: { errors: ERROR_MESSAGES.ms }, en: { errors: ERROR_MESSAGES.en } }, interpolation: { escapeValue: false } });
    const params = { file: 'a.lakar', version: 3, supported: 1 };
    expect(i18n.t('errors:store.tooNew', params)).toBe(formatError('ms', 'store.tooNew', params));
    await i18n.changeLanguage('en');
    expect(i18n.t('errors:store.tooNew', params)).toBe(formatError('en', 'store.tooNew', params));
  });
});
