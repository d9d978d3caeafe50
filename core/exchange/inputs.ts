// What an import brings in, whatever carried it. A .tdkt packet and an Excel workbook are read into these
// same records, so one pipeline (checks → staged dry run → preview → apply → log → undo) serves both and
// neither reader can take a shortcut past the validators. Places point back into the source so every
// error and preview row can name the file, sheet and row the user must fix.
import type { GroupKind, MemberRole, UnitKind, WorkLevel, WorkStatus } from '../../db/schema.js';

/** Where a record came from: a packet entry or a workbook row. */
export interface SourcePlace {
  file: string;
  sheet?: string;
  /** 1-based row as Excel shows it. */
  row?: number;
}

/** A unit as a units workbook or a campaign packet lists it; matched by uuid, then by code. */
export interface UnitInput {
  uuid?: string;
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  parentCode: string | null;
  active: boolean;
  /** Khối/cụm memberships, by the group's code. */
  memberships: { groupCode: string; groupKind: GroupKind; groupName: string; role: MemberRole }[];
  place: SourcePlace;
}

/**
 * A work (công trình / phần việc) as a registration form row or a packet record carries it; matched by
 * uuid, then by the natural key (unit code, title within unit and campaign). `baseUpdatedAt` is the
 * version the sender started from, so a change made on both sides merges field by field.
 */
export interface WorkInput {
  uuid?: string;
  unitCode: string;
  title: string;
  field: string;
  level: WorkLevel;
  target: string;
  dueDate: string | null;
  owner: string;
  status: WorkStatus;
  completedOn: string | null;
  note: string;
  baseUpdatedAt?: string;
  place: SourcePlace;
}

/** A row the reader could not turn into a record: shown in the preview, exportable back to Excel. */
export interface RowError {
  place: SourcePlace;
  /** The column header as the user sees it, e.g. "Lĩnh vực". */
  column?: string;
  /** Vietnamese, e.g. "Dòng 12, cột Lĩnh vực: 'xyz' không có trong danh mục". */
  message: string;
}

/** A note the reader adds without refusing, e.g. text converted from TCVN3. */
export interface ReadNote {
  place: SourcePlace;
  message: string;
}
