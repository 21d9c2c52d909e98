// The signed-in Gmail account, read from the Gmail tab's title ("Inbox (3) - jess@brightlane.agency
// - Gmail"), and the agency domain it suggests. Only a suggestion: the welcome page asks the AM.

const PERSONAL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
]);

/** The email address Gmail puts in its tab title, or null. */
export function accountFromTitle(title: string | undefined | null): string | null {
  const m = /(?:^|\s-\s)([^\s@<>()]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)\s-\s/i.exec(title ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The agency's domain for an address, or null for a personal mailbox (gmail.com is not an agency). */
export function suggestedAgencyDomain(email: string | null): string | null {
  const domain = email?.split('@')[1]?.toLowerCase() ?? '';
  return domain && !PERSONAL.has(domain) ? domain : null;
}
