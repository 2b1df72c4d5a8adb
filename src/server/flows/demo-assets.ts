/** An 8×8 red PNG: the demo applications' business-licence image. */
export const DEMO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4Y2yMFTEMLQkACspMgdVP2G4AAAAASUVORK5CYII=',
  'base64',
);

/**
 * A baseline JPEG of one colour, any size: the demo service's images and the tests' uploads
 * (no image library needed). Quantization 1, every block DC only, tiny Huffman tables.
 */
export function solidJpeg(width: number, height: number, rgb: [number, number, number]): Buffer {
  const [r, g, b] = rgb;
  const ycc = [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ].map((v) => 8 * (Math.round(Math.min(255, Math.max(0, v))) - 128));
  const cat = (v: number) => (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1);
  const cats = [...new Set(ycc.map(cat).filter((c) => c > 0))];
  // DC: category 0 = '0'; the others 3 bits from '100'. AC: EOB = '0'.
  const dcCode = new Map<number, string>([[0, '0']]);
  cats.forEach((c, i) => dcCode.set(c, (4 + i).toString(2)));
  let bits = '';
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  for (let n = 0; n < blocks; n++) {
    for (const v of ycc) {
      if (n > 0) {
        bits += '00';
        continue;
      }
      const c = cat(v);
      const mag = v >= 0 ? v : v + (1 << c) - 1;
      bits += dcCode.get(c)! + (c ? mag.toString(2).padStart(c, '0') : '') + '0';
    }
  }
  bits += '1'.repeat((8 - (bits.length % 8)) % 8);
  const scan: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    const byte = parseInt(bits.slice(i, i + 8), 2);
    scan.push(byte);
    if (byte === 0xff) scan.push(0);
  }
  const seg = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  const dcBits = new Array(16).fill(0);
  dcBits[0] = 1;
  dcBits[2] = cats.length;
  const acBits = new Array(16).fill(0);
  acBits[0] = 1;
  const bytes = [
    0xff,
    0xd8,
    ...seg(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...seg(0xdb, [0, ...new Array(64).fill(1)]),
    ...seg(0xc0, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      3,
      1,
      0x11,
      0,
      2,
      0x11,
      0,
      3,
      0x11,
      0,
    ]),
    ...seg(0xc4, [0x00, ...dcBits, 0, ...cats]),
    ...seg(0xc4, [0x10, ...acBits, 0]),
    ...seg(0xda, [3, 1, 0, 2, 0, 3, 0, 0, 63, 0]),
    ...scan,
    0xff,
    0xd9,
  ];
  return Buffer.from(bytes);
}
