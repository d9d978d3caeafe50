// The paper drawn to scale: an SVG whose units are the template's millimetres, so a box is drawn at
// exactly the numbers it holds. Under the boxes, the photo or scan of the blank (only here: it is
// never sent to a print) and the text as core laid it out for the previewed recipient; each box can be
// dragged, resized by its corners, and nudged with the arrow keys once the paper has the focus.
import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { PreviewPage, PreviewText } from '../../../core/api/types.ts';
import { type Box, type CertificateTemplate, FIELD_KEYS, FIELD_LABELS, type FieldKey } from '../../../core/certificates/template.ts';
import { BIG_NUDGE_MM, dragBox, type Handle, NUDGE_MM, nudgeBox } from './geometry.ts';

const PT_MM = 25.4 / 72;
const SERIF = "'Times New Roman', 'Liberation Serif', 'Tinos', serif";
const OVERFLOW = '#d4380d';
const SELECTED = '#1f5fbf';
const HANDLE_PX = 9;

interface Props {
  template: CertificateTemplate;
  /** Pixels per millimetre: the paper fits the space beside the panels. */
  scale: number;
  selected: FieldKey;
  onSelect: (key: FieldKey) => void;
  onBox: (key: FieldKey, box: Box) => void;
  background: string | null;
  preview: PreviewPage | undefined;
  /** The boxes outlined red, with why: the schema's refusal, or the preflight's line for the previewed recipient. */
  problems: Partial<Record<FieldKey, string>>;
}

interface Drag {
  key: FieldKey;
  handle: Handle;
  x: number;
  y: number;
  start: Box;
}

/**
 * One laid-out text. While its box is dragged the preview for the new place is not back yet: a move
 * keeps the line breaks, so the old lines are shifted with the box until core's answer arrives.
 */
function LaidTextView({ text, box }: { text: PreviewText; box: Box | undefined }) {
  const moved = box && box.width === text.box.width && box.height === text.box.height;
  const dx = moved ? box.x - text.box.x : 0;
  const dy = moved ? box.y - text.box.y : 0;
  return (
    <g transform={dx || dy ? `translate(${dx} ${dy})` : undefined} data-testid={text.key ? `preview-${text.key}` : undefined} data-size={text.sizePt}>
      {text.lines.map((line, i) => (
        <text
          // biome-ignore lint/suspicious/noArrayIndexKey: a field's lines are its order.
          key={i}
          x={line.xMm}
          y={line.baselineMm}
          fontFamily={SERIF}
          fontSize={text.sizePt * PT_MM}
          fontWeight={text.bold ? 700 : 400}
          fontStyle={text.italic ? 'italic' : 'normal'}
          fill={text.colour}
          // The width core measured with the print's own font: the browser's copy of the face draws to it.
          textLength={line.widthMm > 0 ? line.widthMm : undefined}
          lengthAdjust="spacingAndGlyphs"
          style={{ whiteSpace: 'pre' }}
        >
          {line.text}
        </text>
      ))}
    </g>
  );
}

