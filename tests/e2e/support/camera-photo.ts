import type { Page } from 'playwright-core';

/**
 * A 3000 × 2000 camera-like photo with grain (several MB), drawn by the browser itself as JPEG or PNG; a
 * script string because the tests are type-checked without the DOM's types.
 */
const photoScript = (type: 'jpeg' | 'png') => `(() => {
  const canvas = document.createElement('canvas');
  canvas.width = 3000;
  canvas.height = 2000;
  const context = canvas.getContext('2d');
  const pixels = context.createImageData(3000, 2000);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const shade = 90 + ((i / 4) % 3000) / 30 + Math.random() * 80;
    pixels.data[i] = shade;
    pixels.data[i + 1] = shade * 0.8;
    pixels.data[i + 2] = shade * 0.5;
    pixels.data[i + 3] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return canvas.toDataURL('image/${type}', 0.97).split(',')[1];
})()`;

export async function aCameraPhoto(page: Page, type: 'jpeg' | 'png'): Promise<Buffer> {
  return Buffer.from(await page.evaluate<string>(photoScript(type)), 'base64');
}
