/**
 * Assembles the single-file edition: the app's bundle, styles and inlined workers from
 * `vite build --mode file` put into one lakar.html that runs from file:// with nothing installed.
 *
 * The bundle goes into the page base64-encoded in a non-executed <script type="text/plain">: a
 * JavaScript bundle inlined as is could contain "</script" or "<!--" in a string, which HTML would
 * take for the end of the script. A small loader (allowed by its hash in the page's CSP) decodes it
 * and imports it from a blob: URL, as an ES module, as the browser edition runs it.
 */
import { createHash } from 'node:crypto';
import { singleFileContentSecurityPolicy } from '../shared/security/csp';

/** The loader: decode the embedded bundle, run it as a module; say so in both languages if that fails. */
export const LOADER = [
  "(function(){var el=document.getElementById('lakar-bundle');",
  "var bin=atob(el.textContent.replace(/\\s+/g,''));var bytes=new Uint8Array(bin.length);for(var i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);",
  "var url=URL.createObjectURL(new Blob([bytes],{type:'text/javascript'}));el.remove();",
  "import(url).catch(function(e){var p=document.createElement('p');p.setAttribute('role','alert');",
  "p.textContent='Lakar tidak dapat dimulakan dalam pelayar ini. \\u00b7 Lakar could not start in this browser: '+(e&&e.message||e);document.body.appendChild(p);});})();",
].join('');

/** `'sha256-…'` source of an inline script's text, as CSP hashes it. */
export function scriptHash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * lakar.html from Vite's index.html (`html`), its stylesheet (`css`) and its one bundle (`js`):
 * the external script and stylesheet are dropped, the styles inlined, the bundle embedded, and the
 * CSP allows exactly the loader.
 */
export function singleFileHtml(html: string, css: string, js: string): string {
  if (!/<meta charset=/i.test(html)) throw new Error('index.html has no <meta charset>');
  const withoutAssets = html.replace(/\s*<script\b[^>]*\bsrc=[^>]*><\/script>/g, '').replace(/\s*<link\b[^>]*rel="stylesheet"[^>]*>/g, '');
  if (/\b(?:src|href)=["']?(?!data:)[^"'\s>]/.test(withoutAssets)) throw new Error('index.html refers to another file: it would not load from file://');
  // "</style" cannot end the stylesheet early: in CSS "\/" is just "/"
  const style = `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  const bundle = Buffer.from(js, 'utf8').toString('base64').replace(/.{1,4096}/g, '$&\n');
  const csp = `<meta http-equiv="Content-Security-Policy" content="${singleFileContentSecurityPolicy(scriptHash(LOADER)).replace(/'/g, '&#39;')}">`;
  return withoutAssets
    .replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${csp}`)
    .replace(/<\/head>/, `    ${style}\n  </head>`)
    .replace(/<\/body>/, `    <script type="text/plain" id="lakar-bundle">\n${bundle}</script>\n    <script>${LOADER}</script>\n  </body>`);
}
