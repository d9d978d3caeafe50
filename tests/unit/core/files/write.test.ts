// The one file writer on real files: whole or nothing, never a temporary file left, and the failures
// Windows and full disks produce turned into Vietnamese sentences naming the file. The rename failures
// Windows gives when Word holds a file (EBUSY/EPERM) cannot be provoked on Linux, so those tests pass a
// file-system object whose rename fails that way a given number of times and then is node:fs itself;
// a full disk is the kernel's own ENOSPC from /dev/full.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../core/api/envelope.ts';
import { type FileOps, isTempName, removeStrayTemps, stageFile, tempPathFor, writeFileAtomic } from '../../../../core/files/write.ts';
import { tempDir } from '../../helpers.ts';

function systemError(code: 'EBUSY' | 'EPERM', errno: number, from: string, to: string): NodeJS.ErrnoException {
  // The shape libuv gives a failed rename on Windows when another program holds the target.
  return Object.assign(new Error(`${code}: resource busy or locked, rename '${from}' -> '${to}'`), { code, errno, syscall: 'rename', path: from, dest: to });
}

/** node:fs whose renameSync fails with `code` for the first `failures` calls. */
function heldOpen(code: 'EBUSY' | 'EPERM', failures: number): { ops: FileOps; renames: () => number } {
  let calls = 0;
  const ops: FileOps = {
    ...fs,
    renameSync(from, to) {
      calls += 1;
      if (calls <= failures) throw systemError(code, code === 'EBUSY' ? -4082 : -4048, String(from), String(to));
      fs.renameSync(from, to);
    },
  };
  return { ops, renames: () => calls };
}

function caught(fn: () => void): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a refusal');
}

const ENGLISH = /\b(EBUSY|EPERM|ENOSPC|EISDIR|resource|busy|locked|illegal|operation|rename|no space)\b/iu;

describe('writeFileAtomic', () => {
  it('writes the bytes whole, replaces an existing file and leaves only the target', () => {
    const dir = tempDir();
    const target = join(dir, 'bao-cao.docx');
    writeFileAtomic(target, Buffer.from('lần một'));
    writeFileAtomic(target, Buffer.from('lần hai'));
    expect(fs.readFileSync(target, 'utf8')).toBe('lần hai');
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.docx']);
  });

  it('waits while the target is held open, then writes it', () => {
    const dir = tempDir();
    const target = join(dir, 'ke-hoach.docx');
    fs.writeFileSync(target, 'cũ');
    for (const code of ['EBUSY', 'EPERM'] as const) {
      const { ops, renames } = heldOpen(code, 3);
      writeFileAtomic(target, Buffer.from(`mới ${code}`), { fs: ops, waitMs: 5 });
      expect(renames()).toBe(4);
      expect(fs.readFileSync(target, 'utf8')).toBe(`mới ${code}`);
    }
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.docx']);
  });

  it('refuses in Vietnamese naming the file once Word keeps it open, and leaves the old file and no temporary one', () => {
    const dir = tempDir();
    const target = join(dir, 'giay-moi_01-GM-UBND_2021-04-14.docx');
    fs.writeFileSync(target, 'bản đang mở');
    const { ops, renames } = heldOpen('EBUSY', 100);
    const e = caught(() => writeFileAtomic(target, Buffer.from('bản mới'), { fs: ops, attempts: 4, waitMs: 5 }));
    expect(e.message).toBe('Tệp "giay-moi_01-GM-UBND_2021-04-14.docx" đang mở trong Word; hãy đóng tệp rồi thử lại.');
    expect(renames()).toBe(4);
    expect(fs.readFileSync(target, 'utf8')).toBe('bản đang mở');
    expect(fs.readdirSync(dir)).toEqual(['giay-moi_01-GM-UBND_2021-04-14.docx']);
  });

  it('refuses a target that is a folder with files in it (a real EISDIR), and leaves the folder as it was', () => {
    const dir = tempDir();
    const target = join(dir, 'bao-cao.docx');
    fs.mkdirSync(target);
    fs.writeFileSync(join(target, 'giu-lai.txt'), 'x');
    const e = caught(() => writeFileAtomic(target, Buffer.from('y')));
    expect(e.message).toContain('"bao-cao.docx"');
    expect(e.message).toMatch(/đã có một thư mục cùng tên/u);
    expect(e.message).not.toMatch(ENGLISH);
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.docx']);
    expect(fs.readdirSync(target)).toEqual(['giu-lai.txt']);
  });

  it('says the disk is full (the kernel’s ENOSPC) and what to do, and leaves no temporary file', () => {
    const dir = tempDir();
    const target = join(dir, 'bao-cao.docx');
    fs.writeFileSync(target, 'bản cũ');
    const full = fs.openSync('/dev/full', 'w');
    const ops: FileOps = { ...fs, writeSync: ((_fd: number, ...rest: unknown[]) => (fs.writeSync as (...a: unknown[]) => number)(full, ...rest)) as typeof fs.writeSync };
    const e = caught(() => writeFileAtomic(target, Buffer.alloc(4096, 1), { fs: ops }));
    fs.closeSync(full);
    expect((e.cause as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(e.message).toBe(
      'Ổ đĩa đã đầy, không ghi được tệp "bao-cao.docx". Hãy xóa bớt tệp không cần thiết hoặc chọn ổ đĩa khác rồi thử lại. Dữ liệu đang có không thay đổi.',
    );
    expect(fs.readFileSync(target, 'utf8')).toBe('bản cũ');
    expect(fs.readdirSync(dir)).toEqual(['bao-cao.docx']);
  });

  it('names a missing folder (a USB drive pulled out) in Vietnamese', () => {
    const e = caught(() => writeFileAtomic(join(tempDir(), 'khong-co', 'x.docx'), Buffer.from('x')));
    expect(e.message).toMatch(/^Không tìm thấy thư mục .*khong-co để ghi tệp "x\.docx"/u);
  });
});

describe('staged files and stray temporaries', () => {
  it('a staged file takes the name only on commit; discarding it leaves nothing', () => {
    const dir = tempDir();
    const target = join(dir, 'a.docx');
    const s = stageFile(target, Buffer.from('a'));
    expect(fs.existsSync(target)).toBe(false);
    expect(isTempName(fs.readdirSync(dir)[0])).toBe(true);
    s.discard();
    expect(fs.readdirSync(dir)).toEqual([]);
    const t = stageFile(target, Buffer.from('b'));
    t.commit();
    t.discard();
    expect(fs.readdirSync(dir)).toEqual(['a.docx']);
  });

  it('removes the temporary files of a process that no longer runs, and keeps a live one’s', () => {
    const dir = tempDir();
    const mine = tempPathFor(join(dir, 'x.zip'));
    fs.writeFileSync(mine, 'đang ghi');
    // pid 2^22 + 1 is above Linux's pid_max: no process can have it.
    const dead = join(dir, `.x.zip.${2 ** 22 + 1}-1700000000000-1.tmp`);
    fs.writeFileSync(dead, 'bị ngắt');
    fs.writeFileSync(join(dir, 'x.zip'), 'bản hoàn chỉnh');
    expect(removeStrayTemps(dir)).toEqual([`.x.zip.${2 ** 22 + 1}-1700000000000-1.tmp`]);
    expect(fs.readdirSync(dir).sort()).toEqual([mine.slice(dir.length + 1), 'x.zip'].sort());
  });
});
