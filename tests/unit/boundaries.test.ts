// The house (DESIGN.md §3): db knows nothing of core, core nothing of electron or the renderer, only
// electron/ imports 'electron', and the renderer takes from core only what runs in a browser: a core
// module is allowed when everything it imports, and everything that imports, is pure. The walk follows
// imports transitively, so a rule module that later grows a database query is caught at once.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.ts';

function files(root: string, dir: string): string[] {
  const abs = join(root, dir);
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  for (const name of entries) {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) out = out.concat(files(root, relative(root, p)));
    else if (/\.(ts|tsx)$/.test(name)) out.push(relative(root, p));
  }
  return out;
}

interface Import {
  spec: string;
  /** The file a relative import resolves to (relative to the root); null for a package. */
  target: string | null;
}

// `import type`/`export type`, or braces holding only `type X` names: erased by the compiler, so they
// bring nothing into the bundle (core/api/labels.ts names db/schema.ts types that way).
function typeOnly(clause: string): boolean {
  if (/^\s*type\s/.test(clause)) return true;
  const braces = /^\s*\{([^}]*)\}\s*$/.exec(clause);
  if (!braces) return false;
  const names = braces[1].split(',').map((n) => n.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

function resolveFile(root: string, from: string, spec: string): string {
  const base = resolve(dirname(join(root, from)), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return relative(root, candidate);
    } catch {
      // Not this one; try the next spelling.
    }
  }
  return relative(root, base);
}

function imports(root: string, file: string, values = false): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|[;\n])\s*(import|export)\s+([^'";]*?)\s*from\s+['"]([^'"]+)['"]/g)) {
    if (!values || !typeOnly(m[2])) found.push(m[3]);
  }
  for (const m of text.matchAll(/(?:^|[;\n])\s*import\s+['"]([^'"]+)['"]/g)) found.push(m[1]);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found.map((spec) => ({ spec, target: spec.startsWith('.') ? resolveFile(root, file, spec) : null }));
}

function violations(dir: string, rule: (i: Import, file: string) => boolean): string[] {
  return files(ROOT, dir).flatMap((f) => imports(ROOT, f).filter((i) => rule(i, f)).map((i) => `${f} → ${i.spec}`));
}

const NODE_BUILTINS = new Set(builtinModules);
/** Packages that touch the disk, the database or the OS, or weigh megabytes: never in the UI bundle. */
const IMPURE_PACKAGES = /^(better-sqlite3|kysely|docx|docxtemplater|fflate|exceljs|pino|pdfkit|pdf-lib|@pdf-lib\/.*|electron)(\/|$)/;
/** The only packages a pure core module may use. */
const PURE_PACKAGES = /^zod(\/|$)/;

function impurePackage(spec: string, fromCore: boolean): boolean {
  if (spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0])) return true;
  if (IMPURE_PACKAGES.test(spec)) return true;
  return fromCore && !PURE_PACKAGES.test(spec);
}

/**
 * Every chain of value imports from a renderer file that leaves the renderer and reaches something
 * impure: a Node builtin, a package on the list above, any package but zod from core, or db/.
 */
function impureChains(root: string): string[] {
  const found: string[] = [];
  const clean = new Set<string>();
  // Depth-first; a file already walked without finding anything is not walked again.
  const walk = (file: string, chain: string[]): boolean => {
    if (clean.has(file) || chain.includes(file)) return true;
    if (file.startsWith('db/') || file.startsWith('electron/')) {
      found.push([...chain, file].join(' → '));
      return false;
    }
    let ok = true;
    for (const i of imports(root, file, true)) {
      if (i.target === null) {
        if (impurePackage(i.spec, true)) {
          found.push([...chain, file, i.spec].join(' → '));
          ok = false;
        }
      } else if (!walk(i.target, [...chain, file])) ok = false;
    }
    if (ok) clean.add(file);
    return ok;
  };
  for (const f of files(root, 'renderer')) {
    for (const i of imports(root, f, true)) {
      if (i.target === null) {
        if (impurePackage(i.spec, false)) found.push(`${f} → ${i.spec}`);
      } else if (!i.target.startsWith('renderer/')) walk(i.target, [f]);
    }
  }
  return [...new Set(found)];
}

