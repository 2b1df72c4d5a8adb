import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  FUWU_DATA_DIR: z.string().default('./data'),
  FUWU_POLICY: z.enum(['kuaishou', 'xiaohongshu']).default('kuaishou'),
  FUWU_PUBLIC_URL: z.string().url().optional(),
  FUWU_COOKIE_SECRET: z.string().min(32).optional(),
  FUWU_COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  FUWU_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  FUWU_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(5 * 1024 * 1024),
  FUWU_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  FUWU_MAIL_TRANSPORT: z.enum(['log', 'smtp']).default('log'),
  FUWU_SMTP_URL: z.string().optional(),
  FUWU_MAIL_FROM: z.string().default('Fuwu <no-reply@fuwu.local>'),
  FUWU_COLLECTION_ACCOUNT_NAME: z.string().default('服务市场保证金专户'),
  FUWU_COLLECTION_BANK: z.string().default('招商银行上海分行营业部'),
  FUWU_COLLECTION_ACCOUNT_NO: z.string().default('1219 0800 0010 2026'),
  FUWU_OUTBOX_INTERVAL_MS: z.coerce.number().int().min(0).default(2000),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  policyPreset: 'kuaishou' | 'xiaohongshu';
  publicUrl?: string;
  cookieSecret?: string;
  cookieSecure: boolean;
  seedDemo: boolean;
  maxUploadBytes: number;
  logLevel: string;
  mailTransport: 'log' | 'smtp';
  smtpUrl?: string;
  mailFrom: string;
  outboxIntervalMs: number;
  /** Where offline deposit transfers go (xiaohongshu preset). */
  collectionAccount: { accountName: string; bankName: string; accountNo: string };
};

/** Parses the environment; throws one error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.FUWU_MAIL_TRANSPORT === 'smtp' && !e.FUWU_SMTP_URL) {
    throw new Error(
      'Invalid configuration:\n  FUWU_SMTP_URL: required when FUWU_MAIL_TRANSPORT=smtp',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.FUWU_DATA_DIR),
    policyPreset: e.FUWU_POLICY,
    publicUrl: e.FUWU_PUBLIC_URL,
    cookieSecret: e.FUWU_COOKIE_SECRET,
    cookieSecure: e.FUWU_COOKIE_SECURE === 'true',
    seedDemo: e.FUWU_SEED_DEMO === 'true',
    maxUploadBytes: e.FUWU_MAX_UPLOAD_BYTES,
    logLevel: e.FUWU_LOG_LEVEL,
    mailTransport: e.FUWU_MAIL_TRANSPORT,
    smtpUrl: e.FUWU_SMTP_URL,
    mailFrom: e.FUWU_MAIL_FROM,
    outboxIntervalMs: e.FUWU_OUTBOX_INTERVAL_MS,
    collectionAccount: {
      accountName: e.FUWU_COLLECTION_ACCOUNT_NAME,
      bankName: e.FUWU_COLLECTION_BANK,
      accountNo: e.FUWU_COLLECTION_ACCOUNT_NO,
    },
  };
}
