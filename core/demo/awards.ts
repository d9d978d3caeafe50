// The demo's award round for the sơ kết of 16/4/2021 (issue 9), so every award screen and document can
// be tried at once: proposals from five wards, four offices and two health stations (the unit itself,
// a collective or two inside it, its people — names long enough to need the certificate's fit rule), a
// Hội đồng meeting of 15/4 with its votes (two nominees short of the 80 %), the decision of 16/4 issued
// with its số sổ through the very issue the app runs, and a printer calibration for the seeded phôi.
// Written inside generateDemo's transaction with seeded UUIDs: the demo comes out the same every time.
import type BetterSqlite3 from 'better-sqlite3';
import { issueDecision } from '../awards/issue.ts';

export const DEMO_ROUND = {
  proposalDate: '2021-04-13',
  meetingDate: '2021-04-15',
  decisionDate: '2021-04-16',
  achievement: 'Đã có thành tích xuất sắc trong đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức',
  /** Members of the Hội đồng and those at the meeting: 8 of 9 agreeing is 88,89 %, 7 of 9 is 77,78 %. */
  members: { total: 11, present: 9 },
};

/** Collectives inside the proposing units, by unit code: the long ones test the fit rule. */
const COLLECTIVES: Record<string, string[]> = {
  P01: ['Ban Chỉ huy Quân sự phường An Khánh'],
  P02: ['Tổ dân phố 12 khu phố 3'],
  P03: ['Ban Điều hành khu phố 2 và Chi hội Cựu chiến binh khu phố 2'],
  P06: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Bình Trưng Đông'],
  CQ001: ['Tổ Một cửa tiếp nhận và trả kết quả giải quyết thủ tục hành chính'],
  CQ002: ['Tổ Thi đua - Khen thưởng'],
};

/** The units whose people are proposed: the wards, the offices and the health stations of the demo people. */
const PREFIXES = ['P', 'CQ', 'YT'];

/** The nominees the Hội đồng turns down (7 of 9): one collective, one person. */
const SHORT = new Set(['Tổ dân phố 12 khu phố 3', 'Trần Văn Ánh']);

/** A calibration of the demo's printer for the phôi: the feed lands 1,5 mm right and 2 mm high. */
export const DEMO_CALIBRATION = { printer: 'HP LaserJet Pro M404dn', tray: 'Khay tay (phôi Giấy khen)', offsetXMm: 1.5, offsetYMm: -2, scale: 1 };

export function writeDemoAwards(raw: BetterSqlite3.Database, o: { campaignId: number; stamp: string; uuid: () => string }): void {
  const { campaignId, stamp, uuid } = o;
  const id = (r: BetterSqlite3.RunResult) => Number(r.lastInsertRowid);
  const people = raw
    .prepare<[], { id: number; full_name: string; unit_id: number; code: string }>(
      'SELECT p.id, p.full_name, p.unit_id, u.code FROM people p JOIN units u ON u.id = p.unit_id ORDER BY p.id',
    )
    .all()
    .filter((p) => PREFIXES.includes(p.code.replace(/\d+$/u, '')));
  const units = [...new Map(people.map((p) => [p.unit_id, p.code])).entries()];

  const proposal = raw.prepare(
    `INSERT INTO proposals (uuid, unit_id, campaign_id, year, submission_number, submission_date, status, note, created_at, updated_at)
     VALUES (?, ?, ?, 2021, ?, ?, 'da_trinh', '', ?, ?)`,
  );
  const nominee = raw.prepare(
    `INSERT INTO proposal_nominees (uuid, proposal_id, kind, unit_id, person_id, name, form_code, achievement, sort, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const proposalIds: number[] = [];
  const nominees: { id: number; name: string }[] = [];
  units.forEach(([unitId, code], i) => {
    // A ward's tờ trình is its UBND's; an office or a station signs as itself.
    const symbol = code.startsWith('P') ? 'TTr-UBND' : `TTr-${code.replace(/\d+$/u, '')}`;
    const pid = id(proposal.run(uuid(), unitId, campaignId, `${String(10 + i).padStart(2, '0')}/${symbol}`, DEMO_ROUND.proposalDate, stamp, stamp));
    proposalIds.push(pid);
    let sort = 0;
    const add = (kind: string, personId: number | null, name: string, form: string, achievement: string) => {
      sort += 1;
      const nid = id(nominee.run(uuid(), pid, kind, kind === 'ca_nhan' ? null : unitId, personId, name, form, achievement, sort, stamp, stamp));
      nominees.push({ id: nid, name });
    };
    if (code.startsWith('P')) add('don_vi', null, '', 'giay_khen_tap_the', 'Dẫn đầu cụm thi đua về số công trình hoàn thành trước hạn');
    for (const name of COLLECTIVES[code] ?? []) add('tap_the', null, name, 'giay_khen_tap_the', 'Hoàn thành xuất sắc công trình, phần việc đã đăng ký');
    for (const p of people.filter((x) => x.unit_id === unitId)) {
      add('ca_nhan', p.id, p.full_name, 'giay_khen_ca_nhan', 'Hoàn thành xuất sắc nhiệm vụ được giao trong đợt thi đua');
    }
  });

  const meeting = id(
    raw
      .prepare(
        `INSERT INTO council_meetings (uuid, campaign_id, meeting_date, place, members_total, members_present, chair, secretary,
           threshold_hundredths, note, created_at, updated_at)
         VALUES (?, ?, ?, 'Hội trường Ủy ban nhân dân thành phố', ?, ?, 'Nguyễn Kỳ Phùng', 'Lê Thị Thu Hà', 8000, '', ?, ?)`,
      )
      .run(uuid(), campaignId, DEMO_ROUND.meetingDate, DEMO_ROUND.members.total, DEMO_ROUND.members.present, stamp, stamp),
  );
  const reviews = raw.prepare('INSERT INTO meeting_proposals (meeting_id, proposal_id) VALUES (?, ?)');
  for (const pid of proposalIds) reviews.run(meeting, pid);
  const vote = raw.prepare('INSERT INTO meeting_votes (meeting_id, nominee_id, agree) VALUES (?, ?, ?)');
  for (const [i, n] of nominees.entries()) vote.run(meeting, n.id, SHORT.has(n.name) ? 7 : i % 3 === 0 ? 9 : 8);

  const signer = raw.prepare<[], number>("SELECT id FROM signers ORDER BY (title = 'Phó Chủ tịch') DESC, sort, id LIMIT 1").pluck().get() ?? null;
  const decision = id(
    raw
      .prepare(
        `INSERT INTO decisions (uuid, meeting_id, campaign_id, form_code, decision_date, issuer_id, signer_id, achievement, money,
           list_order, unit_order, created_at, updated_at)
         VALUES (?, ?, ?, 'giay_khen_ca_nhan', ?, NULL, ?, ?, 1, 'by_unit', '[]', ?, ?)`,
      )
      .run(uuid(), meeting, campaignId, DEMO_ROUND.decisionDate, signer, DEMO_ROUND.achievement, stamp, stamp),
  );
  const line = raw.prepare('INSERT INTO decision_lines (decision_id, nominee_id, sort) VALUES (?, ?, ?)');
  for (const [i, n] of nominees.filter((m) => !SHORT.has(m.name)).entries()) line.run(decision, n.id, i + 1);
  issueDecision(raw, { id: decision }, new Date(stamp), uuid);

  const c = DEMO_CALIBRATION;
  raw
    .prepare('INSERT INTO printer_calibrations (printer, tray, offset_x_mm, offset_y_mm, scale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(c.printer, c.tray, c.offsetXMm, c.offsetYMm, c.scale, stamp, stamp);
}
