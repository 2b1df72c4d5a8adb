import { currentLanguage } from '../i18n';

const timeZone = 'Asia/Shanghai';

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(date)) out[part.type] = part.value;
  return out;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai, whatever the browser's zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** 'YYYY-MM-DD': a calendar date is shown as is, an instant as its Asia/Shanghai date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (dateOnly.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Integer fen → yuan with two decimals, e.g. 1000000 → '¥10,000.00'. */
export function formatFen(fen: number): string {
  return new Intl.NumberFormat(currentLanguage(), {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}
