// Draws the toolbar icon (a speech bubble with a check mark on an indigo tile) at 16/32/48/128 px.
// Run once when the design changes: node scripts/draw-icons.mjs. Shapes are signed-distance
// functions sampled 4×4 per pixel, written as PNG with node's zlib (no image library needed).
import { mkdirSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in a 0..1 unit square.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t);
};
const triangle = (x, y) => {
  // The bubble's tail: below the bubble, pointing down-left.
  const inside = y > 0.64 && y < 0.84 && x > 0.3 && x < 0.46 && x - 0.3 < (0.84 - y) * 0.8 + 0.0;
  return inside ? -1 : 1;
};

function colorAt(x, y) {
  const tile = roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.22);
  if (tile > 0) return null;
  const t = y;
  const bg = [79 - 20 * t, 70 - 10 * t, 229 - 40 * t];
  const bubble = Math.min(roundedBox(x, y, 0.5, 0.46, 0.32, 0.22, 0.1), triangle(x, y));
  if (bubble > 0) return bg;
  const tick = Math.min(segment(x, y, 0.34, 0.47, 0.45, 0.57), segment(x, y, 0.45, 0.57, 0.66, 0.36));
  if (tick < 0.045) return [79, 70, 229];
  return [255, 255, 255];
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colorAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) rgba.set([r / a, g / a, b / a, (255 * a) / (n * n)], i);
    }
  }
  return png(size, rgba);
}

mkdirSync("icons", { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, draw(size));
console.log("icons/icon-{16,32,48,128}.png written");
