import { UserError } from '../api/envelope.ts';
import type { Handler } from '../router.ts';
import { generateDemo } from './generate.ts';

/** Demo data goes only into an empty database: it must never mix with real records. */
const load: Handler<'demo.load'> = (ctx) => {
  const raw = ctx.conn.raw;
  const { n } = raw.prepare('SELECT (SELECT count(*) FROM units) + (SELECT count(*) FROM campaigns) AS n').get() as { n: number };
  if (n > 0) throw new UserError('Chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống (đã có đơn vị hoặc đợt thi đua).', { code: 'conflict' });
  return generateDemo(raw);
};

export const demoHandlers = { 'demo.load': load };
