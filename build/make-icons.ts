// Draws the application emblem (a gold star in a gold ring on a red rounded square) and writes
// build/icon.png (512×512, Linux) and build/icon.ico (16–256, Windows). Run: `npx node build/make-icons.ts`.
// Drawn from geometry rather than downloaded or hand-edited, so the files can be regenerated exactly.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Point = [number, number];

const DESIGN = 512;
const RED_TOP: Rgba = [0xd3, 0x22, 0x2f, 255];
const RED_BOTTOM: Rgba = [0xa3, 0x12, 0x1e, 255];
const GOLD: Rgba = [0xf7, 0xc9, 0x48, 255];

function star(cx: number, cy: number, outer: number, inner: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

const STAR = star(256, 268, 118, 118 * 0.382);

function insidePolygon(x: number, y: number, polygon: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x: number, y: number): boolean {
  const min = 16;
  const max = DESIGN - 16;
  const r = 100;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + r), max - r);
  const cy = Math.min(Math.max(y, min + r), max - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of one point of the design, or null outside the emblem. */
function sample(x: number, y: number): Rgba | null {
  if (!insideRoundedSquare(x, y)) return null;
  const d = Math.hypot(x - 256, y - 256);
  if ((d >= 168 && d <= 190) || insidePolygon(x, y, STAR)) return GOLD;
  const t = y / DESIGN;
  return RED_TOP.map((c, i) => Math.round(c + (RED_BOTTOM[i] - c) * t)) as Rgba;
}

/** RGBA pixels, top row first, 4×4 supersampled so small sizes stay smooth. */
function render(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const grid = 4;
  const scale = DESIGN / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const color = sample((px + (sx + 0.5) / grid) * scale, (py + (sy + 0.5) / grid) * scale);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / (grid * grid));
      }
    }
  }
  return pixels;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size: number, pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Classic 32-bit DIB entry: older Windows tools (and NSIS) read these more reliably than PNG entries. */
function bmp(size: number, pixels: Buffer): Buffer {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + AND-mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const colour = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4; // bottom-up
      colour[to] = pixels[from + 2];
      colour[to + 1] = pixels[from + 1];
      colour[to + 2] = pixels[from];
      colour[to + 3] = pixels[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, colour, Buffer.alloc(maskRow * size)]);
}

function ico(sizes: number[]): Buffer {
  const images = sizes.map((size) => (size >= 256 ? png(size, render(size)) : bmp(size, render(size))));
  const directory = Buffer.alloc(6 + 16 * sizes.length);
  directory.writeUInt16LE(1, 2); // type: icon
  directory.writeUInt16LE(sizes.length, 4);
  let offset = directory.length;
  sizes.forEach((size, i) => {
    const e = 6 + 16 * i;
    directory[e] = size >= 256 ? 0 : size; // 0 means 256
    directory[e + 1] = size >= 256 ? 0 : size;
    directory.writeUInt16LE(1, e + 4); // planes
    directory.writeUInt16LE(32, e + 6); // bits per pixel
    directory.writeUInt32LE(images[i].length, e + 8);
    directory.writeUInt32LE(offset, e + 12);
    offset += images[i].length;
  });
  return Buffer.concat([directory, ...images]);
}

const dir = import.meta.dirname;
writeFileSync(join(dir, 'icon.png'), png(512, render(512)));
writeFileSync(join(dir, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
console.log('build/icon.png, build/icon.ico written');
