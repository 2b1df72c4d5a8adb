import { describe, expect, it } from 'vitest';
import { appBodySchema, redirectUriIssue, webhookUrlIssue } from './apps';

describe('redirect URIs an app may register (RFC 9700 §2.1)', () => {
  it.each([
    'https://app.example.com/cb',
    'https://app.example.com:8443/oauth/cb?tenant=1',
    'http://127.0.0.1:8080/cb',
    'http://localhost/cb',
  ])('accepts %s', (uri) => expect(redirectUriIssue(uri)).toBeNull());

  it.each([
    ['http://app.example.com/cb', 'scheme'],
    ['custom://cb', 'scheme'],
    ['https://app.example.com/cb#frag', 'fragment'],
    ['https://user:pw@app.example.com/cb', 'format'],
    ['/relative/cb', 'format'],
    ['', 'format'],
  ])('refuses %s (%s)', (uri, issue) =>
    expect(redirectUriIssue(uri)).toBe(`validation.apps.redirectUri.${issue}`),
  );

  it('webhooks go to http(s) only', () => {
    expect(webhookUrlIssue('http://hooks.example.com/x')).toBeNull();
    expect(webhookUrlIssue('ftp://hooks.example.com/x')).toBe('validation.apps.webhookUrl.format');
  });

  it('fills defaults and removes repeated scopes', () => {
    const body = appBodySchema.parse({
      name: ' 应用 ',
      redirectUris: ['https://a.example.com/cb'],
      scopes: ['shop:read', 'shop:read'],
    });
    expect(body).toEqual({
      name: '应用',
      description: '',
      logoFileId: null,
      redirectUris: ['https://a.example.com/cb'],
      scopes: ['shop:read'],
      webhookUrl: null,
    });
  });
});
