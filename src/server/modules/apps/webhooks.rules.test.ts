import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextState } from './apps.rules';
import { isDeliverableUrl, retryDelayMs, signatureHeader, verifySignature } from './webhooks.rules';

describe('webhook signatures', () => {
  it('verify over the exact body and secret, within the tolerance', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 1 }),
        fc.integer({ min: 0, max: 2e9 }),
        (body, secret, t) => {
          const h = signatureHeader(secret, t, body);
          expect(verifySignature(secret, h, body, t)).toBe(true);
          expect(verifySignature(secret, h, `${body}x`, t)).toBe(false);
          expect(verifySignature(`${secret}x`, h, body, t)).toBe(false);
          expect(verifySignature(secret, h, body, t + 301)).toBe(false);
        },
      ),
    );
  });

  it('is HMAC-SHA256 of "<t>.<body>" in hex (a receiver can recompute it)', () => {
    expect(signatureHeader('whsec_test', 1700000000, '{"a":1}')).toBe(
      't=1700000000,v1=' +
        createHmac('sha256', 'whsec_test').update('1700000000.{"a":1}').digest('hex'),
    );
  });
});

describe('retries and targets', () => {
  it('backs off exponentially from 30 s up to 6 h', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(6 * 3600_000);
  });

  it('delivers to http(s) only', () => {
    expect(isDeliverableUrl('https://h.example.com/x')).toBe(true);
    expect(isDeliverableUrl('http://127.0.0.1:9/x')).toBe(true);
    for (const bad of [
      'file:///etc/passwd',
      'ftp://h.example.com',
      'javascript:alert(1)',
      '',
      null,
    ])
      expect(isDeliverableUrl(bad)).toBe(false);
  });
});

describe('app states', () => {
  it('developing → online → suspended → online; nothing else', () => {
    expect(nextState('developing', 'online')).toBe('online');
    expect(nextState('online', 'suspend')).toBe('suspended');
    expect(nextState('suspended', 'online')).toBe('online');
    expect(nextState('developing', 'suspend')).toBe('suspended');
    expect(nextState('online', 'online')).toBeNull();
    expect(nextState('suspended', 'suspend')).toBeNull();
  });
});
