import { showDay } from '@/lib/dates/days';
import { describe, expect, it } from 'vitest';
import { defaultEmailTemplate, renderEmail, stripInternalLinks, unknownFields } from '@/lib/templates/email';
import { makeChangeOrder } from '../../factories';

const co = makeChangeOrder({
  projectId: crypto.randomUUID(),
  number: 3,
  title: 'Instagram banner set',
  approver: 'Dana Whitfield',
  askedBy: 'dana@acme.com',
  sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
  affectedDeliverables: ['Social assets'],
  currency: 'USD',
  expiresOn: '2026-12-31',
  lines: [{ kind: 'time', role: 'Design', hours: 4, rateCents: 15000, amountCents: 0, description: '' }],
});

describe('renderEmail', () => {
  it('fills every merge field of the default template', () => {
    const text = renderEmail(defaultEmailTemplate(), co, { signature: 'Sam\nAgency Co' });
    expect(text).toContain('Hi Dana,');
    expect(text).toContain('change order CO-003: Instagram banner set');
    expect(text).toContain('Total: $600.00');
    expect(text).toContain('Affects: Social assets');
    expect(text).toContain(`(by ${showDay('2026-12-31')})`);
    expect(text).toMatch(/Sam\nAgency Co\n$/);
    expect(text).not.toMatch(/\{\{/);
  });

  it('never lets a mailbox or extension link reach the client', () => {
    const text = renderEmail(
      'See https://mail.google.com/mail/u/0/#inbox/abc and chrome-extension://x/sidepanel.html {{title}}',
      co,
    );
    expect(text).not.toMatch(/mail\.google|chrome-extension/);
    expect(stripInternalLinks('ok https://example.com/brief')).toBe('ok https://example.com/brief');
  });

  it('leaves unknown fields visible and lists them', () => {
    expect(renderEmail('Hi {{clinet}}', co)).toBe('Hi {{clinet}}\n');
    expect(unknownFields('{{clinet}} {{total}}')).toEqual(['clinet']);
  });
});
