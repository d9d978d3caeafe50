import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TdktApp } from '../../../core/app.ts';
import { ROOT, tempDir } from '../helpers.ts';

/**
 * What the file looks like from outside. Not its bytes: reading the file from this process would close a
 * descriptor of it, and POSIX then drops this process's lock on it.
 */
function outside(path: string) {
  const s = statSync(path);
  return { ino: s.ino, size: s.size, mtime: s.mtimeMs, names: readdirSync(dirname(path)).sort() };
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run cli', () => {
  const dir = tempDir();
  const demo = join(dir, 'demo.sqlite');

  it('creates the demo database and prints the seed statistics as JSON', () => {
    expect(cli('demo', '--db', demo).code).toBe(0);
    const r = cli('stats', '--db', demo, '--as-of', '2021-04-12', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.campaign).toEqual({ id: 1, name: 'Đợt hoạt động cao điểm thi đua chào mừng 100 ngày thành lập thành phố Thủ Đức' });
    expect(s.asOf).toBe('2021-04-12');
    expect(s.groups).toEqual({ khoi: 25, cum: 4 });
    expect(s.units).toEqual({ registered: 254, reported: 118, reportedPercent: '46,46%' });
    expect(s.works).toMatchObject({ registered: 703, completed: 136, completedPercent: '19,35%' });
    expect(s.works.byLevel.map((l: { level: string }) => l.level)).toEqual(['thanh_pho', 'co_so']);
    expect(Object.keys(s.byGroup[0])).toEqual(['kind', 'name', 'units', 'reported', 'works', 'completed']);
    const t = JSON.parse(cli('stats', '--db', demo, '--as-of', '2021-04-12', '--truncate', '--json').out);
    expect([t.units.reportedPercent, t.works.completedPercent]).toEqual(['46,45%', '19,34%']);
  });

  it('lists records as JSON', () => {
    const units = JSON.parse(cli('list', 'units', '--db', demo, '--json').out);
    expect(units).toHaveLength(254);
    expect(units[0]).toHaveProperty('code');
    const works = JSON.parse(cli('list', 'works', '--db', demo, '--campaign', '1', '--json').out);
    expect(works).toHaveLength(703);
    expect(works[0]).toMatchObject({ unitCode: expect.any(String), level: expect.stringMatching(/thanh_pho|co_so/), status: expect.any(String) });
    expect(JSON.parse(cli('list', 'groups', '--db', demo, '--json').out)).toHaveLength(29);
    expect(JSON.parse(cli('list', 'campaigns', '--db', demo, '--json').out)[0]).toMatchObject({ id: 1, planNumber: '19/KH-UBND' });
    const people = JSON.parse(cli('list', 'people', '--db', demo, '--json').out);
    expect(people).toHaveLength(40);
    expect(people.slice(0, 2).map((p: { fullName: string }) => p.fullName)).toEqual(['Nguyễn Văn An', 'Tạ Thị Lan Anh']);
    expect(people[1]).toMatchObject({ givenName: 'Anh', genderLabel: 'Nữ', staffClassLabel: 'Viên chức' });
    const tam = people.find((p: { fullName: string }) => p.fullName === 'Nguyễn Trần Thanh Tâm');
    expect(tam).toMatchObject({ middleName: 'Trần', givenName: 'Thanh Tâm', unitName: expect.stringMatching(/phường/u) });
  });

  it('creates an empty database and refuses to overwrite without --force', () => {
    const path = join(dir, 'empty.sqlite');
    expect(cli('init', '--db', path).code).toBe(0);
    expect(existsSync(path)).toBe(true);
    const again = cli('init', '--db', path);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/đã tồn tại\. Dùng --force/);
    expect(cli('init', '--db', path, '--force').code).toBe(0);
    expect(JSON.parse(cli('list', 'units', '--db', path, '--json').out)).toEqual([]);
    // The old data folder held the old database's log: it is kept aside, not mixed with the new one's.
    const folders = readdirSync(dir).filter((n) => n.startsWith('empty-du-lieu')).sort();
    expect(folders).toHaveLength(2);
    expect(folders[0]).toBe('empty-du-lieu');
    expect(folders[1]).toMatch(/^empty-du-lieu-cu-\d{8}-\d{6}$/u);
  });

  it("--force puts the new database in place in one rename and moves the old one's files aside", () => {
    const folder = tempDir();
    const path = join(folder, 'tdkt.sqlite');
    expect(cli('demo', '--db', path).code).toBe(0);
    const oldDocument = join(folder, 'tdkt-du-lieu', 'van-ban', '19-KH-UBND.docx');
    mkdirSync(join(folder, 'tdkt-du-lieu', 'van-ban'), { recursive: true });
    writeFileSync(oldDocument, 'văn bản của cơ sở dữ liệu cũ');

    const r = cli('init', '--db', path, '--force');
    expect(r.code).toBe(0);
    expect(JSON.parse(cli('list', 'units', '--db', path, '--json').out)).toEqual([]);
    const names = readdirSync(folder).sort();
    // The database, its new (empty) data folder and the old one renamed aside; no temporary file.
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('tdkt-du-lieu');
    expect(names[1]).toMatch(/^tdkt-du-lieu-cu-\d{8}-\d{6}$/u);
    expect(names[2]).toBe('tdkt.sqlite');
    expect(r.out).toBe(`Đã tạo cơ sở dữ liệu: ${path}\nTài liệu, bản sao lưu và nhật ký của cơ sở dữ liệu cũ được giữ lại trong thư mục: ${join(folder, names[1])}\n`);
    expect(existsSync(join(folder, 'tdkt-du-lieu', 'van-ban', '19-KH-UBND.docx'))).toBe(false);
    expect(readFileSync(join(folder, names[1], 'van-ban', '19-KH-UBND.docx'), 'utf8')).toBe('văn bản của cơ sở dữ liệu cũ');
  });

  it('--force refuses in Vietnamese while another process has the database open, and changes nothing', async () => {
    const folder = tempDir();
    const path = join(folder, 'tdkt.sqlite');
    const app = new TdktApp({ dbPath: path });
    try {
      await app.invoke('demo.load', {});
      const before = outside(path);
      for (const command of ['demo', 'init']) {
        const r = cli(command, '--db', path, '--force');
        expect(r.code, command).toBe(1);
        expect(r.err).toMatch(/Lỗi: Tệp dữ liệu ".*tdkt\.sqlite" đang được mở bởi một chương trình khác .*Hãy đóng chương trình đó rồi thử lại\./u);
        expect(outside(path)).toEqual(before);
      }
      // The holder's data and writes are untouched.
      expect(await app.invoke('org.listUnits', {})).toHaveLength(254);
    } finally {
      app.close();
    }
  });

  it('says in its help that doc writes a dự thảo and issues it on request', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    const line = help.out.split('\n').find((l) => l.trimStart().startsWith('doc '));
    expect(line).toMatch(/\[--issue \| --number N\] \[--new-version\]/u);
    expect(line).toMatch(/Tạo dự thảo văn bản .*; --issue: ban hành$/u);
    expect(help.out).not.toContain('--blank-number');
  });

  it('fails with a Vietnamese message on stderr and a non-zero code', () => {
    const cases: [string[], RegExp][] = [
      [['stats', '--db', join(dir, 'missing.sqlite')], /Không tìm thấy tệp dữ liệu/],
      [['stats', '--db', demo, '--campaign', '42'], /Không tìm thấy đợt thi đua có mã số 42/],
      [['stats', '--db', demo, '--as-of', '12/4/2021'], /Ngày không hợp lệ/],
      [['stats', '--db', demo, '--as-of', '2021-02-30'], /Ngày không hợp lệ/],
      [['list', 'khong-co', '--db', demo], /Cần chọn một trong/],
      [['frobnicate'], /Không có lệnh "frobnicate"/],
      [['stats', '--db', demo, '--frob'], /^Lỗi: Tham số không hợp lệ: không có tham số "--frob"\.\n$/],
      [['stats', '--db'], /^Lỗi: Tham số không hợp lệ: tham số "--db" cần một giá trị\.\n$/],
      [['stats', '--db', demo, '--json=1'], /^Lỗi: Tham số không hợp lệ: tham số "--json" không nhận giá trị\.\n$/],
      [['stats', 'thừa', '--db', demo], /^Lỗi: Tham số không hợp lệ: lệnh này không nhận "thừa"\.\n$/],
      // Node's own text ("ENOENT: no such file or directory, open …") never reaches the user.
      [['doc', 'giay-moi', '--db', demo, '--place', 'Hội trường', '--out', join(dir, 'khong-co', 'gm.docx')], /^Lỗi: Không tìm thấy thư mục .*khong-co để ghi tệp "gm.docx"/],
      [['doc', 'bao-cao', '--db', demo, '--blank-number', '--out', join(dir, 'bc.docx')], /^Lỗi: Tham số không hợp lệ: không có tham số "--blank-number"\.\n$/],
      [['doc', 'bao-cao', '--db', demo, '--issue', '--number', '3', '--out', join(dir, 'bc.docx')], /^Lỗi: Chỉ chọn một trong --issue \(tự cấp số\) và --number N/],
    ];
    for (const [args, message] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err).toMatch(message);
      expect(r.err, args.join(' ')).not.toMatch(/ENOENT|no such|Unknown|Unexpected|argument|option/i);
    }
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'xin chào');
    const r = cli('stats', '--db', junk);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/không phải là cơ sở dữ liệu/);
  });
});
