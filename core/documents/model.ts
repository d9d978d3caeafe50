// Plain data the document builders take: who issues, who signs, the number and date. Canonical text is
// mixed case ("Ủy ban nhân dân thành phố Thủ Đức"); the engine upper-cases at render time.
import type { WorkFlag } from '../api/labels.ts';
import type { CampaignDetail } from '../api/types.ts';

export interface Issuer {
  /** Cơ quan chủ quản trực tiếp, if any (left column, line 1, not bold). */
  parentBody: string;
  /** Tên cơ quan ban hành (bold). */
  name: string;
  /** Ký hiệu of the issuer, e.g. "UBND", "HĐTĐKT", "NV". */
  abbreviation: string;
  /** Địa danh on the date line, e.g. "Thủ Đức". */
  locality: string;
}

/** Signature block lines (NĐ 30 ô 7): authority lines such as "TM. Ủy ban nhân dân" / "KT. Chủ tịch", then the title, then the name. */
export interface Signer {
  /** Zero or more lines of "TM. …", "KT. …", "TL. …", "TUQ. …" ("Q. …" belongs in the title). */
  authority: readonly string[];
  /** Chức vụ, e.g. "Phó Chủ tịch", "Q. Trưởng phòng". */
  title: string;
  /** Họ tên, without academic titles. */
  name: string;
}

export interface DocNumber {
  /** Số in the issuer's yearly register; null leaves the blank for the văn thư ("Số:      /KH-UBND"). */
  number: number | null;
  /** Ký hiệu after the slash: "KH-UBND", or for a công văn "UBND-NV". */
  symbol: string;
}

/** What every NĐ 30 document shares. */
export interface DocumentFrame {
  issuer: Issuer;
  signer: Signer;
  number: DocNumber;
  /** ISO date of the document. */
  date: string;
  /** Recipients for "Nơi nhận:", without the dashes and semicolons; "Lưu: VT, …" is added. */
  recipients: readonly string[];
  /** Drafting unit's abbreviation for "Lưu: VT, NV." (defaults to none). */
  draftingUnit?: string;
  /** Page margins in mm; defaults inside the decree's ranges. */
  margins?: import('../api/margins.ts').Margins;
}

/** The campaign as the documents need it: all of the API's CampaignDetail but its database ids. */
export type CampaignInfo = Omit<CampaignDetail, 'id' | 'unitIds'>;

/** A khối or cụm taking part, with its member count. */
export interface GroupInfo {
  kind: 'khoi' | 'cum';
  name: string;
  units: number;
}

/** One work in a list of the báo cáo or the công văn. */
export interface WorkLine {
  title: string;
  unitName: string;
  group: string | null;
  level: 'thanh_pho' | 'co_so';
  status: 'da_dang_ky' | 'dang_thuc_hien' | 'hoan_thanh' | 'khong_hoan_thanh' | 'huy';
  dueDate: string | null;
  completedOn: string | null;
  /** The work's and its unit's ids, when read from the database. */
  id?: number;
  unitId?: number;
  /** Marked "công trình tiêu biểu" by the secretariat. */
  featured?: boolean;
  /** Chỉ tiêu as registered. */
  target?: string;
  /** Review flags at the "as of" date (core/works/rules.ts), for the hạn chế of the báo cáo. */
  flags?: readonly WorkFlag[];
}

/** Editable section texts, by key; a missing key takes the text the app writes from the data. */
export type SectionTexts = Readonly<Record<string, string | undefined>>;
