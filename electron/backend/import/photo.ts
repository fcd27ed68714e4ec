// A contact photo from a file → a small JPEG for the attachments table. A 12 MB photo is decoded
// by sharp (libvips, streaming, off the JS heap) and comes out at most PHOTO_EDGE pixels wide.
import sharp from 'sharp';

export const PHOTO_EDGE = 512;
/** Refuse decompression bombs: a 12 MB JPEG is ~50 Mpx at most. */
const MAX_PIXELS = 100_000_000;

export async function downscalePhoto(bytes: Uint8Array): Promise<{ mime: 'image/jpeg'; data: Buffer } | { error: string }> {
  try {
    const data = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
      .rotate() // EXIF orientation
      .resize(PHOTO_EDGE, PHOTO_EDGE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82 })
      .toBuffer();
    return { mime: 'image/jpeg', data };
  } catch (e) {
    return { error: `photo: not a readable image (${(e as Error).message.split('\n')[0]}), not imported` };
  }
}
