#!/usr/bin/env node
/**
 * Draws the Lakar app icon and renders it to PNG with resvg (offline, no design tool needed):
 *   assets/icons/icon.svg   the source drawing
 *   assets/icons/icon.png   1024×1024, from which electron-builder makes the Windows .ico and the
 *                           macOS .icns, and the window icon on Linux
 *   assets/icons/png/NxN.png  the sizes Linux desktops pick from (AppImage)
 * The drawing: a Landscape Map View in miniature: bands of the business, application, data and
 * technology layers on the app's navy, with a data flow crossing them.
 * Run `node scripts/make-icons.mjs` after changing the drawing; the outputs are committed.
 */
import { Resvg } from '@resvg/resvg-js';
import console from 'node:console';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'assets', 'icons');

/** Layer colours as in the LMV canvas (business, application, data, technology). */
const BANDS = ['#f6c445', '#5b9bd5', '#9b7fd1', '#5fb36b'];

function iconSvg() {
  const size = 1024;
  const pad = 184;
  const bandH = 120;
  const gap = 44;
  const width = size - 2 * pad;
  const bands = BANDS.map((fill, i) => {
    const y = pad + i * (bandH + gap);
    return `<rect x="${pad}" y="${y}" width="${width}" height="${bandH}" rx="28" fill="${fill}"/>`;
  }).join('\n    ');
  const y = (i) => pad + i * (bandH + gap) + bandH / 2;
  // a flow from a target group down through a service and an application to the data
  const points = [
    [pad + 150, y(0)],
    [pad + 330, y(1)],
    [pad + 500, y(2)],
    [pad + 420, y(3)],
  ];
  const flow = points.map(([x, py]) => `${x},${py}`).join(' ');
  const nodes = points.map(([x, py]) => `<circle cx="${x}" cy="${py}" r="38" fill="#ffffff" stroke="#0f2a44" stroke-width="18"/>`).join('\n    ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <title>Lakar</title>
  <rect x="32" y="32" width="${size - 64}" height="${size - 64}" rx="200" fill="#0f2a44"/>
  <g>
    ${bands}
  </g>
  <polyline points="${flow}" fill="none" stroke="#ffffff" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>
  <g>
    ${nodes}
  </g>
</svg>
`;
}

function renderPng(svg, px) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: px } }).render().asPng();
}

const svg = iconSvg();
mkdirSync(path.join(outDir, 'png'), { recursive: true });
writeFileSync(path.join(outDir, 'icon.svg'), svg);
writeFileSync(path.join(outDir, 'icon.png'), renderPng(svg, 1024));
for (const px of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(path.join(outDir, 'png', `${px}x${px}.png`), renderPng(svg, px));
console.log(`Icons written to ${path.relative(root, outDir)}/`);