describe('layer boundaries', () => {
  it('db imports nothing above it', () => {
    expect(violations('db', (i) => i.target !== null && !i.target.startsWith('db'))).toEqual([]);
  });
  it('core imports neither electron nor the renderer, nor any UI package', () => {
    expect(
      violations('core', (i) => i.spec === 'electron' || /^(react|react-dom|antd)(\/|$)/.test(i.spec) || (i.target?.startsWith('renderer') ?? false) || (i.target?.startsWith('electron') ?? false)),
    ).toEqual([]);
  });
  it('only electron/ imports electron', () => {
    for (const dir of ['core', 'db', 'renderer']) expect(violations(dir, (i) => i.spec === 'electron' || i.spec.startsWith('electron/'))).toEqual([]);
  });
  it('everything the renderer imports from core, followed to the end, is pure', () => {
    expect(impureChains(ROOT)).toEqual([]);
  });
  it('the renderer takes its rules from core’s rule modules (so the walk above has them to check)', () => {
    const reached = new Set(files(ROOT, 'renderer').flatMap((f) => imports(ROOT, f, true).map((i) => i.target)));
    for (const rules of ['core/works/rules.ts', 'core/org/rules.ts', 'core/campaigns/rules.ts', 'core/documents/wording.ts', 'core/certificates/template.ts']) expect(reached.has(rules), rules).toBe(true);
  });
});

describe('the purity walk itself', () => {
  function tree(layout: Record<string, string>): string {
    const root = tempDir('tdkt-boundaries-');
    for (const [path, text] of Object.entries(layout)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('names the whole chain from a renderer file to a database package two modules away', () => {
    const root = tree({
      'renderer/src/Page.tsx': "import { rule } from '../../core/works/rules.ts';\nexport const x = rule;\n",
      'core/works/rules.ts': "import { helper } from './helper.ts';\nexport const rule = helper;\n",
      'core/works/helper.ts': "import { sql } from 'kysely';\nexport const helper = sql;\n",
    });
    expect(impureChains(root)).toEqual(['renderer/src/Page.tsx → core/works/rules.ts → core/works/helper.ts → kysely']);
  });

  it('catches node builtins with or without node:, db/ files, dynamic imports and unknown packages in core', () => {
    const root = tree({
      'renderer/a.tsx': "const m = import('../core/a.ts');\nimport '../core/b.ts';\nexport { m };\n",
      'core/a.ts': "import { readFileSync } from 'fs';\nexport const a = readFileSync;\n",
      'core/b.ts': "export { open } from '../db/open.ts';\nimport lodash from 'lodash';\n",
      'db/open.ts': 'export const open = 1;\n',
    });
    expect(impureChains(root).sort()).toEqual([
      'renderer/a.tsx → core/a.ts → fs',
      'renderer/a.tsx → core/b.ts → db/open.ts',
      'renderer/a.tsx → core/b.ts → lodash',
    ]);
  });

  it('lets type-only imports through: the compiler erases them', () => {
    const root = tree({
      'renderer/a.tsx': "import { type Row, rule } from '../core/rules.ts';\nexport const r: Row = rule;\n",
      'core/rules.ts':
        "import type { Kysely } from 'kysely';\nimport { type Database } from '../db/schema.ts';\nimport { z } from 'zod';\nexport type Row = Kysely<Database> | number;\nexport const rule = z;\n",
      'db/schema.ts': "import type { Generated } from 'kysely';\nexport type Database = Generated<number>;\n",
    });
    expect(impureChains(root)).toEqual([]);
  });
});
