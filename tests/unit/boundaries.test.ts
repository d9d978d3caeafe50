// The house (DESIGN.md §3): db knows nothing of core, core nothing of electron or the renderer, the
// renderer imports from core only the API types and core/text, and only electron/ imports 'electron'.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

function files(dir: string): string[] {
  const abs = join(ROOT, dir);
  let out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  for (const name of entries) {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) out = out.concat(files(relative(ROOT, p)));
    else if (/\.(ts|tsx)$/.test(name)) out.push(relative(ROOT, p));
  }
  return out;
}

function imports(file: string): { spec: string; target: string | null }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
  return specs.map((spec) => ({
    spec,
    target: spec.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), spec)) : null,
  }));
}

function violations(dir: string, rule: (i: { spec: string; target: string | null }, file: string) => boolean): string[] {
  return files(dir).flatMap((f) => imports(f).filter((i) => rule(i, f)).map((i) => `${f} → ${i.spec}`));
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
  it('the renderer takes from core only the API contract types and core/text', () => {
    const allowed = (t: string) => t.startsWith('core/text/') || /^core\/api\/(contract|types|labels|margins|envelope)\.ts$/.test(t);
    expect(violations('renderer', (i) => i.target !== null && !i.target.startsWith('renderer') && !allowed(i.target))).toEqual([]);
    expect(violations('renderer', (i) => i.spec === 'better-sqlite3' || i.spec === 'kysely' || i.spec.startsWith('node:'))).toEqual([]);
  });
});
