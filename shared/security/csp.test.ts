import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, META_CONTENT_SECURITY_POLICY } from './csp';

/** Parse a serialised policy back into directive → sources. */
function parse(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const header = parse(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself', () => {
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });

  it('names no remote origin and no wildcard in any directive', () => {
    for (const [directive, sources] of header) {
      for (const source of sources) {
        expect(source, directive).not.toMatch(/^(https?|wss?|ftp):/);
        expect(source, directive).not.toContain('*');
        expect(source, directive).not.toContain('.');
      }
    }
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'none'"]);
    expect(header.get('form-action')).toEqual(["'none'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('falls back to self for everything not listed', () => {
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('connect-src')).toEqual(["'self'"]);
  });

  it('serialises every directive of the table exactly once', () => {
    expect([...header.keys()]).toEqual(Object.keys(CSP_DIRECTIVES));
  });
});

describe('META_CONTENT_SECURITY_POLICY', () => {
  it('is the header policy without frame-ancestors, which browsers ignore in <meta>, plus WebAssembly for the .lakar engine', () => {
    const meta = parse(META_CONTENT_SECURITY_POLICY);
    expect(meta.has('frame-ancestors')).toBe(false);
    const header = parse(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    header.set('script-src', ["'self'", "'wasm-unsafe-eval'"]);
    expect(meta).toEqual(header);
  });

  it('never allows JavaScript eval in the browser editions', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
  });
});
