// Card images as they are kept with the contact: decoded with sharp, turned upright from the
// camera's EXIF orientation, downscaled and re-encoded as JPEG. Re-encoding also drops the
// photo's metadata (a phone photo's EXIF carries where it was taken).
import type { CardImage } from '../../../shared/contract/capture.js';
import { AppError } from '../../../shared/errors.js';

/** Long side of a stored card image: sharp enough to read every line again, ~100–300 KB. */
export const STORED_LONG_SIDE = 1600;
const JPEG_QUALITY = 82;
/** Formats we accept after decoding — whatever the declared mime says (an SVG is not a photo). */
const DECODABLE = new Set(['jpeg', 'png', 'webp', 'heif']);
/** A 100-megapixel limit keeps a hostile file from exhausting memory while decoding. */
const MAX_PIXELS = 100_000_000;

export interface StoredImage {
  mime: 'image/jpeg';
  data: Buffer;
  width: number;
  height: number;
}

type Sharp = (typeof import('sharp'))['default'];
let sharpModule: Promise<Sharp> | null = null;
// Loaded on first use: the app starts without the native image library until a card is saved.
const loadSharp = (): Promise<Sharp> => (sharpModule ??= import('sharp').then((m) => m.default));

/** Decode, orient, downscale and re-encode one card image; `path` names the field in errors. */
export async function storeableCardImage(image: Pick<CardImage, 'dataBase64'>, path: string): Promise<StoredImage> {
  const sharp = await loadSharp();
  const input = Buffer.from(image.dataBase64, 'base64');
  const unreadable = (why: string) => new AppError('invalid-input', `${path}: ${why}`, [{ path, message: why }]);
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata()).format;
  } catch {
    throw unreadable('is not an image that can be read');
  }
  if (!format || !DECODABLE.has(format)) throw unreadable('is not a JPEG, PNG, WebP or HEIC image');
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS })
      .autoOrient()
      .resize({ width: STORED_LONG_SIDE, height: STORED_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' }) // a transparent PNG gets a white card, not a black one
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { mime: 'image/jpeg', data, width: info.width, height: info.height };
  } catch {
    // HEIC photos from iPhones use HEVC, which this build of libvips cannot decode.
    throw unreadable(format === 'heif' ? 'is a HEIC image this computer cannot decode; export it as JPEG' : 'is not an image that can be read');
  }
}
