// The one policy both hosts of the renderer send: the app itself and nothing else. Compared directive by
// directive against the whole expected set, so a directive dropped, added or widened fails.
import { describe, expect, it } from 'vitest';
import { developmentCsp, PRODUCTION_CSP } from '../../../../../core/hosts/static/csp.ts';

function directives(csp: string): Record<string, string[]> {
  const list = csp.split(';').map((d) => d.trim().split(/\s+/u));
  const names = list.map(([name]) => name);
  // A repeated directive is ignored by browsers after its first occurrence: none may hide that way.
  expect(new Set(names).size).toBe(names.length);
  return Object.fromEntries(list.map(([name, ...values]) => [name, values]));
}

const COMMON = {
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'", 'blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

describe('CSP', () => {
  it('allows only the app itself in production', () => {
    expect(directives(PRODUCTION_CSP)).toStrictEqual({ ...COMMON, 'script-src': ["'self'"], 'connect-src': ["'self'"] });
  });

  it('opens only the dev server in development, and only for its refresh script and socket', () => {
    expect(directives(developmentCsp('http://localhost:5173/'))).toStrictEqual({
      ...COMMON,
      'script-src': ["'self'", "'unsafe-inline'"],
      'connect-src': ["'self'", 'ws://localhost:5173', 'http://localhost:5173'],
    });
  });
});
