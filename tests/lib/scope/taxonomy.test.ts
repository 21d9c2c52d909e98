import { describe, expect, it } from 'vitest';
import { concept, conceptCount, conceptIdsIn, conceptsIn } from '@/lib/scope/taxonomy';
import { tokenize } from '@/lib/scope/tokens';

describe('the taxonomy of agency work', () => {
  it('is large and every broader concept exists', () => {
    expect(conceptCount()).toBeGreaterThan(1000);
    for (const id of conceptIdsIn('white paper, instagram reels in spanish, a checkout page')) {
      for (const b of concept(id)!.ancestors) expect(concept(b)).toBeDefined();
    }
  });

  it('reads kinds of work in the words people use, plurals included', () => {
    const ids = conceptIdsIn('Could you also write a white paper and a few Instagram reels in Spanish?');
    expect(ids).toEqual(expect.arrayContaining(['white-paper', 'instagram-reel', 'lang-spanish']));
  });

  it('takes the longest phrase at each position, with no overlaps', () => {
    const hits = conceptsIn(tokenize('a landing page template'));
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.from).toBeGreaterThanOrEqual(hits[i - 1]!.to);
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
