import type { Config } from '../../config';

export type OutgoingMessage = {
  channel: 'sms' | 'email';
  recipient: string;
  subject: string | null;
  body: string;
};

/** Delivers one message; throws on failure (the outbox retries). */
export type Transport = (m: OutgoingMessage) => Promise<void>;

/**
 * SMS has no real gateway here: the log transport only records that it was handed over (the text
 * stays readable in the outbox). Email goes over SMTP (nodemailer) when configured.
 */
export function createTransport(config: Config): Transport {
  const smtpUrl = config.mailTransport === 'smtp' ? config.smtpUrl : undefined;
  // nodemailer is loaded with the first email, not at every start.
  let mailer: Promise<import('nodemailer').Transporter> | undefined;
  return async (m) => {
    if (m.channel === 'email' && smtpUrl) {
      mailer ??= import('nodemailer').then((n) => n.default.createTransport(smtpUrl));
      const transporter = await mailer;
      await transporter.sendMail({
        from: config.mailFrom,
        to: m.recipient,
        subject: m.subject ?? '',
        text: m.body,
      });
    }
  };
}
