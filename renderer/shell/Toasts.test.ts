import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { errorMessage } from './Toasts';
import type { i18n as I18n } from 'i18next';

describe('errorMessage', () => {
  let i18n: I18n;
  beforeAll(async () => {
    i18n = await initI18n('ms');
  });

  it('uses the shell message of a browser-storage key with its parameters', () => {
    expect(errorMessage(i18n, { key: 'browser.projectCorrupt', params: { name: 'Cuti' } })).toContain('“Cuti”');
  });

  it('falls back to the unexpected-error message naming an unknown key', () => {
    expect(errorMessage(i18n, { key: 'no.such.key' })).toContain('no.such.key');
  });

  it('prefers the shared errors namespace when it has the key', () => {
    const key = Object.keys(i18n.getResourceBundle('ms', 'errors') ?? {})[0];
    if (!key) return; // shared/i18n/errors.ts not present in this checkout
    expect(errorMessage(i18n, { key })).not.toContain(key);
  });
});
