import { describe, expect, it } from 'vitest';
import { checkMetaText, checkOutcome, parseCost } from './validate';

describe('parseCost', () => {
  it('accepts plain, grouped and RM-prefixed amounts', () => {
    expect(parseCost('1500000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseCost('1,500,000.50')).toEqual({ ok: true, value: 1_500_000.5 });
    expect(parseCost('RM 2 000')).toEqual({ ok: true, value: 2000 });
    expect(parseCost('0')).toEqual({ ok: true, value: 0 });
  });

  it('clears the cost when the field is emptied', () => {
    expect(parseCost('  ')).toEqual({ ok: true, value: undefined });
  });

  it('rejects negative amounts with their own message', () => {
    expect(parseCost('-5')).toMatchObject({ ok: false, messageKey: 'shell:meta.validation.negative' });
  });

  it('rejects text, misplaced separators and more than two decimals', () => {
    for (const bad of ['abc', '1.500.000', '15,00', '1.234', '12e5']) expect(parseCost(bad)).toMatchObject({ ok: false, messageKey: 'shell:meta.validation.number' });
  });

  it('rejects amounts beyond the model limit', () => {
    expect(parseCost('99999999999999')).toMatchObject({ ok: false, messageKey: 'shell:meta.validation.tooLarge' });
  });
});

describe('checkMetaText', () => {
  it('keeps an empty title but removes other emptied fields', () => {
    expect(checkMetaText('title', '')).toEqual({ ok: true, value: '' });
    expect(checkMetaText('author', '')).toEqual({ ok: true, value: undefined });
  });

  it('reports the maximum length of a field that is too long', () => {
    expect(checkMetaText('pemilikProjek', 'x'.repeat(501))).toEqual({ ok: false, messageKey: 'shell:meta.validation.tooLong', params: { max: 500 } });
    expect(checkOutcome('pengoptimumanKos', 'x'.repeat(20_001))).toMatchObject({ ok: false, params: { max: 20_000 } });
  });
});
