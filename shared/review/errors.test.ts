import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../i18n/errors';
import { REVIEW_ERRORS } from './errors';

const here = path.dirname(new URL(import.meta.url).pathname);

describe('review error messages', () => {
  it('cover every error key the review code raises, in both languages', () => {
    const keys = new Set<string>();
    for (const name of fs.readdirSync(here)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      const src = fs.readFileSync(path.join(here, name), 'utf8');
      for (const m of src.matchAll(/(?:CommandError\(|fail\(|key: )\s*'(review\.[\w.]+)'/g)) keys.add(m[1]);
    }
    expect(keys.size).toBeGreaterThan(6);
    for (const key of keys) {
      expect(ERROR_MESSAGES.ms[key], key).toBeTruthy();
      expect(ERROR_MESSAGES.en[key], key).toBeTruthy();
    }
    expect(Object.keys(REVIEW_ERRORS.en).sort()).toEqual(Object.keys(REVIEW_ERRORS.ms).sort());
  });
});
