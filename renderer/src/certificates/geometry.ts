// What the mouse and the arrow keys do to a box on the paper: moves and resizes in whole half-
// millimetres (the step the user nudges by and reads on a ruler), never past the paper's edges and
// never smaller than 1 mm (the template schema's own floor), so a drag never makes a box the save refuses.
import type { Box } from '../../../core/certificates/template.ts';

export type Handle = 'move' | 'nw' | 'ne' | 'sw' | 'se';

export const NUDGE_MM = 0.5;
export const BIG_NUDGE_MM = 5;
const MIN_MM = 1;

const snap = (mm: number) => Math.round(mm / NUDGE_MM) * NUDGE_MM;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

export interface Paper {
  widthMm: number;
  heightMm: number;
}

/** `start` dragged by (dx, dy) mm from `handle`, snapped to 0,5 mm and kept on the paper. */
export function dragBox(start: Box, handle: Handle, dx: number, dy: number, paper: Paper): Box {
  if (handle === 'move') {
    return {
      ...start,
      x: clamp(snap(start.x + dx), 0, paper.widthMm - start.width),
      y: clamp(snap(start.y + dy), 0, paper.heightMm - start.height),
    };
  }
  let left = start.x;
  let top = start.y;
  let right = start.x + start.width;
  let bottom = start.y + start.height;
  if (handle === 'nw' || handle === 'sw') left = clamp(snap(left + dx), 0, right - MIN_MM);
  else right = clamp(snap(right + dx), left + MIN_MM, paper.widthMm);
  if (handle === 'nw' || handle === 'ne') top = clamp(snap(top + dy), 0, bottom - MIN_MM);
  else bottom = clamp(snap(bottom + dy), top + MIN_MM, paper.heightMm);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** An arrow key: the box moves by `step` mm, exactly (a box typed at 12,3 mm goes to 12,8), kept on the paper. */
export function nudgeBox(box: Box, key: string, step: number, paper: Paper): Box | null {
  const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[key];
  if (!d) return null;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    ...box,
    x: round(clamp(box.x + d[0], 0, paper.widthMm - box.width)),
    y: round(clamp(box.y + d[1], 0, paper.heightMm - box.height)),
  };
}