export function PaperCanvas({ template, scale, selected, onSelect, onBox, background, preview, problems }: Props) {
  const { widthMm: w, heightMm: h } = template.paper;
  const drag = useRef<Drag | null>(null);
  const [dragging, setDragging] = useState(false);
  const handleMm = HANDLE_PX / scale;

  const start = (e: PointerEvent<SVGElement>, key: FieldKey, handle: Handle) => {
    e.stopPropagation();
    e.preventDefault();
    onSelect(key);
    drag.current = { key, handle, x: e.clientX, y: e.clientY, start: template.fields[key].box };
    (e.currentTarget.ownerSVGElement ?? (e.currentTarget as SVGSVGElement)).setPointerCapture(e.pointerId);
    (e.currentTarget.closest('[data-paper]') as HTMLElement | null)?.focus();
    setDragging(true);
  };
  const move = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const next = dragBox(d.start, d.handle, (e.clientX - d.x) / scale, (e.clientY - d.y) / scale, template.paper);
    const cur = template.fields[d.key].box;
    if (next.x !== cur.x || next.y !== cur.y || next.width !== cur.width || next.height !== cur.height) onBox(d.key, next);
  };
  const end = () => {
    drag.current = null;
    setDragging(false);
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = nudgeBox(template.fields[selected].box, e.key, e.shiftKey ? BIG_NUDGE_MM : NUDGE_MM, template.paper);
    if (!next) return;
    e.preventDefault();
    onBox(selected, next);
  };

  // The selected box last: drawn on top, its handles never under another box.
  const order = [...FIELD_KEYS.filter((k) => k !== selected), selected];
  const corners: [Handle, number, number][] = [
    ['nw', 0, 0],
    ['ne', 1, 0],
    ['sw', 0, 1],
    ['se', 1, 1],
  ];
  return (
    <div
      data-paper
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the paper takes the arrow keys that nudge the selected box.
      tabIndex={0}
      role="application"
      aria-label={`Khổ giấy ${w} × ${h} mm: kéo để di chuyển ô, mũi tên để dịch 0,5 mm, Shift + mũi tên 5 mm`}
      onKeyDown={key}
      className="certificate-paper"
      style={{ width: w * scale, height: h * scale, cursor: dragging ? 'grabbing' : undefined }}
      data-testid="paper"
    >
      <svg
        width={w * scale}
        height={h * scale}
        viewBox={`0 0 ${w} ${h}`}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        style={{ display: 'block', touchAction: 'none', userSelect: 'none' }}
      >
        <title>{`Mẫu "${template.name}", khổ ${w} × ${h} mm`}</title>
        {background ? <image href={background} x={0} y={0} width={w} height={h} preserveAspectRatio="none" opacity={0.9} data-testid="paper-background" /> : null}
        {preview?.rects.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the design's frames never reorder.
          <rect key={`r${i}`} x={r.box.x} y={r.box.y} width={r.box.width} height={r.box.height} fill="none" stroke={r.colour} strokeWidth={r.widthPt * PT_MM} />
        ))}
        {preview?.rules.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the design's rules never reorder.
          <line key={`l${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke={l.colour} strokeWidth={l.widthPt * PT_MM} />
        ))}
        {preview?.texts.map((t, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: one text per field or design line, in a fixed order.
          <LaidTextView key={`t${i}`} text={t} box={t.key ? template.fields[t.key].box : undefined} />
        ))}
        {order.map((k) => {
          const f = template.fields[k];
          const b = f.box;
          const isSelected = k === selected;
          const problem = problems[k];
          const stroke = problem ? OVERFLOW : isSelected ? SELECTED : '#7a8ba8';
          return (
            <g key={k} opacity={f.shown ? 1 : 0.45}>
              <rect
                x={b.x}
                y={b.y}
                width={b.width}
                height={b.height}
                fill={isSelected ? 'rgba(31,95,191,0.07)' : 'rgba(0,0,0,0)'}
                stroke={stroke}
                strokeWidth={(problem || isSelected ? 2 : 1) / scale}
                strokeDasharray={problem || isSelected ? undefined : `${4 / scale} ${3 / scale}`}
                style={{ cursor: 'move' }}
                onPointerDown={(e) => start(e, k, 'move')}
                data-testid={`box-${k}`}
                data-overflow={problem ? 'true' : 'false'}
                data-selected={isSelected ? 'true' : 'false'}
              >
                <title>{problem ?? `${FIELD_LABELS[k]}${f.shown ? '' : ' (đang ẩn)'}`}</title>
              </rect>
              {isSelected
                ? corners.map(([handle, cx, cy]) => (
                    <rect
                      key={handle}
                      x={b.x + cx * b.width - handleMm / 2}
                      y={b.y + cy * b.height - handleMm / 2}
                      width={handleMm}
                      height={handleMm}
                      fill="#fff"
                      stroke={SELECTED}
                      strokeWidth={1.5 / scale}
                      style={{ cursor: handle === 'nw' || handle === 'se' ? 'nwse-resize' : 'nesw-resize' }}
                      onPointerDown={(e) => start(e, k, handle)}
                      data-testid={`handle-${handle}`}
                    />
                  ))
                : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
