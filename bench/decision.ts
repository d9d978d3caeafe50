// Issue 9, Speed: a quyết định khen thưởng with a danh sách of 2,000 lines ≤ 1 s, timed as the whole
// documents.generate call (the decision's data and order, the căn cứ, the build, the register, the
// file) on a real database: 400 collectives and 1,600 people over 20 wards, with money.
import { TdktApp } from '../core/app.ts';
import { splitName } from '../core/text/collate.ts';
import { type BenchOptions, type BenchResult, check, defaultOptions, median, round, runStandalone, tempDir, timeRuns } from './lib.ts';

const LINES = { collectives: 400, people: 1_600 };
const UNITS = 20;
const RUNS = 5;
const WARMUPS = 1;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Đình', 'Hữu', 'Thu'];
const GIVEN = ['An', 'Bình', 'Chiến', 'Dung', 'Dũng', 'Đào', 'Đức', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Khánh', 'Linh', 'Mai', 'Nam', 'Oanh', 'Phúc', 'Quân', 'Sơn', 'Thảo'];

async function decisionDatabase(dir: string): Promise<{ app: TdktApp; decisionId: number }> {
  const date = '2026-03-02';
  const app = new TdktApp({ dbPath: `${dir}/bench.sqlite`, now: () => new Date(`${date}T03:00:00.000Z`) });
  await app.invoke('settings.saveAgency', { parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', name: 'Ủy ban nhân dân thành phố Thủ Đức', locality: 'Thủ Đức', abbreviation: 'UBND' });
  const signer = await app.invoke('agency.saveSigner', { authority: 'KT. Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Kỳ Phùng' });
  const units: number[] = [];
  for (let u = 1; u <= UNITS; u++) units.push((await app.invoke('org.saveUnit', { code: `P${u}`, name: `Phường ${GIVEN[u % GIVEN.length]} ${u}`, kind: 'phuong_xa' })).id);
  const proposal = await app.invoke('proposals.create', { unitId: units[0], campaignId: null, year: 2026, submissionDate: date });
  const raw = app.connection.raw;
  const person = raw.prepare(
    `INSERT INTO people (uuid, full_name, family_name, middle_name, given_name, gender, position, unit_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'nam', 'Chuyên viên', ?, ?, ?)`,
  );
  const ids: number[] = [];
  for (let i = 0; i < LINES.collectives; i++) {
    const n = await app.invoke('proposals.addNominee', {
      proposalId: proposal.id,
      kind: 'tap_the',
      unitId: units[i % UNITS],
      name: `Tổ dân phố ${i + 1}`,
      formCode: 'giay_khen_tap_the',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ',
    });
    ids.push(n.nomineeList.at(-1)!.id);
  }
  for (let i = 0; i < LINES.people; i++) {
    const full = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 4) % MIDDLE.length]} ${GIVEN[(i >> 2) % GIVEN.length]}`;
    const parts = splitName(full);
    const personId = Number(person.run(`bench-${i}`, full, parts.ho, parts.tenDem, parts.ten, units[i % UNITS], date, date).lastInsertRowid);
    const n = await app.invoke('proposals.addNominee', { proposalId: proposal.id, kind: 'ca_nhan', personId, formCode: 'giay_khen_ca_nhan', achievement: 'Hoàn thành xuất sắc nhiệm vụ' });
    ids.push(n.nomineeList.at(-1)!.id);
  }
  const decision = await app.invoke('decisions.create', {
    meetingId: null,
    formCode: 'giay_khen_ca_nhan',
    date,
    signerId: signer.id,
    achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025',
    money: true,
    nomineeIds: ids,
  });
  return { app, decisionId: decision.id };
}

export async function benchDecision(options: BenchOptions = defaultOptions): Promise<BenchResult[]> {
  const dir = tempDir('decision');
  try {
    const { app, decisionId } = await decisionDatabase(dir.path);
    const lines = LINES.collectives + LINES.people;
    options.log(`decision: ${lines} lines ready`);
    const first = await app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId });
    const bytes = Buffer.from(first.contentBase64, 'base64');
    check(bytes[0] === 0x50 && bytes[1] === 0x4b, 'quyết định: not a zip');
    check(first.summary.startsWith('Về việc tặng Giấy khen'), 'quyết định: not the decision');
    const times = await timeRuns(RUNS, WARMUPS, () => app.invoke('documents.generate', { kind: 'quyet_dinh', decisionId }));
    app.close();
    const m = median(times);
    options.log(`quyết định, ${lines} lines: median ${round(m)} ms over ${RUNS} runs, ${round(bytes.length / 1024, 0)} KiB`);
    return [
      { name: `document quyết định khen thưởng, danh sách of ${lines.toLocaleString('en-US')} lines (documents.generate)`, median: round(m), unit: 'ms', target: 1000, note: `${round(bytes.length / 1024, 0)} KiB` },
    ];
  } finally {
    dir.remove();
  }
}

if (import.meta.main) await runStandalone(benchDecision);
