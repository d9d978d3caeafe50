// The one policy both hosts of the renderer send: the app itself and nothing else.
import { describe, expect, it } from 'vitest';
import { developmentCsp, PRODUCTION_CSP } from '../../../../../core/hosts/static/csp.ts';

describe('CSP', () => {
  it('allows only the app itself in production', () => {
    const directives = Object.fromEntries(
      PRODUCTION_CSP.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval');
    expect(PRODUCTION_CSP).not.toMatch(/https?:|\*/);
  });

  it('opens only the dev server in development', () => {
    const csp = developmentCsp('http://localhost:5173/');
    expect(csp).toContain("connect-src 'self' ws://localhost:5173 http://localhost:5173");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
