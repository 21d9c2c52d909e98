import { describe, expect, it } from 'vitest';
import { accountFromTitle, suggestedAgencyDomain } from '@/lib/onboarding/account';

describe('the signed-in Gmail account', () => {
  it('reads the address from the Gmail tab title', () => {
    expect(accountFromTitle('Inbox (3) - jess@brightlane.agency - Brightlane Mail')).toBe('jess@brightlane.agency');
    expect(accountFromTitle('Re: hello - Sam.Lee@Studio.io - Gmail')).toBe('sam.lee@studio.io');
    expect(accountFromTitle('Gmail')).toBeNull();
    expect(accountFromTitle(undefined)).toBeNull();
  });

  it('suggests the agency domain, never a personal mailbox domain', () => {
    expect(suggestedAgencyDomain('jess@brightlane.agency')).toBe('brightlane.agency');
    expect(suggestedAgencyDomain('me@gmail.com')).toBeNull();
    expect(suggestedAgencyDomain(null)).toBeNull();
  });
});
