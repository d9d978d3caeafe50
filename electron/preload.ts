// Runs sandboxed, before the page, with access to ipcRenderer. It hands the page exactly two functions;
// the page never sees ipcRenderer itself, so it cannot reach any channel but ours.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { eventChannel, INVOKE_CHANNEL, isEventName, type TdktBridge } from './channels.ts';

const bridge: TdktBridge = {
  invoke(method, args) {
    return ipcRenderer.invoke(INVOKE_CHANNEL, { method, args });
  },
  on(name, callback) {
    if (!isEventName(name)) throw new Error(`Không có sự kiện "${String(name)}".`);
    if (typeof callback !== 'function') throw new Error('Cần truyền một hàm để nhận sự kiện.');
    const channel = eventChannel(name);
    // The IPC event object carries `sender` (ipcRenderer); only the payload crosses to the page.
    const listener = (_event: IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  },
};

contextBridge.exposeInMainWorld('tdkt', bridge);
