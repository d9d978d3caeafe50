// Certificate templates and printer calibrations (issue 9), kept in two tables because they are two
// things: a template (paper in mm, a box per field, stored as JSON that core/certificates/template.ts
// validates on every read and write) belongs to a design or a kind of blank; a calibration (offset,
// scale) belongs to one printer and tray, and any template prints through any calibration.
//
// Seeded with a full design on plain A4 landscape paper (the default) and a phôi template for the
// common district Giấy khen blank, A4 landscape (DOMAIN §2.9; an A3 420 × 297 blank is a copy with
// another paper size away). The boxes sit where those blanks leave room: the blank's own emblem,
// Quốc hiệu and title take the top third.
import type { Migration } from './migration.ts';

const SEED_AT = '2026-12-01T00:00:00.000Z';

type Anchor = 'left' | 'centre' | 'right';
const field = (x: number, y: number, width: number, height: number, anchor: Anchor, sizePt: number, minSizePt: number, style: { bold?: boolean; italic?: boolean; upper?: boolean; mandatory?: boolean; prefix?: string } = {}) => ({
  box: { x, y, width, height },
  anchor,
  font: 'serif',
  sizePt,
  minSizePt,
  bold: style.bold ?? false,
  italic: style.italic ?? false,
  upper: style.upper ?? false,
  shown: true,
  mandatory: style.mandatory ?? false,
  prefix: style.prefix ?? '',
});

/** A4 landscape, plain paper: the border, Quốc hiệu, Tiêu ngữ and title are drawn above y = 55 mm. */
export const SEED_FULL_TEMPLATE = {
  name: 'Giấy khen in trên giấy trắng A4 ngang',
  kind: 'full',
  title: 'GIẤY KHEN',
  paper: { widthMm: 297, heightMm: 210 },
  fields: {
    issuer: field(25, 57, 247, 10, 'centre', 14, 11, { bold: true, upper: true, mandatory: true }),
    verb: field(25, 67, 247, 9, 'centre', 14, 14, { bold: true, prefix: 'TẶNG' }),
    recipientClass: field(25, 78, 45, 15, 'left', 15, 12, { italic: true }),
    name: field(60, 77, 177, 17, 'centre', 24, 14, { bold: true, upper: true, mandatory: true }),
    positionUnit: field(25, 95, 247, 10, 'centre', 14, 11),
    achievement: field(30, 106, 237, 30, 'centre', 14, 10, { mandatory: true }),
    placeDate: field(150, 139, 120, 8, 'centre', 14, 11, { italic: true, mandatory: true }),
    signerTitle: field(150, 148, 120, 15, 'centre', 13, 11, { bold: true, upper: true, mandatory: true }),
    signerName: field(150, 182, 120, 9, 'centre', 14, 12, { bold: true, mandatory: true }),
    decisionNumber: field(25, 174, 110, 7, 'left', 12, 10, { prefix: 'Số:' }),
    registryNumber: field(25, 182, 110, 7, 'left', 12, 10, { prefix: 'Số sổ:' }),
  },
} as const;

/** A4 landscape phôi: only the fields; the blank has the emblem, Quốc hiệu, title and border. */
export const SEED_PHOI_TEMPLATE = {
  name: 'Phôi Giấy khen A4 ngang',
  kind: 'phoi',
  title: 'GIẤY KHEN',
  paper: { widthMm: 297, heightMm: 210 },
  fields: {
    issuer: field(25, 76, 247, 9, 'centre', 14, 11, { bold: true, upper: true, mandatory: true }),
    verb: field(25, 85, 247, 8, 'centre', 14, 14, { bold: true, prefix: 'TẶNG' }),
    recipientClass: field(25, 95, 45, 14, 'left', 15, 12, { italic: true }),
    name: field(60, 94, 177, 16, 'centre', 22, 14, { bold: true, upper: true, mandatory: true }),
    positionUnit: field(25, 110, 247, 9, 'centre', 14, 11),
    achievement: field(30, 120, 237, 26, 'centre', 14, 10, { mandatory: true }),
    placeDate: field(150, 148, 120, 8, 'centre', 14, 11, { italic: true, mandatory: true }),
    signerTitle: field(150, 156, 120, 14, 'centre', 13, 11, { bold: true, upper: true, mandatory: true }),
    signerName: field(150, 186, 120, 9, 'centre', 14, 12, { bold: true, mandatory: true }),
    decisionNumber: field(25, 178, 110, 7, 'left', 12, 10, { prefix: 'Số:' }),
    registryNumber: field(25, 186, 110, 7, 'left', 12, 10, { prefix: 'Số sổ:' }),
  },
} as const;

export const m0015_certificate_templates: Migration = {
  version: 15,
  name: 'certificate_templates',
  up(db) {
    db.exec(`
      CREATE TABLE certificate_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('full', 'phoi')),
        title TEXT NOT NULL,
        width_mm REAL NOT NULL CHECK (width_mm > 0),
        height_mm REAL NOT NULL CHECK (height_mm > 0),
        fields TEXT NOT NULL CHECK (json_valid(fields)),
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX certificate_templates_one_default ON certificate_templates(is_default) WHERE is_default = 1;
      CREATE TABLE printer_calibrations (
        id INTEGER PRIMARY KEY,
        printer TEXT NOT NULL,
        tray TEXT NOT NULL DEFAULT '',
        offset_x_mm REAL NOT NULL CHECK (offset_x_mm BETWEEN -20 AND 20),
        offset_y_mm REAL NOT NULL CHECK (offset_y_mm BETWEEN -20 AND 20),
        scale REAL NOT NULL DEFAULT 1 CHECK (scale BETWEEN 0.9 AND 1.1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (printer, tray)
      );
    `);
    const insert = db.prepare(
      `INSERT INTO certificate_templates (name, kind, title, width_mm, height_mm, fields, is_default, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [t, isDefault] of [[SEED_FULL_TEMPLATE, 1], [SEED_PHOI_TEMPLATE, 0]] as const) {
      insert.run(t.name, t.kind, t.title, t.paper.widthMm, t.paper.heightMm, JSON.stringify(t.fields), isDefault, SEED_AT, SEED_AT);
    }
  },
};
