import type { AppContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import { t } from '../../platform/messages';
import { maskMobile } from '../../../contracts/validators';
import {
  claimDue,
  findOutbox,
  insertOutbox,
  listOutbox,
  markFailure,
  markSent,
} from './notifications.repo';
import type { Transport } from './notifications.transports';

export type Notice = {
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  params?: Record<string, string | number>;
  subject?: string;
};

/** Writes a message to the outbox, in the caller's transaction. Texts are Chinese (the default). */
export async function enqueueNotice(ex: Executor, now: Date, n: Notice): Promise<void> {
  await insertOutbox(ex, {
    id: newId('msg'),
    channel: n.channel,
    recipient: n.recipient,
    template: n.template,
    subject: n.subject ?? null,
    body: t(n.template, 'zh-CN', n.params),
    status: 'pending',
    createdAt: now,
    nextAttemptAt: now,
  });
}

function maskRecipient(channel: string, r: string) {
  if (channel === 'sms') return maskMobile(r);
  const [user, domain] = r.split('@');
  return `${user.slice(0, 2)}***@${domain ?? ''}`;
}

export async function listOutboxMessages(
  ctx: AppContext,
  q: { channel?: 'sms' | 'email'; recipient?: string; page: number; pageSize: number },
) {
  const { rows, total } = await listOutbox(ctx.db, {
    channel: q.channel,
    recipient: q.recipient,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      channel: r.channel as 'sms' | 'email',
      recipient: r.recipient,
      recipientMasked: maskRecipient(r.channel, r.recipient),
      template: r.template,
      body: r.body,
      status: r.status as 'pending' | 'sent' | 'failed',
      attempts: r.attempts,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
    })),
  };
}

const MAX_ATTEMPTS = 8;

/** Sends what is due once; returns how many were sent. Safe to run on several instances at once. */
export async function dispatchOutbox(ctx: AppContext, transport: Transport): Promise<number> {
  const now = ctx.clock.now();
  const claimed = await claimDue(ctx.database, now, 60_000, 20);
  let sent = 0;
  for (const { id } of claimed) {
    const m = await findOutbox(ctx.db, id);
    if (!m || m.status !== 'pending') continue;
    try {
      await transport({
        channel: m.channel as 'sms' | 'email',
        recipient: m.recipient,
        subject: m.subject,
        body: m.body,
      });
      await markSent(ctx.db, id, ctx.clock.now());
      sent++;
    } catch (e) {
      const retry =
        m.attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + 2 ** m.attempts * 1000);
      await markFailure(ctx.db, id, (e as Error).message.slice(0, 500), retry);
    }
  }
  return sent;
}
