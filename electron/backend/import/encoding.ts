// Bytes → text for imported files. Encoding sniffers guess wrong on short Korean files (TRAPS),
// so the order is fixed: a BOM decides; else strict UTF-8; else CP949 (a superset of EUC-KR,
// which is what Korean Windows/Excel/Outlook write). We never return text with silent mojibake:
// the caller gets the name of the encoding used and how many characters could not be decoded.
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when a byte-order mark was found (and removed). */
  bom: boolean;
  /** U+FFFD replacement characters produced by decoding: > 0 means some bytes were not text. */
  replaced: number;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM says UTF-8, but Excel has been seen to prepend it to anything; decode leniently.
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8', true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', true);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', false);
  return finish(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949'), 'cp949', false);
}

export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a value whose charset a vCard 2.1 `CHARSET=` parameter names. Korean exporters write
 * `ks_c_5601-1987` (Microsoft's name for its CP949), `EUC-KR` or `CP949`; an unknown or absent
 * charset falls back to the file rule (strict UTF-8, else CP949).
 */
export function decodeWithCharset(bytes: Uint8Array, charset: string | null): string {
  const cs = (charset ?? '').trim().toLowerCase();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (cs === 'utf-8' || cs === 'utf8') {
    // Some phones label CP949 bytes as UTF-8; strict first keeps that from becoming mojibake.
    return tryUtf8(bytes) ?? iconv.decode(buf, 'cp949');
  }
  if (KOREAN_CHARSETS.has(cs)) return iconv.decode(buf, 'cp949');
  if (cs && cs !== 'us-ascii' && iconv.encodingExists(cs)) {
    return tryUtf8(bytes) ?? iconv.decode(buf, cs);
  }
  return tryUtf8(bytes) ?? iconv.decode(buf, 'cp949');
}

const KOREAN_CHARSETS = new Set(['ks_c_5601-1987', 'ks_c_5601', 'euc-kr', 'euckr', 'cp949', 'uhc', 'windows-949', 'x-windows-949']);

function finish(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, encoding, bom, replaced };
}
