// The hidden settings sheet every workbook the app writes carries: which form it is, its version, and
// the campaign and unit it was made for. Reading it first is how a form from another campaign, an older
// version or a stranger's workbook is recognised rather than guessed from its columns.
import type ExcelJS from 'exceljs';

export const SETTINGS_SHEET = 'Thiết lập';

export const FORM_IDS = { registration: 'tdkt-registration-form', units: 'tdkt-units-workbook' } as const;
export type FormId = (typeof FORM_IDS)[keyof typeof FORM_IDS];

/** The version this build writes and reads, per form. A change of columns or meaning raises it. */
export const FORM_VERSIONS: Record<FormId, number> = { 'tdkt-registration-form': 1, 'tdkt-units-workbook': 1 };

export interface Stamp {
  formId: string;
  version: number;
  campaignUuid: string;
  campaignName: string;
  /** One unit's code; '*' for every unit of the campaign. */
  unitCode: string;
  createdAt: string;
}

export const ALL_UNITS = '*';

const KEYS: [keyof Stamp, string][] = [
  ['formId', 'form_id'],
  ['version', 'version'],
  ['campaignUuid', 'campaign_uuid'],
  ['campaignName', 'campaign_name'],
  ['unitCode', 'unit_code'],
  ['createdAt', 'created_at'],
];

/** Writes the settings sheet, "veryHidden": Excel's menus cannot show it, so nobody edits it by accident. */
export function writeStamp(workbook: ExcelJS.Workbook, stamp: Stamp): void {
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  for (const [key, name] of KEYS) sheet.addRow([name, String(stamp[key])]);
}

/** The stamp of a workbook; null when it has no settings sheet (not a workbook this app wrote). */
/** What reading a stamp needs of a workbook: the hand reader's (sheet-xml.ts) and exceljs's both have it. */
interface StampSource {
  getWorksheet(name: string): { eachRow(callback: (row: { getCell(col: number): { value: unknown } }) => void): void } | undefined;
}

export function readStamp(workbook: StampSource): Partial<Record<keyof Stamp, string>> | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return null;
  const byName = new Map<string, string>();
  sheet.eachRow((row) => {
    const name = row.getCell(1).value;
    const value = row.getCell(2).value;
    if (typeof name === 'string') byName.set(name.trim(), value === null || value === undefined ? '' : String(value).trim());
  });
  const out: Partial<Record<keyof Stamp, string>> = {};
  for (const [key, name] of KEYS) if (byName.has(name)) out[key] = byName.get(name);
  return out;
}
