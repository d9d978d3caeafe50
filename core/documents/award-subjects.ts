// What the award documents say of their subjects in the same words: who decides (the agency's Chủ
// tịch, to whom the tờ trình go), and the campaign or year the awards are for.
import type BetterSqlite3 from 'better-sqlite3';
import { issuerFacts } from '../awards/decision-records.ts';
import { lowerFirst } from './wording.ts';

/** "Chủ tịch Ủy ban nhân dân thành phố Thủ Đức": the head of the agency awards its Giấy khen. */
export function deciderOf(raw: BetterSqlite3.Database): string {
  return `Chủ tịch ${issuerFacts(raw, null, 'Tờ trình').name.trim()}`;
}

/** "trong đợt thi đua chào mừng …", or "năm 2021" for awards of a year. */
export function forWhat(campaign: { name: string } | null, year: number): string {
  return campaign ? `trong ${lowerFirst(campaign.name)}` : `năm ${year}`;
}
