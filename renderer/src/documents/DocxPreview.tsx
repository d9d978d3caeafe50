// The generated .docx itself, laid out in the page by docx-preview: what the user sees is the file core
// wrote, not a second rendering of the same data. Pages are scaled down to the pane's width.
import { Alert, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { base64ToBytes } from './files.ts';

// A4 portrait at 96 dpi plus docx-preview's grey margin around each page.
const PAGE_PX = 794 + 2 * 30;

export function DocxPreview({ base64 }: { base64: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [rendering, setRendering] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let cancelled = false;
    setRendering(true);
    setError(null);
    // Rendered off-screen, then swapped in: the previous pages stay in view until the new ones are ready.
    const body = document.createElement('div');
    const styles = document.createElement('div');
    void import('docx-preview')
      .then(({ renderAsync }) =>
        renderAsync(base64ToBytes(base64), body, styles, {
          className: 'docx',
          inWrapper: true,
          breakPages: true,
          ignoreLastRenderedPageBreak: true,
          renderHeaders: true,
          renderFooters: true,
          // Images as blob: URLs, which the CSP allows; no inline data the size of the file.
          useBase64URL: false,
        }),
      )
      .then(() => {
        if (cancelled) return;
        wordLineHeights(body);
        el.replaceChildren(styles, body);
        fitToWidth(el);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (!cancelled) setRendering(false);
      });
    return () => {
      cancelled = true;
    };
  }, [base64]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(() => fitToWidth(el));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="docx-preview-pane" data-testid="docx-preview">
      {error ? <Alert type="error" showIcon title="Không hiển thị được văn bản" description={error} /> : null}
      <Spin spinning={rendering} description="Đang dựng trang…">
        <div ref={host} className="docx-preview-host" />
      </Spin>
    </div>
  );
}

// Word's "single" line for Times New Roman is the font's own height, about 1,15 em; docx-preview writes
// lineRule="auto" as a bare CSS multiple of 1 em, which packs the header's stacked capitals (Ủ, Ố, Đ)
// into each other. Scaling those multiples lays the page out the way Word and LibreOffice do.
const SINGLE_LINE_EM = 1.15;

function wordLineHeights(root: HTMLElement): void {
  for (const el of root.querySelectorAll<HTMLElement>('[style*="line-height"]')) {
    const value = el.style.lineHeight;
    if (/^\d+(?:\.\d+)?$/u.test(value)) el.style.lineHeight = (Number(value) * SINGLE_LINE_EM).toFixed(3);
  }
}

/** Scales the pages so a portrait page fills the pane's width (never enlarged); landscape appendices scroll. */
function fitToWidth(el: HTMLElement): void {
  const wrapper = el.querySelector<HTMLElement>('.docx-wrapper');
  if (!wrapper) return;
  const zoom = Math.min(1, el.clientWidth / PAGE_PX);
  wrapper.style.zoom = String(zoom);
}
