import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { CommandError, executeCommand } from '../../shared/commands';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { initI18n } from '../i18n';
import { fieldErrors, messageKey } from './validation';

function rejection(patch: Record<string, unknown>, id = 'pr_1'): CommandError {
  try {
    executeCommand(pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), 'element.update', { id, patch });
  } catch (e) {
    return e as CommandError;
  }
  throw new Error('expected the command to fail');
}

describe('fieldErrors', () => {
  beforeAll(() => initI18n('ms'));
  const t = (lang: 'ms' | 'en') => i18next.getFixedT(lang, 'canvas');

  it('puts a too-small process order under the order field, in Malay and English', () => {
    const err = rejection({ order: 0 });
    expect(fieldErrors(err, t('ms'))).toEqual({ order: 'Nilai mesti sekurang-kurangnya 1.' });
    expect(fieldErrors(err, t('en'))).toEqual({ order: 'The value must be at least 1.' });
  });

  it('explains an empty name and a fraction where a whole number is needed', () => {
    expect(fieldErrors(rejection({ name: '   ' }), t('ms'))).toEqual({ name: 'Nama diperlukan.' });
    expect(fieldErrors(rejection({ order: 1.5 }), t('en'))).toEqual({ order: 'Enter a whole number.' });
  });

  it('points at the row and column of a bad hardware quantity', () => {
    const err = rejection({ hardware: [{ item: 'Pelayan', quantity: -2 }] }, 'site_pdsa');
    expect(fieldErrors(err, t('ms'))).toEqual({ 'hardware.0.quantity': 'Nilai mesti sekurang-kurangnya 0.' });
  });

  it('says a channel URL is not a web address, in Malay and English', () => {
    const err = rejection({ url: 'laman utama' }, 'ch_portal');
    expect(fieldErrors(err, t('ms')).url).toMatch(/^Bukan alamat web/);
    expect(fieldErrors(err, t('en')).url).toMatch(/^Not a web address/);
  });

  it('uses the error catalogue for errors about the model rather than a field', () => {
    const err = new CommandError('relation.notAllowed', [{ params: { kind: 'uses', source: 'application', target: 'site' } }]);
    expect(fieldErrors(err, t('en'))['']).toContain('not allowed');
  });
});

describe('messageKey', () => {
  it('recognises zod’s length and positivity messages', () => {
    expect(messageKey('Too big: expected string to have <=300 characters')).toEqual({ key: 'validation.tooLong', params: { max: '300' } });
    expect(messageKey('Too small: expected number to be >0')).toEqual({ key: 'validation.positive', params: { min: '0' } });
    expect(messageKey('something else').key).toBe('validation.invalid');
  });
});
