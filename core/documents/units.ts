// Word measures: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes, eighths of a
// point for border widths. The decree speaks in millimetres and points.

export const TWIPS_PER_MM = 1440 / 25.4;

export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

export function cm(value: number): number {
  return mm(value * 10);
}

export function pt(value: number): number {
  return Math.round(value * 20);
}

/** Font size in half-points ("w:sz"). */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** A4 portrait in twips (NĐ 30 Phụ lục I: 210 × 297 mm). */
export const A4 = { width: 11906, height: 16838 } as const;
