// Downloads in the desktop shell against a stand-in for `electron`: the page's own blob gets a
// Vietnamese save dialog filtered to its type and opening in Documents; a download from anywhere else is
// refused; after the save the user can open the file or its folder, and only documents are opened.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { BrowserWindow, Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  boxes: [] as { win: unknown; options: { buttons: string[]; message: string; detail?: string; cancelId?: number } }[],
  response: 0,
  opened: [] as string[],
  shown: [] as string[],
  openFailure: '',
  errorBoxes: [] as { title: string; content: string }[],
}));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: (...args: unknown[]) => {
      const [win, options] = args.length === 2 ? args : [null, args[0]];
      fake.boxes.push({ win, options: options as (typeof fake.boxes)[number]['options'] });
      return Promise.resolve({ response: fake.response, checkboxChecked: false });
    },
    showErrorBox: (title: string, content: string) => {
      fake.errorBoxes.push({ title, content });
    },
  },
  shell: {
    openPath: (path: string) => {
      fake.opened.push(path);
      return Promise.resolve(fake.openFailure);
    },
    showItemInFolder: (path: string) => {
      fake.shown.push(path);
    },
  },
}));

const { CLOSE, handleDownloads, isOwnBlob, OPEN_FILE, OPEN_FOLDER, offerToOpen, saveDialogOptions } = await import(
  '../../electron/downloads.ts'
);

class FakeItem extends EventEmitter {
  dialogOptions: unknown = null;
  savePath = '';
  readonly url: string;
  readonly filename: string;
  constructor(url: string, filename: string) {
    super();
    this.url = url;
    this.filename = filename;
  }
  getURL() {
    return this.url;
  }
  getFilename() {
    return this.filename;
  }
  getSavePath() {
    return this.savePath;
  }
  setSaveDialogOptions(options: unknown) {
    this.dialogOptions = options;
  }
}

const DOCS = join('/home', 'thu', 'Tài liệu');
const win = { id: 1 } as unknown as BrowserWindow;

function session() {
  const ses = new EventEmitter();
  handleDownloads(ses as unknown as Session, { origin: 'app://tdkt', folder: () => DOCS, getWindow: () => win });
  return (url: string, filename: string) => {
    const item = new FakeItem(url, filename);
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    ses.emit('will-download', event, item, {});
    return { item, event };
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fake.boxes.length = 0;
  fake.opened.length = 0;
  fake.shown.length = 0;
  fake.errorBoxes.length = 0;
  fake.response = 0;
  fake.openFailure = '';
});

