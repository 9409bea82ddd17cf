import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { LOADER, scriptHash, singleFileHtml } from '../../scripts/single-file';

const INDEX = `<!doctype html>
<html lang="ms">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <title>Lakar</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('singleFileHtml', () => {
  const js = 'const s = "</script><!-- not the end"; document.title = s;';
  const html = singleFileHtml(INDEX, 'a::after{content:"</style>"}', js);

  it('refers to no other file: no external script or stylesheet is left', () => {
    expect(html).not.toMatch(/\bsrc=|<link[^>]*stylesheet/);
  });

  it('embeds the bundle base64-encoded, so "</script" or "<!--" in it cannot end the page’s script', () => {
    const embedded = /<script type="text\/plain" id="lakar-bundle">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(Buffer.from(embedded.replace(/\s+/g, ''), 'base64').toString('utf8')).toBe(js);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('a::after{content:"<\\/style>"}');
  });

  it('allows exactly its loader by hash in the CSP, next to the charset', () => {
    const hash = `sha256-${createHash('sha256').update(LOADER).digest('base64')}`;
    expect(scriptHash(LOADER)).toBe(hash);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    // the .lakar engine compiles SQLite's WebAssembly (issue 19): that, the loader and its blob, nothing else
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' '${hash}' blob:`);
    expect(csp).toContain("object-src 'none'");
    expect(html).toContain(`<script>${LOADER}</script>`);
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('Content-Security-Policy'));
  });

  it('refuses a page that would still load a file, or has no charset', () => {
    expect(() => singleFileHtml(INDEX.replace('</head>', '<link rel="modulepreload" href="./assets/chunk.js"></head>'), '', js)).toThrow(/another file/);
    expect(() => singleFileHtml(INDEX.replace('<meta charset="UTF-8" />', ''), '', js)).toThrow(/charset/);
  });
});
