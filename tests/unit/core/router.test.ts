import { describe, expect, it } from 'vitest';
import { methods } from '../../../core/api/contract.ts';
import { handlers } from '../../../core/handlers.ts';
import { freshApp } from '../helpers.ts';

describe('the router', () => {
  it('has a handler for every method of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(methods).sort());
  });

  it('refuses unknown methods and bad arguments with Vietnamese envelopes, never throwing', async () => {
    const app = freshApp();
    expect(await app.call('org.dropAll', {})).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Không có chức năng "org.dropAll".' } });
    expect(await app.call('toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await app.call('org.listUnits', { query: 5 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const extra = await app.call('app.info', { evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const missing = await app.call('works.get', { id: 999 });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'Không tìm thấy công trình có mã số 999.', fields: undefined } });
    app.close();
  });
});
