// The shared content-script runtime: find the adapter for the URL, read the page, report it to the
// background, and badge the page and its list items. Every step is wrapped: a broken adapter or a
// dead extension context turns into a reported failure or a no-op, never an exception in the page.
import type { BadgeInfo, MessageType, Reply, RequestOf } from '@/lib/messaging/protocol';
import { PARTS_MISSING, splitPage } from '@/lib/sites/pageParts';
import { hasBadge, mountBadge, removeAllBadges } from '@/lib/dom/badge';
import type { Field } from '@/lib/dom/query';
import { TextCache, withTextCache } from '@/lib/dom/textCache';
import { rereadUnchanged } from '@/lib/dom/readText';
import { warmTexts } from './warm';
import type { ListItem, PageKind, ReadFailure, ReadResult, SiteAdapter, Thread, Ticket } from '@/lib/sites/types';
import { structureReport } from '@/lib/dom/skeleton';
import { safePage, safeRead } from '@/lib/sites/util';
import { fitListItems, fitPage } from '@/lib/sites/limits';
import { pickAdapter, type SelfHostedOrigin } from '@/lib/sites/hosts';
import type { Settings } from '@/lib/settings';
import type { ChangeLog, Changes } from './changes';
import { sameData } from './sameData';
import { t } from '@/lib/i18n';

type PartItems = RequestOf<'page:part'>['items'];

/** The adapter for the page's address, the address parsed, and the kind of page the adapter sees there. */
interface Located {
  adapter: SiteAdapter;
  url: URL;
  kind: PageKind | null;
}

export type Send = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<Reply<T>>;

export interface RuntimeDeps {
  win: Window;
  send: Send;
  getSettings(): Promise<Settings>;
  fetcher: typeof fetch;
  /** How long a page may stay unreadable (late rendering) before its failure is reported. */
  graceMs: number;
  setTimeout(handler: () => void, ms: number): unknown;
  /**
   * What the page changed between passes (fed by the MutationObserver). With it, a pass re-reads only
   * when something the adapter read was touched, and then only the touched elements; without it
   * every pass reads the whole page.
   */
  changes?: ChangeLog;
  /** Runs `work` when the page is idle (requestIdleCallback): whole-page reads wait for it. */
  idle?(work: () => void): void;
}

interface Memo<T> {
  href: string;
  value: T;
  /** The elements the read looked at: a change inside one of them means reading again. */
  roots: Set<Node>;
}

const BATCH = 100;

export class ContentRuntime {
  private url = '';
  private since = 0;
  private pageMemo: Memo<Thread | Ticket> | null = null;
  private listMemo: Memo<ListItem[]> | null = null;
  private readonly cache = new TextCache();
  private pageBadge: BadgeInfo | null = null;
  private reported = false;
  private retryArmed = false;
  private readonly itemBadges = new Map<string, BadgeInfo>();
  private readonly sentKeys = new Set<string>();
  private running: Promise<void> | null = null;
  private again = false;
  stopped = false;
  private located: {
    href: string;
    selfHosted: readonly SelfHostedOrigin[];
    found: Located | null;
  } | null = null;
  /** The settings of the last pass: whether a change needs a pass is decided with them. */
  private lastSettings: Settings | null = null;
  /** Registered Jira Server / GitHub Enterprise origins, from the last settings read. */
  private selfHosted: readonly SelfHostedOrigin[] = [];

  constructor(
    readonly adapters: SiteAdapter[],
    readonly deps: RuntimeDeps,
  ) {}

  get doc(): Document {
    return this.deps.win.document;
  }

  current(): Located | null {
    const href = this.deps.win.location.href;
    const memo = this.located;
    // Asked on every batch of mutations: the adapter and the page's kind are worked out once per
    // address (the kind parses the path: on a page that mutates every 300 ms that was a tenth of
    // our time there).
    if (memo && memo.href === href && memo.selfHosted === this.selfHosted) return memo.found;
    let found: Located | null;
    try {
      const url = new URL(href);
      const adapter = pickAdapter(this.adapters, url, this.selfHosted);
      found = adapter ? { adapter, url, kind: safePage(adapter, url) } : null;
    } catch {
      found = null;
    }
    this.located = { href, selfHosted: this.selfHosted, found };
    return found;
  }

