// `export-packet` as a real process on a real database: the packet it writes opens with every check and
// holds the campaign; --unit narrows it; each mistake in the command line gets its Vietnamese sentence.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPacket } from '../../../../../../core/exchange/packets/open.ts';
import { ROOT, tempDir } from '../../../../helpers.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'core/hosts/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('export-packet', () => {
  it('writes the campaign packet, or one unit’s, and refuses what it cannot do', () => {
    const dir = tempDir('tdkt-cli-packet-');
    const db = join(dir, 'tdkt.sqlite');
    expect(cli('demo', '--db', db).code).toBe(0);
    expect(cli('--help').out).toContain('export-packet --db FILE --campaign ID [--unit CODE] [--kind report|proposal] --out FILE.tdkt');

    const whole = cli('export-packet', '--db', db, '--campaign', '1', '--out', join(dir, 'toan-bo.tdkt'));
    expect(whole.err).toBe('');
    expect(whole.out).toMatch(/^Đã xuất gói dữ liệu \([\d.]+ byte\): .*toan-bo\.tdkt\n$/u);
    const all = openPacket('toan-bo.tdkt', readFileSync(join(dir, 'toan-bo.tdkt')));
    expect([all.manifest.kind, all.manifest.sequence, all.input.units.length, all.input.works.length]).toEqual(['campaign', 1, 254, 703]);

    const unitCode = all.input.works[0].unitCode;
    const one = cli('export-packet', '--db', db, '--campaign', '1', '--unit', unitCode, '--out', join(dir, 'mot.tdkt'));
    expect(one.code).toBe(0);
    const unit = openPacket('mot.tdkt', readFileSync(join(dir, 'mot.tdkt')));
    expect(unit.manifest.sequence).toBe(2);
    expect(new Set(unit.input.works.map((w) => w.unitCode))).toEqual(new Set([unitCode]));
    expect(unit.input.works.length).toBe(all.input.works.filter((w) => w.unitCode === unitCode).length);

    const noOut = cli('export-packet', '--db', db, '--campaign', '1');
    expect([noOut.code, noOut.err]).toEqual([1, 'Lỗi: Thiếu --out FILE.tdkt (tệp gói dữ liệu sẽ tạo).\n']);
    expect(cli('export-packet', '--db', db, '--campaign', '1', '--out', join(dir, 'x.zip')).err).toBe('Lỗi: Tệp --out phải có đuôi .tdkt.\n');
    expect(cli('export-packet', '--db', db, '--out', join(dir, 'x.tdkt')).err).toContain('Thiếu --campaign ID');
    const missing = cli('export-packet', '--db', db, '--campaign', '9', '--out', join(dir, 'x.tdkt'));
    expect([missing.code, missing.err]).toEqual([1, 'Lỗi: Không tìm thấy đợt thi đua.\n']);
    expect(cli('export-packet', '--db', db, '--campaign', '1', '--unit', 'KHONG-CO', '--out', join(dir, 'x.tdkt')).err).toBe('Lỗi: Không tìm thấy đơn vị mã "KHONG-CO".\n');
    expect(existsSync(join(dir, 'x.tdkt'))).toBe(false);
  });
});
