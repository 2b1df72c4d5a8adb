import type { Actor, AppContext } from '../platform/context';
import { creditDeposit } from '../modules/deposits';
import { requireOnboardedProvider } from '../modules/onboarding';
import { getPolicy } from '../modules/policy';
import * as qualifications from '../modules/qualifications';
import * as services from '../modules/services';
import { servicePorts } from './service-ports';
import { solidJpeg } from './demo-assets';

const DEMO_CATEGORY = { group: '装修市场', name: '店铺装修' };

/**
 * The approved demo provider's listed service (kuaishou preset): its category approved, the
 * deposit paid, a service with two packages submitted, approved and listed, so the market shows
 * one at once. The xiaohongshu preset needs an online app first, so it starts without one.
 */
export async function seedDemoService(ctx: AppContext, op: Actor, provider: Actor) {
  const policy = await getPolicy(ctx);
  if (policy.qualificationMode !== 'per_category') return;
  const options = await qualifications.getOptions(ctx, provider, 'zh-CN');
  const category = options.categories.find(
    (c) => c.group === DEMO_CATEGORY.group && c.name === DEMO_CATEGORY.name,
  );
  if (!category || category.refusals.length) return;
  const app = await qualifications.createApplication(ctx, provider, {
    serviceType: category.type,
    categoryId: category.id,
  });
  await qualifications.submitApplication(ctx, provider, app.id, {
    customerService5x8Confirmed: true,
  });
  await qualifications.decideQualification(ctx, op, app.id, { decision: 'approved', reason: null });
  const profile = await requireOnboardedProvider(ctx, provider);
  const providerId = profile.providerId;
  await ctx.db.transaction((tx) =>
    creditDeposit(ctx, tx, op, {
      providerId,
      amountFen: category.depositFen,
      via: 'gateway',
      reference: `demo-deposit:${providerId}`,
      memo: '演示数据：保证金在线缴纳',
    }),
  );
  const created = await services.createService(ctx, provider, { categoryId: category.id });
  const main = await services.uploadImage(
    ctx,
    provider,
    'main',
    { filename: 'shop-design.jpg', bytes: solidJpeg(600, 600, [22, 119, 255]) },
    'zh-CN',
  );
  const gallery = await services.uploadImage(
    ctx,
    provider,
    'gallery',
    { filename: 'case.jpg', bytes: solidJpeg(800, 600, [250, 173, 20]) },
    'zh-CN',
  );
  await services.saveDraft(ctx, provider, created.id, {
    content: {
      classification: '店铺装修',
      name: '云帆旗舰店装修',
      shortDescription: '专业设计师一对一，7 天完成店铺首页与详情页装修',
      descriptionHtml:
        '<p><strong>服务内容</strong></p><ul><li>店铺首页设计与上线</li><li>5 张商品详情页</li><li>一次免费修改</li></ul>',
      mainImageFileId: main.id,
      galleryFileIds: [gallery.id],
      tags: ['装修', '详情页', '首页设计'],
      packages: [
        {
          name: '基础版',
          specs: [
            { version: '基础版', durationDays: 31, priceFen: 29_900, trial: false },
            { version: '基础版', durationDays: 365, priceFen: 299_900, trial: false },
          ],
        },
        {
          name: '旗舰版',
          specs: [{ version: '旗舰版', durationDays: 92, priceFen: 129_900, trial: false }],
        },
      ],
    },
  });
  await services.submitService(ctx, provider, created.id, servicePorts, 'zh-CN');
  const detail = await services.getMyService(ctx, provider, created.id, servicePorts, 'zh-CN');
  if (!detail.pending) return;
  await services.decideService(
    ctx,
    op,
    created.id,
    {
      versionId: detail.pending.id,
      decision: 'approved',
      reason: null,
    },
    servicePorts,
  );
  await services.listService(ctx, provider, created.id, 'zh-CN', servicePorts);
}
