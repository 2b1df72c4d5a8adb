import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../platform/context';
import { newId } from '../../platform/ids';
import { formatYuan } from '../../platform/money';
import { ensureSecret } from '../policy';
import type { Channel, GatewayOrderStatus, PaymentGateway, VerifiedNotice } from './gateway';
import { notifyStyle } from './gateway';
import { alipaySigningString, newRsaKeyPair, rsaSign, rsaVerify, wechatMessage } from './signing';
import * as repo from './sandbox.repo';

export const SANDBOX_APP_ID = '2026000000000001';

const toFen = (s: string) => {
  if (!/^\d+\.\d{2}$/.test(s)) throw new Error('bad amount');
  return Number(s.replace('.', ''));
};
const beijing = (d: Date) =>
  new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19);

type Keys = { privateKey: string; publicKey: string };
export type SandboxGateway = PaymentGateway & {
  /** The cashier's "pay" button: marks the order paid and queues its (chaotic) notifications. */
  pay(tradeNo: string): Promise<{ paid: boolean; returnUrl: string | null }>;
  /** The order as the cashier page shows it. */
  cashierOrder(tradeNo: string): Promise<repo.SandboxOrderRow | null>;
  keys: Keys;
};

/** The notifications one payment produces: the success, a stale "waiting" one and a duplicate. */
function noticesFor(
  o: repo.SandboxOrderRow,
  keys: Keys,
  now: Date,
): Array<{ headers: Record<string, string>; body: string; ack: string }> {
  const style = notifyStyle(o.channel as Channel);
  const make = (status: 'TRADE_SUCCESS' | 'WAIT_BUYER_PAY') => {
    if (style === 'alipay') {
      const params: Record<string, string> = {
        app_id: o.appId,
        charset: 'utf-8',
        gmt_payment: status === 'TRADE_SUCCESS' ? beijing(o.paidAt ?? now) : '',
        notify_id: randomBytes(8).toString('hex'),
        notify_time: beijing(now),
        out_trade_no: o.outTradeNo,
        total_amount: formatYuan(o.amountFen),
        trade_no: o.tradeNo,
        trade_status: status,
        sign_type: 'RSA2',
      };
      params.sign = rsaSign(alipaySigningString(params), keys.privateKey);
      return {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params).toString(),
        ack: 'success',
      };
    }
    const body = JSON.stringify({
      id: randomBytes(8).toString('hex'),
      create_time: now.toISOString(),
      event_type: status === 'TRADE_SUCCESS' ? 'TRANSACTION.SUCCESS' : 'TRANSACTION.NOTPAY',
      resource: {
        appid: o.appId,
        out_trade_no: o.outTradeNo,
        transaction_id: o.tradeNo,
        trade_state: status === 'TRADE_SUCCESS' ? 'SUCCESS' : 'NOTPAY',
        success_time: status === 'TRADE_SUCCESS' ? (o.paidAt ?? now).toISOString() : null,
        amount: { total: o.amountFen, currency: 'CNY' },
      },
    });
    const ts = String(Math.floor(now.getTime() / 1000));
    const nonce = randomBytes(8).toString('hex');
    const headers = {
      'content-type': 'application/json',
      'wechatpay-timestamp': ts,
      'wechatpay-nonce': nonce,
      'wechatpay-serial': 'SANDBOX',
      'wechatpay-signature': rsaSign(wechatMessage(ts, nonce, body), keys.privateKey),
    };
    return { headers, body, ack: '2xx' };
  };
  return [make('TRADE_SUCCESS'), make('WAIT_BUYER_PAY'), make('TRADE_SUCCESS')];
}

function verify(
  style: 'alipay' | 'wechat',
  headers: Record<string, string | undefined>,
  raw: string,
  keys: Keys,
): VerifiedNotice {
  if (style === 'alipay') {
    const params = Object.fromEntries(new URLSearchParams(raw));
    if (!params.sign || !rsaVerify(alipaySigningString(params), params.sign, keys.publicKey))
      throw new Error('bad signature');
    const paidAt = params.gmt_payment
      ? new Date(`${params.gmt_payment.replace(' ', 'T')}+08:00`)
      : null;
    return {
      outTradeNo: params.out_trade_no,
      tradeNo: params.trade_no,
      appId: params.app_id,
      amountFen: toFen(params.total_amount),
      status: params.trade_status as GatewayOrderStatus,
      paidAt,
    };
  }
  const [ts, nonce, sig] = [
    headers['wechatpay-timestamp'],
    headers['wechatpay-nonce'],
    headers['wechatpay-signature'],
  ];
  if (!ts || !nonce || !sig || !rsaVerify(wechatMessage(ts, nonce, raw), sig, keys.publicKey))
    throw new Error('bad signature');
  const r = (JSON.parse(raw) as { resource: Record<string, unknown> }).resource;
  const amount = r.amount as { total: number };
  return {
    outTradeNo: String(r.out_trade_no),
    tradeNo: String(r.transaction_id),
    appId: String(r.appid),
    amountFen: amount.total,
    status:
      r.trade_state === 'SUCCESS'
        ? 'TRADE_SUCCESS'
        : r.trade_state === 'CLOSED'
          ? 'TRADE_CLOSED'
          : 'WAIT_BUYER_PAY',
    paidAt: r.success_time ? new Date(String(r.success_time)) : null,
  };
}

