// The real captures (../shared/reference/real-pages) at their real URLs: what a person sees, and
// nothing they cannot see, in titles, bodies and list items.
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites/registry';
import type { Ticket } from '@/lib/sites/types';
import type { SelfHostedOrigin } from '@/lib/sites/hosts';
import { loadRealPage } from './load';

const JIRA = 'jira/issue-classic-TT-1.2015-09.html';
const GITHUB = 'github/issue-kepano-defuddle-56.2025-07.html';
const TRELLO_2018 = 'trello/board-squadification-test.2018-03.html';
const TRELLO_2021 = 'trello/board-trello-folds-test.2021-06.html';

function ticket(
  file: string,
  href: string,
  selfHosted: SelfHostedOrigin[] = [],
): { t: Ticket; anchor: Element | null } {
  const doc = loadRealPage(file);
  const url = new URL(href);
  const adapter = adapterFor(url, selfHosted);
  if (!adapter) throw new Error(`no adapter for ${href}`);
  const r = adapter.read(doc, url);
  if (!r.ok || r.page.type !== 'ticket') throw new Error(JSON.stringify(r));
  return { t: r.page, anchor: adapter.badgeAnchor(doc, url) };
}

describe('Jira classic issue view (the view Data Center / Server serves)', () => {
  it('reads key, summary and reporter; the "Click to add description" prompt is no description', () => {
    const { t } = ticket(JIRA, 'https://testdevart1.atlassian.net/browse/TT-1');
    expect(t).toMatchObject({ key: 'TT-1', title: 'Create integration with Jira', containerId: 'TT' });
    expect(t.description).toBe('');
    expect(t.comments).toEqual([]);
  });

  it('badges the issue actions bar', () => {
    const { anchor } = ticket(JIRA, 'https://testdevart1.atlassian.net/browse/TT-1');
    expect(anchor?.classList.contains('toolbar-split-left')).toBe(true);
    expect(anchor?.closest('.command-bar')).not.toBeNull();
  });

  it('reads the same page on a registered self-hosted origin, also under a context path', () => {
    const sh: SelfHostedOrigin[] = [{ origin: 'https://jira.acme.internal', site: 'jira' }];
    for (const href of ['https://jira.acme.internal/browse/TT-1', 'https://jira.acme.internal/jira/browse/TT-1']) {
      const { t } = ticket(JIRA, href, sh);
      expect(t).toMatchObject({ site: 'jira', key: 'TT-1', title: 'Create integration with Jira', url: href });
    }
  });
});

describe('GitHub React issue view (2025)', () => {
  it('keeps screen-reader-only headings ("x commented on ...") out of the comment bodies', () => {
    const { t } = ticket(GITHUB, 'https://github.com/kepano/defuddle/issues/56');
    expect(t.comments).toHaveLength(6);
    for (const c of t.comments) expect(c.body).not.toMatch(/commented on/);
    expect(t.title).toBe('Defuddle on Cloudflare Workers');
  });
});

describe('Trello boards (2018, 2021)', () => {
  for (const [file, href, count] of [
    [TRELLO_2018, 'https://trello.com/b/wH44k9N1/squadification-test-board', 10],
    [TRELLO_2021, 'https://trello.com/b/k7f08mBp/trello-folds-test-board', 37],
  ] as const) {
    it(`${file}: every card, titled without its hidden card number, badged on the card`, () => {
      const doc = loadRealPage(file);
      const url = new URL(href);
      const items = adapterFor(url)?.listItems?.(doc, url) ?? [];
      expect(items).toHaveLength(count);
      for (const i of items) {
        expect(i.title, i.key).not.toMatch(/^#\d/);
        expect(i.title.length).toBeGreaterThan(0);
        expect(i.anchor.classList.contains('list-card')).toBe(true);
      }
    });
  }
});
