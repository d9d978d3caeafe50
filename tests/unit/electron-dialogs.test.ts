// The shell-side dialogs against a stand-in for `electron`: the folder and file pickers are Vietnamese,
// give back a path or null when cancelled, refuse bad arguments, and travel over the one IPC channel —
// answered in the main process behind the same frame guard, never reaching the core router.
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../core/api/envelope.ts';

const fake = vi.hoisted(() => ({
  calls: [] as { win: unknown; options: Record<string, unknown> }[],
  answer: { canceled: false, filePaths: ['/media/usb/SaoLuu'] } as { canceled: boolean; filePaths: string[] },
  fail: false,
}));

vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: (...args: unknown[]) => {
      const [win, options] = args.length === 2 ? args : [null, args[0]];
      fake.calls.push({ win, options: options as Record<string, unknown> });
      return fake.fail ? Promise.reject(new Error('dialog failed')) : Promise.resolve(fake.answer);
    },
  },
}));

const { BAD_SHELL_ARGS, createShellHandler } = await import('../../electron/dialogs.ts');
const { handleInvoke, REFUSED_SENDER_MESSAGE } = await import('../../electron/ipc.ts');

const win = { id: 1 } as unknown as BrowserWindow;

beforeEach(() => {
  fake.calls.length = 0;
  fake.answer = { canceled: false, filePaths: ['/media/usb/SaoLuu'] };
  fake.fail = false;
});

describe('the shell-side dialogs', () => {
  const shell = createShellHandler(() => win);

  it('picks a folder for a backup in a Vietnamese dialog on the app window', async () => {
    expect(await shell('shell.pickFolder', {})).toEqual({ ok: true, result: { path: '/media/usb/SaoLuu' } });
    expect(fake.calls).toEqual([
      {
        win,
        options: {
          title: 'Chọn thư mục để lưu bản sao lưu',
          buttonLabel: 'Chọn thư mục này',
          properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
        },
      },
    ]);
  });

  it('picks a backup file filtered to .zip and .sqlite; a cancelled dialog gives null', async () => {
    fake.answer = { canceled: true, filePaths: [] };
    expect(await shell('shell.pickBackupFile', {})).toEqual({ ok: true, result: { path: null } });
    expect(fake.calls[0].options).toEqual({
      title: 'Chọn tệp sao lưu để khôi phục',
      buttonLabel: 'Khôi phục từ tệp này',
      filters: [
        { name: 'Bản sao lưu TĐKT (*.zip, *.sqlite)', extensions: ['zip', 'sqlite'] },
        { name: 'Tất cả các tệp', extensions: ['*'] },
      ],
      properties: ['openFile', 'dontAddToRecent'],
    });
  });

  it('refuses bad arguments without opening anything, says so when the dialog fails, and leaves other names alone', async () => {
    expect(await shell('shell.pickBackupFile', { path: '/etc/passwd' })).toEqual({ ok: false, error: { code: 'invalid', message: BAD_SHELL_ARGS } });
    expect(await shell('shell.pickFolder', 'x')).toEqual({ ok: false, error: { code: 'invalid', message: BAD_SHELL_ARGS } });
    expect(fake.calls).toEqual([]);
    fake.fail = true;
    const failed = await shell('shell.pickFolder', {});
    expect(failed).toEqual({ ok: false, error: { code: 'internal', message: 'Không mở được hộp thoại chọn tệp. Hãy thử lại.' } });
    expect(shell('backup.list', {})).toBeNull();
    expect(shell('shell.openExternal', {})).toBeNull();
  });
});

describe('over the IPC channel', () => {
  const routed: string[] = [];
  const router = {
    call(method: string): Promise<Envelope> {
      routed.push(method);
      return Promise.resolve({ ok: true, result: 'core' });
    },
  };
  const shell = createShellHandler(() => null);
  const event = {} as Parameters<typeof handleInvoke>[2];

  it('answers shell methods in the main process and everything else through the router', async () => {
    expect(await handleInvoke(router, () => true, event, { method: 'shell.pickFolder', args: {} }, shell)).toEqual({
      ok: true,
      result: { path: '/media/usb/SaoLuu' },
    });
    expect(fake.calls[0].win).toBeNull();
    expect(await handleInvoke(router, () => true, event, { method: 'backup.list', args: {} }, shell)).toEqual({ ok: true, result: 'core' });
    expect(routed).toEqual(['backup.list']);
  });

  it('keeps the frame guard in front of the dialogs, and without a shell the names are unknown', async () => {
    expect(await handleInvoke(router, () => false, event, { method: 'shell.pickFolder', args: {} }, shell)).toEqual({
      ok: false,
      error: { code: 'invalid', message: REFUSED_SENDER_MESSAGE },
    });
    expect(await handleInvoke(router, () => true, event, { method: 'shell.pickFolder', args: {} })).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Không có chức năng "shell.pickFolder".' },
    });
    expect(fake.calls).toEqual([]);
    expect(routed).toEqual(['backup.list']);
  });
});
