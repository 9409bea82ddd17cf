/**
 * The Content Security Policy of the Lakar UI, one source for both editions: the desktop main
 * process sends it as an HTTP header on every response of the app protocol, and the browser edition
 * puts it in a `<meta http-equiv>` of the built index.html.
 *
 * Nothing is loaded from anywhere but the app itself (no remote origins at all).
 * - `style-src 'unsafe-inline'`: React Flow positions nodes and edges with inline `style` attributes
 *   and React sets `style={…}` props; without it the canvas cannot be drawn. Scripts stay strict.
 * - `img-src data: blob:` and `font-src data:`: exported SVG/PNG previews and icons built in memory.
 * - `worker-src blob:`: layout or export work may run in a worker created from a blob URL.
 * - `frame-ancestors` only works as a header (browsers ignore it in `<meta>` and log a warning),
 *   so the meta variant leaves it out.
 */

/** Directive → sources, in the order they are written. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** Directives that user agents ignore when the policy is delivered in a `<meta>` element. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(include: (directive: string) => boolean): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([directive]) => include(directive))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as an HTTP `Content-Security-Policy` header value (desktop app protocol). */
export const CONTENT_SECURITY_POLICY: string = serialise(() => true);

/** The policy for `<meta http-equiv="Content-Security-Policy">` (browser edition's index.html). */
export const META_CONTENT_SECURITY_POLICY: string = serialise((d) => !HEADER_ONLY_DIRECTIVES.has(d));

/**
 * The policy of the single-file edition (`npm run web:file`, lakar.html opened from file://): the
 * same as the browser edition's, except that its one inline script (the loader, allowed by its
 * SHA-256 `hash`, `sha256-…`) starts the app from a `blob:` URL it makes of the bundle embedded in
 * the page, since a page opened from a file may load no other file.
 */
export function singleFileContentSecurityPolicy(hash: string): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([directive]) => !HEADER_ONLY_DIRECTIVES.has(directive))
    .map(([directive, sources]) => `${directive} ${(directive === 'script-src' ? [...sources, `'${hash}'`, 'blob:'] : sources).join(' ')}`)
    .join('; ');
}
