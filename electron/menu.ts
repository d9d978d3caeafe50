// Electron's default menu and lack of a right-click menu are English or missing; the user only ever sees
// Vietnamese, so both are built here from roles (the roles keep the platform's shortcuts).
import { type BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';

export interface MenuOptions {
  version: string;
  devTools: boolean;
  getWindow: () => BrowserWindow | null;
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: 'Tải lại', role: 'reload' },
    { type: 'separator' },
    { label: 'Phóng to', role: 'zoomIn' },
    { label: 'Thu nhỏ', role: 'zoomOut' },
    { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Toàn màn hình', role: 'togglefullscreen' },
  ];
  if (options.devTools) view.push({ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' });
  return [
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Trợ giúp',
      submenu: [
        {
          label: 'Giới thiệu TĐKT',
          click: () => {
            const message = {
              type: 'info' as const,
              title: 'Giới thiệu TĐKT',
              message: 'TĐKT — phần mềm thi đua, khen thưởng',
              detail: `Phiên bản ${options.version}\nDữ liệu được lưu trên máy tính này, không cần kết nối Internet.`,
              buttons: ['Đóng'],
            };
            const win = options.getWindow();
            void (win ? dialog.showMessageBox(win, message) : dialog.showMessageBox(message));
          },
        },
      ],
    },
  ];
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(options)));
}

/** Cut/copy/paste on right click, offered only where it makes sense. */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = [];
    if (params.isEditable) {
      items.push(
        { label: 'Cắt', role: 'cut', enabled: params.editFlags.canCut },
        { label: 'Sao chép', role: 'copy', enabled: params.editFlags.canCopy },
        { label: 'Dán', role: 'paste', enabled: params.editFlags.canPaste },
        { type: 'separator' },
        { label: 'Chọn tất cả', role: 'selectAll', enabled: params.editFlags.canSelectAll },
      );
    } else if (params.selectionText.trim() !== '') {
      items.push({ label: 'Sao chép', role: 'copy' });
    }
    if (items.length > 0) Menu.buildFromTemplate(items).popup();
  });
}
