import { describe, expect, it } from 'vitest';
import { classify, parseSow, type MessageInput, type ProjectScope } from '@/lib/scope';
import { BRAND_SCOPE, EMPTY_SCOPE } from './helpers';

describe('bad input', () => {
  it('an empty message is unknown', () => {
    const r = classify({ subject: '', body: '' }, BRAND_SCOPE);
    expect(r.verdict).toBe('unknown');
    expect(r.asks).toEqual([]);
  });

  it('a project with an empty scope cannot judge an ask: unknown', () => {
    expect(classify({ subject: '', body: 'Could you also build us a website?' }, EMPTY_SCOPE).verdict).toBe('unknown');
  });

  it('thanks against an empty scope is still no_request', () => {
    expect(classify({ subject: '', body: 'Thank you, the launch went great!' }, EMPTY_SCOPE).verdict).toBe(
      'no_request',
    );
  });

  it('never throws on malformed input', () => {
    const weird = [
      null,
      undefined,
      { subject: 42, body: {} },
      { body: 'Can you add a page?' },
    ] as unknown as MessageInput[];
    for (const msg of weird) expect(() => classify(msg, BRAND_SCOPE)).not.toThrow();
    expect(() =>
      classify({ subject: 'x', body: 'Can you add a page?' }, null as unknown as ProjectScope),
    ).not.toThrow();
    expect(() =>
      classify({ subject: 'x', body: 'Can you add a page?' }, { deliverables: 'no' } as unknown as ProjectScope),
    ).not.toThrow();
    expect(() => parseSow(undefined as unknown as string)).not.toThrow();
  });

  it('non-English text gets a sensible verdict', () => {
    const r = classify({ subject: 'Logo', body: 'Hallo, het logo is prachtig. Bedankt!' }, BRAND_SCOPE);
    expect(['no_request', 'unknown']).toContain(r.verdict);
  });

  it('HTML remnants are read as text', () => {
    const r = classify(
      { subject: '', body: '<p>Could you also <b>build</b> a <i>website</i> for the shop?</p><br/>' },
      BRAND_SCOPE,
    );
    expect(r.verdict).toBe('out_of_scope');
    expect(r.cleanedText).not.toContain('<');
  });

  it('a 1 MB email finishes well under a second, and time grows about linearly', () => {
    const para = 'Could you also add a website? The third round of comments is attached. We love it!\n> old quote\n';
    const time = (size: number) => {
      const body = para.repeat(Math.ceil(size / para.length)).slice(0, size);
      const t0 = performance.now();
      const r = classify({ subject: 'Big', body }, BRAND_SCOPE);
      expect(r.verdict).toBe('out_of_scope');
      return performance.now() - t0;
    };
    time(10_000);
    const big = time(1_000_000);
    expect(big).toBeLessThan(1000);
  });
});
