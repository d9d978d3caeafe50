// The one Content-Security-Policy of the app, sent by both hosts of the renderer: the Electron window
// (app://tdkt) and the browser host (http://127.0.0.1). Each only ever loads its own files, so everything
// is 'self'. Styles need 'unsafe-inline' because antd's CSS-in-JS injects <style> elements at run time;
// scripts do not (the production build has no inline script). Nothing may frame the app, be framed by it,
// or receive a form from it.

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const PRODUCTION_CSP = [...common, "script-src 'self'", "connect-src 'self'"].join('; ');

/**
 * The electron-vite dev server needs the React refresh preamble (an inline script) and its HMR websocket.
 * Only used when the app is not packaged.
 */
export function developmentCsp(devServerUrl: string): string {
  const { host } = new URL(devServerUrl);
  return [...common, "script-src 'self' 'unsafe-inline'", `connect-src 'self' ws://${host} http://${host}`].join('; ');
}