describe('the save dialog', () => {
  it('is Vietnamese, filtered to Word documents and opens in Documents with the suggested name', () => {
    expect(saveDialogOptions('bao-cao-so-ket_01-BC-UBND_2021-04-14.docx', DOCS)).toEqual({
      title: 'Lưu văn bản',
      buttonLabel: 'Lưu',
      defaultPath: join(DOCS, 'bao-cao-so-ket_01-BC-UBND_2021-04-14.docx'),
      filters: [
        { name: 'Văn bản Word (*.docx)', extensions: ['docx'] },
        { name: 'Tất cả các tệp', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('keeps only the last part of a name from the page, and names unknown types plainly', () => {
    expect(saveDialogOptions('../../Windows/evil.docx', DOCS).defaultPath).toBe(join(DOCS, 'evil.docx'));
    expect(saveDialogOptions('..\\..\\evil.docx', DOCS).defaultPath).toBe(join(DOCS, 'evil.docx'));
    const other = saveDialogOptions('danh-sach.csv', DOCS);
    expect(other.title).toBe('Lưu tệp');
    expect(other.filters).toEqual([{ name: 'Tất cả các tệp', extensions: ['*'] }]);
    expect(saveDialogOptions('', DOCS).defaultPath).toBe(join(DOCS, 'tep-tai-ve'));
  });
});

describe('will-download', () => {
  it('accepts only blobs of the app page', () => {
    expect(isOwnBlob('blob:app://tdkt/6f1c2b7e-0000-4000-8000-000000000000', 'app://tdkt')).toBe(true);
    expect(isOwnBlob('blob:http://localhost:5173/6f1c', 'http://localhost:5173')).toBe(true);
    expect(isOwnBlob('blob:https://example.com/6f1c', 'app://tdkt')).toBe(false);
    expect(isOwnBlob('https://example.com/x.docx', 'app://tdkt')).toBe(false);
    expect(isOwnBlob('app://tdkt/x.docx', 'app://tdkt')).toBe(false);
  });

  it('gives the page’s own download the Vietnamese dialog, and refuses any other', () => {
    const download = session();
    const own = download('blob:app://tdkt/1234', 'giay-moi_01-GM-UBND_2021-04-14.docx');
    expect(own.event.defaultPrevented).toBe(false);
    expect(own.item.dialogOptions).toMatchObject({ title: 'Lưu văn bản', defaultPath: join(DOCS, 'giay-moi_01-GM-UBND_2021-04-14.docx') });

    const foreign = download('https://example.com/update.exe', 'update.exe');
    expect(foreign.event.defaultPrevented).toBe(true);
    expect(foreign.item.dialogOptions).toBeNull();
  });

  it('offers to open the saved file once done, says nothing when cancelled, and reports a failure', async () => {
    const download = session();
    const { item } = download('blob:app://tdkt/1234', 'bao-cao.docx');
    item.savePath = join(DOCS, 'Báo cáo sơ kết.docx');
    item.emit('done', {}, 'completed');
    await flush();
    expect(fake.boxes).toHaveLength(1);
    expect(fake.boxes[0].win).toBe(win);
    expect(fake.boxes[0].options).toMatchObject({ message: 'Đã lưu tệp.', detail: item.savePath, buttons: [OPEN_FILE, OPEN_FOLDER, CLOSE], cancelId: 2 });
    expect(fake.opened).toEqual([item.savePath]);

    const cancelled = download('blob:app://tdkt/5678', 'bao-cao.docx').item;
    cancelled.emit('done', {}, 'cancelled');
    const broken = download('blob:app://tdkt/9abc', 'bao-cao.docx').item;
    broken.emit('done', {}, 'interrupted');
    await flush();
    expect(fake.boxes).toHaveLength(1);
    expect(fake.errorBoxes).toEqual([
      { title: 'TĐKT — không lưu được tệp', content: 'Không lưu được tệp bao-cao.docx. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống trên ổ đĩa.' },
    ]);
  });
});

describe('after saving', () => {
  it('opens the folder or nothing as chosen, and says so in Vietnamese when the file will not open', async () => {
    const path = join(DOCS, 'ke-hoach.docx');
    fake.response = 1;
    await offerToOpen(path, win);
    expect(fake.shown).toEqual([path]);
    fake.response = 2;
    await offerToOpen(path, null);
    expect(fake.opened).toEqual([]);
    expect(fake.boxes[1].win).toBeNull();

    fake.response = 0;
    fake.openFailure = 'No application is associated with the specified file';
    await offerToOpen(path, win);
    expect(fake.errorBoxes[0].title).toBe('TĐKT — không mở được tệp');
    expect(fake.errorBoxes[0].content).toContain(path);
  });

  it('never offers to open a file that is not a document', async () => {
    fake.response = 0;
    await offerToOpen(join(DOCS, 'goi-du-lieu.tdkt'), win);
    expect(fake.boxes[0].options.buttons).toEqual([OPEN_FOLDER, CLOSE]);
    expect(fake.opened).toEqual([]);
    expect(fake.shown).toEqual([join(DOCS, 'goi-du-lieu.tdkt')]);
    fake.boxes.length = 0;
    await offerToOpen(join(DOCS, 'setup.exe'), win);
    expect(fake.boxes[0].options.buttons).toEqual([OPEN_FOLDER, CLOSE]);
  });
});
