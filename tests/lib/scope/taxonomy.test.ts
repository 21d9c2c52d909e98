import { describe, expect, it, vi } from 'vitest';
import { concept, conceptCount, conceptIdsIn, conceptsIn } from '@/lib/scope/taxonomy';
import phraseIndexFile from '@/lib/scope/taxonomy/phrase-index.json';
import { buildPhraseIndex, encodePhraseIndex } from '@/lib/scope/taxonomy';
import { lightWords, tokenize } from '@/lib/scope/tokens';

describe('the taxonomy of agency work', () => {
  it('is large and every broader concept exists', () => {
    expect(conceptCount()).toBeGreaterThan(1000);
    for (const id of conceptIdsIn('white paper, instagram reels in spanish, a checkout page')) {
      for (const b of concept(id)!.ancestors) expect(concept(b)).toBeDefined();
    }
  });

  it('builds its concept table in steps for a warm-up, the same table as at once', async () => {
    vi.resetModules();
    const fresh = await import('@/lib/scope/taxonomy');
    let steps = 0;
    for (const _ of fresh.buildConceptTable()) steps++;
    expect(steps).toBeGreaterThan(4);
    expect([...fresh.buildConceptTable()]).toHaveLength(0);
    expect(fresh.conceptCount()).toBe(conceptCount());
    expect(fresh.concept('white-paper')).toEqual(concept('white-paper'));
  });

  it('reads kinds of work in the words people use, plurals included', () => {
    const ids = conceptIdsIn('Could you also write a white paper and a few Instagram reels in Spanish?');
    expect(ids).toEqual(expect.arrayContaining(['white-paper', 'instagram-reel', 'lang-spanish']));
  });

  it('takes the longest phrase at each position, with no overlaps between positions', () => {
    const hits = conceptsIn(tokenize('a landing page template and a landing page'));
    const spans = [...new Map(hits.map((h) => [h.from, h.to])).entries()].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    // Several concepts may share one phrase; they share its span too.
    for (const h of hits) expect(h.to).toBe(spans.find(([from]) => from === h.from)![1]);
  });

  it('knows a kind of a thing from a sibling: a reel is short-form video, a white paper is not a blog post', () => {
    expect(concept('instagram-reel')!.ancestors).toContain('short-form-video');
    expect(concept('white-paper')!.specificAncestors).not.toContain('blog-post');
  });

  it('marks short words that may mean several things as ambiguous', () => {
    const hits = conceptsIn(tokenize('the app'));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.ambiguous || h.id === 'mobile-app')).toBe(true);
  });
});

describe('the precomputed phrase index', () => {
  it('is what agency-work.json gives today (run `npm run scope -- taxonomy` after editing the taxonomy)', () => {
    expect(encodePhraseIndex(buildPhraseIndex())).toEqual(phraseIndexFile);
  });

  it('reads labels as the tokenizer does', () => {
    for (const label of ['Landing pages', "Client's logos", 'UX/UI audits', 'e-commerce', '1,200 SKUs', 'Café menus'])
      expect(lightWords(label)).toEqual(tokenize(label).map((t) => t.light));
  });
});
