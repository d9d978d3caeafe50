// Files that come from core as base64: their bytes, and a download. The browser host saves it where the
// browser saves downloads; in Electron the same download opens the Vietnamese save dialog of
// electron/downloads.ts.

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file the user picked, as base64 (what the API takes for uploads). */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data: URL; its base64 part follows the first comma.
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// The save dialog may stay open for a while and the download reads the blob after it closes: the URL
// is only let go once the next download starts, or after ten minutes.
let lastUrl: { url: string; timer: ReturnType<typeof setTimeout> } | null = null;

function release(): void {
  if (!lastUrl) return;
  clearTimeout(lastUrl.timer);
  URL.revokeObjectURL(lastUrl.url);
  lastUrl = null;
}

export function downloadBase64(fileName: string, base64: string, type = DOCX_MIME): void {
  release();
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type }));
  lastUrl = { url, timer: setTimeout(release, 10 * 60_000) };
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

/** True inside the desktop app, where a saved file can be opened from the save confirmation. */
export function inDesktopApp(): boolean {
  return 'tdkt' in window;
}
