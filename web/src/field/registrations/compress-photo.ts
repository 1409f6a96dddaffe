import { type CompressionStep, compressionSteps, maxPhotoBytes } from './compression-plan';

type Decoded = { image: CanvasImageSource; width: number; height: number; release: () => void };

/** The photo could not be read as an image, or not made small enough. */
export class PhotoCompressionError extends Error {
  override readonly name = 'PhotoCompressionError';
}

/**
 * Makes a JPEG of at most 1 MB of a photo, on the phone: decoded upright (EXIF orientation applied, so
 * the JPEG needs none), drawn smaller on a canvas and encoded at falling quality/size until it fits.
 * Re-encoding also drops the camera's metadata.
 */
export async function compressPhoto(file: Blob): Promise<Blob> {
  const decoded = await decode(file);
  try {
    for (const step of compressionSteps(decoded.width, decoded.height)) {
      const blob = await encode(decoded.image, step);
      if (blob.size <= maxPhotoBytes) return blob;
    }
  } finally {
    decoded.release();
  }
  throw new PhotoCompressionError('too large');
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { image: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
    } catch {
      // Some browsers decode only through an <img>; try that below.
    }
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new PhotoCompressionError('unreadable');
  }
  return {
    image,
    width: image.naturalWidth,
    height: image.naturalHeight,
    release: () => URL.revokeObjectURL(url),
  };
}

function draw(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null,
  image: CanvasImageSource,
  step: CompressionStep,
): void {
  if (!context) throw new PhotoCompressionError('no canvas');
  // JPEG has no transparency: a transparent PNG would turn black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, step.width, step.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, step.width, step.height);
}

async function encode(image: CanvasImageSource, step: CompressionStep): Promise<Blob> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(step.width, step.height);
    draw(canvas.getContext('2d'), image, step);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: step.quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = step.width;
  canvas.height = step.height;
  draw(canvas.getContext('2d'), image, step);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoCompressionError('encoding failed'))),
      'image/jpeg',
      step.quality,
    ),
  );
}
