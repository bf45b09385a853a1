/** Chromium refuses canvases much beyond this many pixels a side. */
const MAX_SIDE = 16_384;

/**
 * Rasterises the exported SVG, so the PNG shows exactly what the SVG does:
 * twice the size by default, for sharp text on screens and in documents.
 * The image is a data: URL (the CSP allows data: images), and an SVG with no
 * foreign content leaves the canvas readable.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
  return (await svgToPngImage(svg, scale)).data;
}

/**
 * The same PNG with the SVG's own size in CSS pixels (the PNG has `scale` times as many pixels a
 * side): what a document needs to place the picture at its natural size. Main thread only.
 */
export async function svgToPngImage(
  svg: string,
  scale = 2,
): Promise<{ data: Uint8Array<ArrayBuffer>; type: 'png'; width: number; height: number }> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const width = image.naturalWidth;
  const height = image.naturalHeight;
  const factor = Math.min(scale, MAX_SIDE / Math.max(width, height, 1));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * factor));
  canvas.height = Math.max(1, Math.round(height * factor));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This computer could not draw the picture.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => {
    canvas.toBlob(resolve, 'image/png');
  });
  if (!blob) throw new Error('The picture could not be turned into a PNG.');
  return { data: new Uint8Array(await blob.arrayBuffer()), type: 'png', width, height };
}
