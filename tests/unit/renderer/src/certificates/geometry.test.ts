// The editor's box moves: a drag in half-millimetre steps that never leaves the paper nor makes a box
// under 1 mm (so a drag never produces a template the save refuses), and the arrow keys' exact steps.
import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../../../core/certificates/template.ts';
import { dragBox, nudgeBox } from '../../../../../renderer/src/certificates/geometry.ts';
import { phoiTemplate } from '../../../core/certificates/fixtures.ts';

const A4 = { widthMm: 297, heightMm: 210 };
const box = { x: 60, y: 94, width: 177, height: 16 };

describe('dragBox', () => {
  it('moves in 0,5 mm steps and stops at the paper’s edges', () => {
    expect(dragBox(box, 'move', 10.2, 1.8, A4)).toEqual({ ...box, x: 70, y: 96 });
    expect(dragBox(box, 'move', 0.26, -0.24, A4)).toEqual({ ...box, x: 60.5, y: 94 });
    expect(dragBox(box, 'move', 500, 500, A4)).toEqual({ ...box, x: 120, y: 194 });
    expect(dragBox(box, 'move', -500, -500, A4)).toEqual({ ...box, x: 0, y: 0 });
  });

  it('resizes from each corner, keeping the opposite corner, at least 1 mm and on the paper', () => {
    expect(dragBox(box, 'se', 5, 4, A4)).toEqual({ x: 60, y: 94, width: 182, height: 20 });
    expect(dragBox(box, 'nw', 5, 4, A4)).toEqual({ x: 65, y: 98, width: 172, height: 12 });
    expect(dragBox(box, 'ne', 100, -200, A4)).toEqual({ x: 60, y: 0, width: 237, height: 110 });
    expect(dragBox(box, 'sw', 400, 0, A4)).toEqual({ x: 236, y: 94, width: 1, height: 16 });
  });

  it('never yields a box the template schema refuses', () => {
    const t = phoiTemplate();
    for (const [dx, dy] of [[1e4, 1e4], [-1e4, -1e4], [1e4, -1e4], [-1e4, 1e4]]) {
      for (const handle of ['move', 'nw', 'ne', 'sw', 'se'] as const) {
        t.fields.name.box = dragBox(box, handle, dx, dy, A4);
        expect(templateSchema.safeParse(t).success, `${handle} ${dx} ${dy}`).toBe(true);
      }
    }
  });
});

describe('nudgeBox', () => {
  it('moves the box by exactly the step, kept on the paper, and ignores other keys', () => {
    expect(nudgeBox({ ...box, x: 12.3 }, 'ArrowRight', 0.5, A4)).toEqual({ ...box, x: 12.8 });
    expect(nudgeBox(box, 'ArrowUp', 5, A4)).toEqual({ ...box, y: 89 });
    expect(nudgeBox({ ...box, x: 0 }, 'ArrowLeft', 0.5, A4)).toEqual({ ...box, x: 0 });
    expect(nudgeBox({ ...box, y: 193.8 }, 'ArrowDown', 0.5, A4)).toEqual({ ...box, y: 194 });
    expect(nudgeBox(box, 'Enter', 0.5, A4)).toBeNull();
  });
});
