/**
 * SVG → PNG in the browser: the SVG drawn into a canvas at `scale` (2 by default for sharp text).
 * Runs on the UI thread because workers cannot decode SVG images; the SVG itself is built in the
 * worker. Very large views are scaled down to what canvases allow, never cropped.
 */

/** Largest canvas side and area Chromium accepts without failing silently. */
const MAX_SIDE = 16_384;
const MAX_AREA = 200_000_000;

/** Pixel size of an SVG from its width/height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1] ?? 0);
  return { width: width || 1200, height: height || 800 };
}

/** The scale actually used: `wanted`, reduced so the canvas stays within browser limits. */
export function fitScale(width: number, height: number, wanted: number): number {
  const bySide = Math.min(MAX_SIDE / width, MAX_SIDE / height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.max(0.05, Math.min(wanted, bySide, byArea));
}

/** Render `svg` as PNG bytes. */
export async function svgToPng(svg: string, wanted = 2): Promise<Uint8Array> {
  const { width, height } = svgSize(svg);
  const scale = fitScale(width, height, wanted);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the PNG could not be encoded');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
