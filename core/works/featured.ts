// "Công trình tiêu biểu": the works the secretariat picks for the báo cáo's table of notable works and
// its khen thưởng proposal. A choice of the user, kept on the work and audited like any other change.
import { fieldError, notFound } from '../api/envelope.ts';
import { audit } from '../audit.ts';
import type { Handler } from '../router.ts';
import { getWork } from './app.ts';

const setFeatured: Handler<'works.setFeatured'> = async (ctx, a) => {
  await ctx.conn.db.transaction().execute(async (trx) => {
    const w = await trx.selectFrom('works').select(['status', 'title']).where('id', '=', a.id).executeTakeFirst();
    if (!w) throw notFound(`công trình có mã số ${a.id}`);
    if (a.featured && w.status === 'huy') {
      throw fieldError('featured', `Công trình "${w.title}" đã hủy, không thể chọn là công trình tiêu biểu.`);
    }
    await trx
      .updateTable('works')
      .set({ featured: a.featured ? 1 : 0, updated_at: ctx.now().toISOString() })
      .where('id', '=', a.id)
      .execute();
    await audit(trx, ctx.now(), a.featured ? 'feature' : 'unfeature', 'work', a.id, a);
  });
  return getWork(ctx, a.id);
};

export const featuredHandlers = { 'works.setFeatured': setFeatured };
