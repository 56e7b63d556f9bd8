/**
 * The EXIF orientation of a JPEG (1–8; 1 when absent or unreadable). Phones store a photo as the
 * sensor saw it and record how to turn it; OCR must read it upright.
 */
export function exifOrientation(jpeg: Uint8Array): number {
  const view = new DataView(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  let offset = 2;
  while (offset + 4 <= jpeg.length && jpeg[offset] === 0xff) {
    const marker = jpeg[offset + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // image data: no metadata after this
    const length = view.getUint16(offset + 2);
    if (length < 2) break;
    if (marker === 0xe1 && offset + 4 + length - 2 <= jpeg.length) {
      const found = readExif(jpeg.subarray(offset + 4, offset + 2 + length));
      if (found !== undefined) return found;
    }
    offset += 2 + length;
  }
  return 1;
}

function readExif(segment: Uint8Array): number | undefined {
  if (segment.length < 14 || String.fromCharCode(...segment.subarray(0, 6)) !== 'Exif\0\0') {
    return undefined;
  }
  const tiff = segment.subarray(6);
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const order = String.fromCharCode(tiff[0]!, tiff[1]!);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

/**
 * How to show a stored image upright: mirror it left–right first (when `mirror`), then turn it
 * `rotate` degrees clockwise. Orientation 5 (transpose) is a mirror then 270°, 7 a mirror then 90°.
 */
export function orientationTransform(orientation: number): {
  mirror: boolean;
  rotate: 0 | 90 | 180 | 270;
} {
  switch (orientation) {
    case 2:
      return { mirror: true, rotate: 0 };
    case 3:
      return { mirror: false, rotate: 180 };
    case 4:
      return { mirror: true, rotate: 180 };
    case 5:
      return { mirror: true, rotate: 270 };
    case 6:
      return { mirror: false, rotate: 90 };
    case 7:
      return { mirror: true, rotate: 90 };
    case 8:
      return { mirror: false, rotate: 270 };
    default:
      return { mirror: false, rotate: 0 };
  }
}
