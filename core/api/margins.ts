// NĐ 30/2020 Phụ lục I (§1.1): the page margins a document may have, in millimetres. Here rather than in
// core/documents so that the Cơ quan screen shows and checks the very numbers documents/page.ts enforces.

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const DEFAULT_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };

export const MARGIN_RANGES: Record<keyof Margins, { min: number; max: number; label: string }> = {
  top: { min: 20, max: 25, label: 'Lề trên' },
  bottom: { min: 20, max: 25, label: 'Lề dưới' },
  left: { min: 30, max: 35, label: 'Lề trái' },
  right: { min: 15, max: 20, label: 'Lề phải' },
};

/** "Lề trái phải từ 30 đến 35 mm theo Nghị định 30/2020/NĐ-CP": the refusal, in the form and from core. */
export function marginRangeRule(side: keyof Margins): string {
  const { min, max, label } = MARGIN_RANGES[side];
  return `${label} phải từ ${min} đến ${max} mm theo Nghị định 30/2020/NĐ-CP`;
}