export async function createSandboxGateway(ctx: AppContext): Promise<SandboxGateway> {
  const keys = JSON.parse(
    await ensureSecret(ctx, 'sandbox_gateway_rsa', async () =>
      JSON.stringify(await newRsaKeyPair()),
    ),
  ) as Keys;
  const find = (outTradeNo: string) => repo.findSandboxOrder(ctx.db, { outTradeNo });
  return {
    name: 'sandbox',
    appId: SANDBOX_APP_ID,
    keys,
    async createOrder(o) {
      const tradeNo = newId('sbx');
      await repo.insertSandboxOrder(ctx.db, {
        tradeNo,
        appId: SANDBOX_APP_ID,
        status: 'WAIT_BUYER_PAY',
        createdAt: ctx.clock.now(),
        ...o,
      });
      const row = await find(o.outTradeNo);
      return { tradeNo: row!.tradeNo, cashierUrl: `/sandbox/cashier/${row!.tradeNo}` };
    },
    async queryOrder(outTradeNo) {
      const o = await find(outTradeNo);
      if (!o) return { status: 'NOT_FOUND' };
      return {
        status: o.status as GatewayOrderStatus,
        tradeNo: o.tradeNo,
        amountFen: o.amountFen,
        paidAt: o.paidAt,
      };
    },
    async closeOrder(outTradeNo) {
      const o = await find(outTradeNo);
      if (!o) return { closed: false, status: 'NOT_FOUND' };
      const closed = await repo.moveSandboxOrder(ctx.db, o.tradeNo, 'WAIT_BUYER_PAY', {
        status: 'TRADE_CLOSED',
      });
      return { closed, status: closed ? 'TRADE_CLOSED' : (o.status as GatewayOrderStatus) };
    },
    async refund(outTradeNo, amountFen) {
      const o = await find(outTradeNo);
      return { refunded: Boolean(o) && (await repo.addRefund(ctx.db, o!.tradeNo, amountFen)) };
    },
    verifyNotification: (style, headers, raw) => verify(style, headers, raw, keys),
    cashierOrder: (tradeNo) => repo.findSandboxOrder(ctx.db, { tradeNo }),
    async pay(tradeNo) {
      const now = ctx.clock.now();
      const o = await repo.findSandboxOrder(ctx.db, { tradeNo });
      if (!o) return { paid: false, returnUrl: null };
      // A sandbox payer can pay even an order the merchant closed: that is the late payment case.
      const paid = await ctx.db.transaction(async (tx) => {
        const ok =
          (await repo.moveSandboxOrder(tx, tradeNo, 'WAIT_BUYER_PAY', {
            status: 'TRADE_SUCCESS',
            paidAt: now,
          })) ||
          (await repo.moveSandboxOrder(tx, tradeNo, 'TRADE_CLOSED', {
            status: 'TRADE_SUCCESS',
            paidAt: now,
          }));
        if (!ok) return false;
        for (const n of noticesFor({ ...o, paidAt: now }, keys, now)) {
          await repo.insertNotification(tx, {
            id: newId('sbn'),
            tradeNo,
            url: o.notifyUrl,
            status: 'pending',
            nextAttemptAt: now,
            createdAt: now,
            ...n,
          });
        }
        return true;
      });
      return { paid, returnUrl: o.returnUrl };
    },
  };
}

export type Deliver = (
  url: string,
  headers: Record<string, string>,
  body: string,
) => Promise<{ status: number; text: string }>;

export const fetchDeliver: Deliver = async (url, headers, body) => {
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, text: await res.text() };
};

/** The sandbox's notifier: retries each notification with backoff until the exact acknowledgement. */
export async function dispatchSandboxNotifications(
  ctx: AppContext,
  deliver: Deliver,
): Promise<number> {
  const now = ctx.clock.now();
  const claimed = await repo.claimNotifications(ctx.database, now, 30_000, 50);
  let delivered = 0;
  for (const n of claimed) {
    let res: { status: number; text: string };
    try {
      res = await deliver(n.url, n.headers, n.body);
    } catch (e) {
      res = { status: 0, text: (e as Error).message };
    }
    const acked =
      n.ack === '2xx'
        ? res.status >= 200 && res.status < 300
        : res.status === 200 && res.text === n.ack;
    if (acked) {
      await repo.finishNotification(ctx.db, n.id, 'delivered', `${res.status} ${res.text}`);
      delivered++;
    } else if (n.attempts >= 15) {
      await repo.finishNotification(ctx.db, n.id, 'abandoned', `${res.status} ${res.text}`);
    } else {
      const retry = new Date(now.getTime() + Math.min(2 ** n.attempts, 3600) * 1000);
      await repo.finishNotification(ctx.db, n.id, 'pending', `${res.status} ${res.text}`, retry);
    }
  }
  return delivered;
}
