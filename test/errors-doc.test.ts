import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasMessage } from '../src/server/platform/messages';
import '../src/server/app';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('error codes', () => {
  const used = new Set<string>();
  for (const file of sources('src/server')) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/'([A-Z]+\.[A-Z_]+)'/g)) used.add(m[1]);
  }
  const doc = fs.readFileSync('docs/errors.md', 'utf8');

  it('finds the codes the server uses', () => {
    expect(used.size).toBeGreaterThan(20);
  });
  it.each([...used])('%s has a message in both languages and a row in docs/errors.md', (code) => {
    expect(hasMessage(code)).toBe(true);
    expect(doc).toContain(`\`${code}\``);
  });
});
