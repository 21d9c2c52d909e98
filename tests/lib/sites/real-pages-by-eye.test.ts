// The independent check: the adapters' reads of the real captures against values read off those
// pages by eye (real-pages.by-eye.json, written without running any adapter).
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites/registry';
import type { SelfHostedOrigin } from '@/lib/sites/hosts';
import expected from './real-pages.by-eye.json';
import { loadRealPage } from './load';

interface Comment {
  author: string;
  date: string;
  bodyStartsWith: string;
}
interface TicketExpectation {
  url: string;
  selfHostedUrl?: string;
  kind: 'ticket';
  key: string;
  title: string;
  reporter: string | null;
  containerId: string;
  description?: string;
  descriptionStartsWith?: string;
  descriptionIncludes?: string[];
  comments: Comment[];
  badgeAnchor: string;
}
interface ListExpectation {
  url: string;
  kind: 'list';
  items: [string, string][];
}

const pages = Object.entries(expected).filter(([file]) => !file.startsWith('_')) as [
  string,
  TicketExpectation | ListExpectation,
][];

function checkTicket(file: string, href: string, want: TicketExpectation, selfHosted: SelfHostedOrigin[]): void {
  const doc = loadRealPage(file);
  const url = new URL(href);
  const adapter = adapterFor(url, selfHosted);
  expect(adapter?.page(url)).toBe('ticket');
  const r = adapter!.read(doc, url);
  if (!r.ok || r.page.type !== 'ticket') throw new Error(`${file}: ${JSON.stringify(r)}`);
  const t = r.page;
  expect({ key: t.key, title: t.title, reporter: t.reporter, containerId: t.containerId }).toEqual({
    key: want.key,
    title: want.title,
    reporter: want.reporter,
    containerId: want.containerId,
  });
  if (want.description !== undefined) expect(t.description).toBe(want.description);
  if (want.descriptionStartsWith) expect(t.description.startsWith(want.descriptionStartsWith)).toBe(true);
  for (const part of want.descriptionIncludes ?? []) expect(t.description).toContain(part);
  expect(t.comments.map((c) => [c.author, c.date])).toEqual(want.comments.map((c) => [c.author, c.date]));
  t.comments.forEach((c, i) => expect(c.body.startsWith(want.comments[i]!.bodyStartsWith), c.body).toBe(true));
  expect(adapter!.badgeAnchor(doc, url)?.matches(want.badgeAnchor)).toBe(true);
}

describe('real captures read as a person reads them', () => {
  for (const [file, want] of pages) {
    it(`${file} at ${want.url}`, () => {
      if (want.kind === 'ticket') {
        checkTicket(file, want.url, want, []);
        if (want.selfHostedUrl) {
          const origin = new URL(want.selfHostedUrl).origin;
          checkTicket(file, want.selfHostedUrl, want, [{ origin, site: 'jira' }]);
        }
        return;
      }
      const doc = loadRealPage(file);
      const url = new URL(want.url);
      const adapter = adapterFor(url);
      expect(adapter?.page(url)).toBe('list');
      const items = adapter!.listItems!(doc, url);
      expect(items.map((i) => [i.key, i.title])).toEqual(want.items);
      expect(items.every((i) => i.anchor.isConnected)).toBe(true);
    });
  }
});
