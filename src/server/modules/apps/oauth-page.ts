import type { Lang } from '../../platform/messages';

const escape = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The page shown when the client or its redirect URI is not trusted: the browser stays with us
 * (RFC 6749 §4.1.2.1 — never redirect to an unverified URI).
 */
export function errorPage(message: string, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const title = zh ? '授权请求无效' : 'Invalid authorization request';
  const back = zh ? '返回服务市场' : 'Back to the marketplace';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:560px;margin:64px auto;padding:0 16px">
<h1 style="font-size:20px">${title}</h1>
<p data-testid="oauth-error">${escape(message)}</p>
<p><a href="/market">${back}</a></p>
</body></html>`;
}