  readNow(): ReadResult | null {
    const c = this.current();
    return c ? safeRead(c.adapter, this.doc, c.url) : null;
  }

  /** The current read plus the tool's same-origin API where the adapter has one (side panel re-read). */
  async readEnriched(): Promise<ReadResult | null> {
    const c = this.current();
    if (!c) return null;
    const r = safeRead(c.adapter, this.doc, c.url);
    if (!r.ok || r.page.type !== 'ticket' || !c.adapter.enrich) return r;
    return { ok: true, page: await enrichSafely(c.adapter, r.page, c.url, this.deps.fetcher) };
  }

  /** Forget everything sent and badged (badges:refresh, settings change). */
  reset(): void {
    removeAllBadges(this.doc);
    this.forget();
    this.pageBadge = null;
    this.itemBadges.clear();
    this.sentKeys.clear();
  }

  /** Runs one pass; overlapping calls collapse into one follow-up pass. */
  update(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.update();
        }
      });
    return this.running;
  }

  private async pass(): Promise<void> {
    const href = this.deps.win.location.href;
    if (href !== this.url) {
      // New page: its badge belongs to the old item. List verdicts stay cached (keys are stable).
      for (const b of Array.from(this.doc.querySelectorAll('scopekeeper-badge[data-page]'))) b.remove();
      this.url = href;
      this.since = Date.now();
      this.forget();
      this.pageBadge = null;
      this.reported = false;
    }
    // Everything the page changed since the last pass; cached texts under those changes are stale.
    const changes = this.deps.changes?.take() ?? null;
    changes?.invalidate(this.cache);
    try {
      await this.passWith(changes);
    } finally {
      this.cache.settle();
    }
  }

  private async passWith(changes: Changes | null): Promise<void> {
    const settings = await this.deps.getSettings().catch(() => null);
    if (!settings || this.stopped) return;
    this.lastSettings = settings;
    this.selfHosted = settings.selfHosted;
    const c = this.current();
    if (!c || !settings.enabledSites[c.adapter.id]) return;
    if (c.kind === 'thread' || c.kind === 'ticket') await this.pagePass(c.adapter, c.url, changes);
    if (settings.listBadges && c.adapter.listItems) await this.listPass(c.adapter, c.url, changes);
  }

  /**
   * Called on every batch of page mutations: does it need a pass? Not when the page was read and
   * nothing the reads looked at (or could newly find) was touched, and no badge of ours was dropped:
   * a page ticking a clock or a counter elsewhere costs us this check and nothing else.
   */
  wants(): boolean {
    const pending = this.deps.changes?.pending();
    const settings = this.lastSettings;
    const c = this.current();
    if (!pending || !settings || !c || this.running || this.deps.win.location.href !== this.url) return true;
    if (pending.badgeRemoved || pending.overflow) return true;
    if (!settings.enabledSites[c.adapter.id]) return false;
    const memos: (Memo<unknown> | null)[] = [];
    if (c.kind === 'thread' || c.kind === 'ticket') memos.push(this.pageMemo);
    if (settings.listBadges && c.adapter.listItems) memos.push(this.listMemo);
    const touched = (m: Memo<unknown> | null): boolean =>
      !m || m.href !== c.url.href || pending.touched(m.roots, fieldsOf(c.adapter))?.size !== 0;
    if (memos.some(touched)) return true;
    // Nothing to do: the records are settled now (stale texts dropped), so they never pile up on a
    // page that ticks for hours.
    this.deps.changes?.take().invalidate(this.cache);
    this.cache.settle();
    return false;
  }

  private forget(): void {
    this.pageMemo = null;
    this.listMemo = null;
    this.cache.clear();
  }

  /**
   * Nothing this memo's read depended on changed since it was taken: no change touched what it read,
   * or the touched elements read exactly as before (a re-render, a ticking clock elsewhere).
   */
  private unchanged<T>(memo: Memo<T> | null, url: URL, changes: Changes | null, adapter: SiteAdapter): boolean {
    if (!memo || memo.href !== url.href || !changes) return false;
    const touched = changes.touched(memo.roots, fieldsOf(adapter));
    return !!touched && (touched.size === 0 || rereadUnchanged(this.cache, touched));
  }

  /** Runs a read through the text cache when changes are tracked (else the cache could not be trusted). */
  private async cachedRead<T>(
    adapter: SiteAdapter,
    read: () => T,
    whole: boolean,
  ): Promise<{ value: T; roots: Set<Node> }> {
    if (!this.deps.changes) return { value: read(), roots: new Set() };
    // A read of the whole page is done in idle-time slices first (the big texts, one by one), so
    // neither it nor the adapter's read after it holds the page up in one long task.
    if (whole && this.deps.idle) await warmTexts(this.doc, fieldsOf(adapter), this.cache, this.deps.idle);
    const value = withTextCache(this.cache, read);
    return { value, roots: this.cache.roots };
  }

  private async pagePass(adapter: SiteAdapter, url: URL, changes: Changes | null): Promise<void> {
    const memo = this.pageMemo;
    if (this.unchanged(memo, url, changes, adapter)) {
      this.mountPageBadge(adapter, url);
      return;
    }
    const whole = !memo || memo.href !== url.href || !!changes?.overflow;
    const { value: result, roots } = await this.cachedRead(adapter, () => safeRead(adapter, this.doc, url), whole);
    if (this.stopped || this.deps.win.location.href !== url.href) return;
    if (!result.ok) {
      this.pageMemo = null;
      const waited = Date.now() - this.since;
      if (waited >= this.deps.graceMs && !this.reported) {
        this.reported = true;
        const structure = safeStructure(this.doc, result.failure);
        await this.deps.send('page:failure', { url: url.href, failure: result.failure, structure });
      } else if (!this.reported && !this.retryArmed) {
        // Late rendering: retry once the grace period is over even if the DOM goes quiet.
        this.retryArmed = true;
        this.deps.setTimeout(
          () => {
            this.retryArmed = false;
            void this.update();
          },
          this.deps.graceMs - waited + 10,
        );
      }
      return;
    }
    // Unchanged text (a re-render, a ticking timestamp) is not sent again.
    const same = !!memo && memo.href === url.href && sameData(memo.value, result.page);
    this.pageMemo = { href: url.href, value: result.page, roots };
    if (!same) {
      let page = result.page;
      if (page.type === 'ticket' && adapter.enrich) page = await enrichSafely(adapter, page, url, this.deps.fetcher);
      const reply = await this.sendPage(page);
      if (this.stopped) return;
      if (reply.ok && this.url === url.href) {
        this.pageBadge = reply.data;
        // The full verdict replaces a card's provisional one when the user goes back to the board.
        this.itemBadges.set(reply.data.sourceId, reply.data);
      } else if (!reply.ok && this.url === url.href) {
        // The background refused or failed: say so on the page rather than showing nothing.
        const sourceId = page.type === 'ticket' ? page.key : page.threadId;
        this.pageBadge = {
          sourceId,
          verdict: 'unknown',
          reason: t('badgePageFailed', { error: reply.error }),
          note: null,
        };
      }
    }
    this.mountPageBadge(adapter, url);
  }

  /**
   * page:read. Over the limits (a 16,384-character Trello title), cut with a marker, never dropped.
   * A long page's leading comments / messages go first as page:part messages, each in an idle slice,
   * so no task of the page's serialises it whole; a background that lost them gets the page whole.
   */
  private async sendPage(page: Thread | Ticket): Promise<Reply<'page:read'>> {
    const fitted = fitPage(page);
    const whole = (): Promise<Reply<'page:read'>> => this.deps.send('page:read', { page: fitted });
    const { head, parts } = splitPage(fitted);
    const idle = this.deps.idle;
    if (!parts.length || !idle) return whole();
    const idleTurn = (): Promise<void> => new Promise((resolve) => idle(resolve));
    const readId = newReadId();
    for (const [index, items] of parts.entries()) {
      await idleTurn();
      if (this.stopped) return { ok: false, error: 'stopped' };
      const sent = await this.deps.send('page:part', { site: page.site, readId, index, items: items as PartItems });
      if (!sent.ok) return whole();
    }
    await idleTurn();
    const reply = await this.deps.send('page:read', { page: head, parts: { readId, count: parts.length } });
    return !reply.ok && reply.error.includes(PARTS_MISSING) ? whole() : reply;
  }

  private mountPageBadge(adapter: SiteAdapter, url: URL): void {
    const info = this.pageBadge;
    if (!info) return;
    let anchor: Element | null;
    try {
      anchor = adapter.badgeAnchor(this.doc, url);
    } catch {
      anchor = null;
    }
    if (!anchor || hasBadge(anchor, info.sourceId)) return;
    mountBadge(anchor, info, this.badgeOptions()).setAttribute('data-page', '');
  }

  private async listPass(adapter: SiteAdapter, url: URL, changes: Changes | null): Promise<void> {
    const memo = this.listMemo;
    if (memo && this.unchanged(memo, url, changes, adapter)) {
      this.mountItemBadges(memo.value);
      return;
    }
    const whole = !memo || memo.href !== url.href || !!changes?.overflow;
    let items: ListItem[];
    try {
      const read = await this.cachedRead(adapter, () => adapter.listItems?.(this.doc, url) ?? [], whole);
      items = read.value;
      for (const it of items) read.roots.add(it.anchor); // a card replaced by the app needs its badge again
      this.listMemo = { href: url.href, value: items, roots: read.roots };
    } catch {
      return;
    }
    if (this.stopped) return;
    const fresh = items.filter((i) => !this.sentKeys.has(i.key));
    for (let i = 0; i < fresh.length; i += BATCH) {
      const batch = fresh.slice(i, i + BATCH);
      for (const it of batch) this.sentKeys.add(it.key);
      const payload = fitListItems(batch.map((it) => ({ key: it.key, title: it.title })));
      const reply = await this.deps.send('list:items', { site: adapter.id, url: url.href, items: payload });
      if (reply.ok) for (const b of reply.data.badges) this.itemBadges.set(b.sourceId, b);
      if (this.stopped) return;
    }
    this.mountItemBadges(items);
  }

  private mountItemBadges(items: ListItem[]): void {
    const opts = this.badgeOptions();
    for (const it of items) {
      const info = this.itemBadges.get(it.key);
      if (!info || !it.anchor.isConnected) continue;
      // Re-render when the verdict changed too (a provisional title verdict replaced by the full one).
      const shown = Array.from(it.anchor.children).find((c) => c.tagName.toLowerCase() === 'scopekeeper-badge');
      if (!hasBadge(it.anchor, info.sourceId) || shown?.getAttribute('data-verdict') !== info.verdict) {
        mountBadge(it.anchor, info, opts);
      }
    }
  }

  private badgeOptions(): { onOpen(sourceId: string): void } {
    return { onOpen: (sourceId) => void this.deps.send('panel:open', { sourceId }) };
  }
}

/** The page's text-free skeleton for the user's bug report; never an exception into the page. */
function safeStructure(doc: Document, failure: ReadFailure): string | undefined {
  try {
    return structureReport(doc, failure);
  } catch {
    return undefined;
  }
}

const FIELDS = new WeakMap<SiteAdapter, Field[]>();
function fieldsOf(adapter: SiteAdapter): Field[] {
  let f = FIELDS.get(adapter);
  if (!f) FIELDS.set(adapter, (f = Object.values(adapter.fields ?? {})));
  return f;
}

async function enrichSafely(adapter: SiteAdapter, page: Ticket, url: URL, fetcher: typeof fetch): Promise<Ticket> {
  try {
    return (await adapter.enrich?.(page, url, fetcher)) ?? page;
  } catch {
    return page;
  }
}

/** One page read's id, to put its parts back together in the background. */
function newReadId(): string {
  return typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`.slice(0, 64);
}
