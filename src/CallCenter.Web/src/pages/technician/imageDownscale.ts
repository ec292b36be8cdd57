/** Longest side of a photo sent from the field: enough to read a meter or see a leak, small on a 4G uplink. */
export const defaultMaxSide = 1600;

/** The size that fits within maxSide on the longer side, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The photo's file name with the extension of what we actually send. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'photo';
  return `${base}.jpg`;
}

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  if (typeof createImageBitmap === 'function') {
    // from-image applies the EXIF rotation a phone camera writes, so portraits do not arrive on their side.
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas encoding failed'))), type, quality),
  );
}

/**
 * Downscales a camera photo in the browser before it is queued: a 12-megapixel original (4-8 MB) becomes a
 * JPEG of a few hundred KB, which uploads on a weak signal and fits the offline queue. Throws for a file that
 * is not a decodable image; the server checks again and refuses non-images itself.
 */
export async function downscaleImage(
  file: File,
  options: { maxSide?: number; quality?: number } = {},
): Promise<File> {
  const { maxSide = defaultMaxSide, quality = 0.82 } = options;
  if (!file.type.startsWith('image/')) throw new Error('not an image');
  const image = await decode(file);
  try {
    const size = fitWithin(image.width, image.height, maxSide);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    // JPEG has no transparency: a PNG screenshot's clear pixels would turn black without a white ground.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(image.source, 0, 0, size.width, size.height);
    const blob = await canvasToBlob(canvas, 'image/jpeg', quality);
    // A small JPEG can come out larger after re-encoding; then the original is the better one to send.
    if (file.type === 'image/jpeg' && size.width === image.width && blob.size >= file.size) return file;
    return new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: Date.now() });
  } finally {
    image.close();
  }
}
