import type { FastifyInstance } from 'fastify';
import { formatYuan } from '../../platform/money';
import type { SandboxGateway } from './sandbox.gateway';

const CHANNEL_NAMES: Record<string, string> = {
  alipay: '支付宝',
  wechat: '微信支付',
  bank_personal: '个人网上银行',
  bank_corporate: '企业网上银行',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;background:#f5f5f5;margin:0}
.banner{background:#fa8c16;color:#fff;text-align:center;padding:8px;font-weight:600;letter-spacing:1px}
.card{max-width:420px;margin:32px auto;background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 4px #0001}
.amount{font-size:32px;font-weight:600;margin:12px 0}.muted{color:#888;font-size:13px}
button{width:100%;padding:12px;border:0;border-radius:6px;font-size:16px;margin-top:12px;cursor:pointer}
.pay{background:#1677ff;color:#fff}.cancel{background:#eee}</style></head>
<body><div class="banner">沙箱环境 · SANDBOX — 不会产生真实扣款 / no real money moves</div>${body}</body></html>`;
}

/** The sandbox gateway's own pages: a cashier the payer sees, and its query/close API. */
export async function sandboxRoutes(root: FastifyInstance, gw: SandboxGateway) {
  await root.register(async (app) => sandboxScope(app, gw));
}

async function sandboxScope(app: FastifyInstance, gw: SandboxGateway) {
  // The cashier's buttons are plain HTML forms.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.get<{ Params: { tradeNo: string } }>(
    '/sandbox/cashier/:tradeNo',
    { schema: { hide: true } },
    async (req, reply) => {
      const o = await gw.cashierOrder(req.params.tradeNo);
      if (!o)
        return reply
          .code(404)
          .type('text/html')
          .send(page('沙箱收银台', '<div class="card">订单不存在</div>'));
      const done = o.status === 'TRADE_SUCCESS';
      const body = `<div class="card"><div class="muted">沙箱收银台 · ${esc(CHANNEL_NAMES[o.channel] ?? o.channel)}</div>
<div>${esc(o.subject)}</div><div class="amount" data-testid="cashier-amount">¥${formatYuan(o.amountFen)}</div>
<div class="muted">交易号 ${esc(o.tradeNo)} · 商户订单号 ${esc(o.outTradeNo)}</div>
${
  done
    ? '<p data-testid="cashier-paid">已支付</p>'
    : `<form method="post" action="/sandbox/cashier/${esc(o.tradeNo)}/pay">
<button class="pay" type="submit" data-testid="cashier-pay">确认支付 ¥${formatYuan(o.amountFen)}</button></form>`
}
<form method="get" action="${esc(o.returnUrl)}"><button class="cancel" type="submit">返回商户</button></form></div>`;
      return reply
        .type('text/html')
        .header('cache-control', 'no-store')
        .send(page('沙箱收银台', body));
    },
  );
  app.post<{ Params: { tradeNo: string } }>(
    '/sandbox/cashier/:tradeNo/pay',
    { schema: { hide: true } },
    async (req, reply) => {
      const res = await gw.pay(req.params.tradeNo);
      if (!res.returnUrl) return reply.code(404).send('not found');
      return reply.redirect(res.returnUrl, 303);
    },
  );
  app.get<{ Params: { outTradeNo: string } }>(
    '/sandbox/gateway/orders/:outTradeNo',
    { schema: { hide: true } },
    async (req) => gw.queryOrder(req.params.outTradeNo),
  );
  app.post<{ Params: { outTradeNo: string } }>(
    '/sandbox/gateway/orders/:outTradeNo/close',
    { schema: { hide: true } },
    async (req) => gw.closeOrder(req.params.outTradeNo),
  );
}
