import { describe, expect, it } from 'vitest';
import { CATALOGUE_VERSION } from '../../shared/catalogue';
import { catalogueVersionLabel } from './versionLabel';

describe('catalogueVersionLabel', () => {
  it('says the built-in version in English in the English interface', () => {
    expect(catalogueVersionLabel(CATALOGUE_VERSION, 'en')).toBe('as of December 2025');
    expect(catalogueVersionLabel(CATALOGUE_VERSION, 'ms')).toBe('Sehingga Disember 2025');
  });

  it('shows a version of another shape as it is', () => {
    expect(catalogueVersionLabel('JDN 2026.1', 'en')).toBe('JDN 2026.1');
    expect(catalogueVersionLabel(undefined, 'en')).toBe('');
  });
});
