// A real database set up for the award tests: Thủ Đức's agency and signer, three wards in one khối, the
// 2021 campaign, and people inserted with their name parts (the people capability lands separately).
import type BetterSqlite3 from 'better-sqlite3';
import type { TdktApp } from '../../../../core/app.ts';
import { splitName } from '../../../../core/text/collate.ts';
import { freshApp } from '../../helpers.ts';

export interface AwardsFixture {
  app: TdktApp;
  raw: BetterSqlite3.Database;
  signerId: number;
  campaignId: number;
  /** Unit ids by code: P01 Linh Trung, P02 An Khánh, P03 Bình Thọ. */
  units: Record<'P01' | 'P02' | 'P03', number>;
  person(fullName: string, unit: 'P01' | 'P02' | 'P03', gender: 'nam' | 'nu', position?: string): number;
}

export async function awardsFixture(now = '2021-04-20T03:00:00.000Z'): Promise<AwardsFixture> {
  const app = freshApp(now);
  await app.invoke('settings.saveAgency', {
    parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    name: 'Ủy ban nhân dân thành phố Thủ Đức',
    locality: 'Thủ Đức',
    abbreviation: 'UBND',
  });
  const signer = await app.invoke('agency.saveSigner', { authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
  const units = {
    P01: (await app.invoke('org.saveUnit', { code: 'P01', name: 'Phường Linh Trung', kind: 'phuong_xa' })).id,
    P02: (await app.invoke('org.saveUnit', { code: 'P02', name: 'Phường An Khánh', kind: 'phuong_xa' })).id,
    P03: (await app.invoke('org.saveUnit', { code: 'P03', name: 'Phường Bình Thọ', kind: 'phuong_xa' })).id,
  };
  const campaign = await app.invoke('campaigns.save', {
    name: 'Đợt thi đua chào mừng 100 ngày thành lập thành phố',
    form: 'chuyen_de',
    startDate: '2021-03-12',
    endDate: '2021-05-19',
    unitIds: Object.values(units),
  });
  const raw = app.connection.raw;
  let n = 0;
  const person = (fullName: string, unit: 'P01' | 'P02' | 'P03', gender: 'nam' | 'nu', position = 'Chuyên viên') => {
    const parts = splitName(fullName);
    n += 1;
    return Number(
      raw
        .prepare(
          `INSERT INTO people (uuid, full_name, family_name, middle_name, given_name, gender, position, unit_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(`person-${n}`, fullName, parts.ho, parts.tenDem, parts.ten, gender, position, units[unit], now, now).lastInsertRowid,
    );
  };
  return { app, raw, signerId: signer.id, campaignId: campaign.id, units, person };
}
