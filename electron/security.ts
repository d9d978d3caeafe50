// Session-wide lock-down. The app needs no camera, microphone, location, notifications, USB, serial or
// HID: every permission request and check is refused, so a compromised page cannot even ask the user.
import type { Session } from 'electron';

export function hardenSession(ses: Session, csp: string): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // app:// responses already carry the policy; this also covers the dev server, whose headers we do not
  // control, and any document that would slip past the protocol handler.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}
