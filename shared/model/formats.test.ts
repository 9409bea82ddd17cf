import { describe, expect, it } from 'vitest';
import { editFormatIssues, isWebAddress } from './formats';

describe('isWebAddress', () => {
  it('accepts the addresses users type, with or without a scheme', () => {
    for (const ok of ['https://www.malaysia.gov.my', 'http://localhost:8080/api', 'www.mygov.gov.my', 'api.mygdx.gov.my/v1/rest?x=1', 'https://portal.jdn.gov.my/#/mohon'])
      expect(isWebAddress(ok), ok).toBe(true);
  });

  it('refuses text that is not an address', () => {
    for (const bad of ['Portal agensi', 'https://', 'ftp://pelayan.gov.my', 'malaysia', 'https://www.malaysia .gov.my', 'mailto:a@b.gov.my'])
      expect(isWebAddress(bad), bad).toBe(false);
  });
});

describe('editFormatIssues', () => {
  it('names the URL field of a channel or a data flow that holds no address, and ignores an empty one', () => {
    expect(editFormatIssues({ kind: 'channel', url: 'laman utama' })).toEqual([{ path: ['url'], message: 'url.invalid' }]);
    expect(editFormatIssues({ kind: 'dataFlow', apiUrl: 'belum ada' })).toEqual([{ path: ['apiUrl'], message: 'url.invalid' }]);
    expect(editFormatIssues({ kind: 'channel', url: '  ' })).toEqual([]);
    expect(editFormatIssues({ kind: 'application', url: 'not checked here' })).toEqual([]);
  });
});
