import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeTitles, projectForList } from '@/lib/background/listJudge';
import type { Project } from '@/lib/db/schemas';
import { emptyScope, parseSow } from '@/lib/scope';

const sow = readFileSync(path.resolve(import.meta.dirname, '../../../scripts/sample-sow.md'), 'utf8');
const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', deletedAt: null };
const project = (id: string, links: Project['links'], extra: Partial<Project> = {}): Project => ({
  id,
  clientId: 'c',
  name: `Project ${id}`,
  status: 'active',
  sowText: sow,
  scope: parseSow(sow),
  rateCard: [],
  links,
  threadIds: [],
  ...stamp,
  ...extra,
});

describe('projectForList', () => {
  const projects = [
    project('jira', [{ site: 'jira', value: 'ACME' }]),
    project('trello', [{ site: 'trello', value: 'AcMe2026' }]),
    project('gh', [{ site: 'github', value: 'acme-outdoor/storefront' }]),
  ];
  it('finds the project by Jira key prefix, board id or repo in the URL, per site', () => {
    expect(
      projectForList(
        'jira',
        'https://x.atlassian.net/jira/software/projects/ACME/boards/12',
        ['ACME-1', 'ACME-2'],
        projects,
      )?.id,
    ).toBe('jira');
    expect(projectForList('trello', 'https://trello.com/b/AcMe2026/acme-website', ['a1b2'], projects)?.id).toBe(
      'trello',
    );
    expect(
      projectForList(
        'github',
        'https://github.com/acme-outdoor/storefront/issues',
        ['acme-outdoor/storefront#4'],
        projects,
      )?.id,
    ).toBe('gh');
  });
  it('finds nothing for other boards, other sites, or deleted projects', () => {
    expect(
      projectForList('jira', 'https://x.atlassian.net/jira/software/projects/OTHER/boards/3', ['OTHER-1'], projects),
    ).toBeNull();
    expect(projectForList('asana', 'https://app.asana.com/0/123/list', ['9'], projects)).toBeNull();
    const gone = [project('jira', [{ site: 'jira', value: 'ACME' }], { deletedAt: '2026-02-01T00:00:00Z' })];
    expect(projectForList('jira', 'https://x.atlassian.net/browse/ACME-1', ['ACME-1'], gone)).toBeNull();
  });
});

describe('judgeTitles', () => {
  it('gives every unopened card a provisional verdict from its title, saying so', async () => {
    const p = project('jira', [{ site: 'jira', value: 'ACME' }]);
    const badges = await judgeTitles(
      [
        { key: 'ACME-117', title: 'Write product descriptions for 40 new SKUs' },
        { key: 'ACME-9', title: '' },
        { key: 'ACME-121', title: 'Store locator map on the contact page' },
        { key: 'ACME-128', title: 'Fix broken links in footer' },
        { key: 'ACME-130', title: 'Minutes from the kickoff call' },
      ],
      p,
      [],
    );
    expect(badges.map((b) => [b.sourceId, b.verdict])).toEqual([
      ['ACME-117', 'out_of_scope'],
      ['ACME-121', 'out_of_scope'],
      ['ACME-128', 'in_scope'],
      ['ACME-130', 'no_request'],
    ]);
    expect(badges[0]!.reason).toContain('judged from the card title only');
    expect(badges[3]!.reason).toContain('a note, not a piece of work');
  });

  it('judges a card title without a verb as the work it names (no silent cards)', async () => {
    const p = project('jira', [{ site: 'jira', value: 'ACME' }]);
    const [badge] = await judgeTitles([{ key: 'ACME-140', title: 'German storefront' }], p, []);
    expect(badge!.verdict).toBe('out_of_scope');
  });

  it('marks a verdict the engine is unsure of as Check, saying so', async () => {
    const p = project('jira', [{ site: 'jira', value: 'ACME' }]);
    const badges = await judgeTitles(
      [
        // A banner update may be content work on the contracted templates or new design: the
        // title alone cannot say.
        { key: 'ACME-150', title: 'Update the homepage banner' },
        { key: 'ACME-151', title: 'Fix broken links in footer' },
        // Photography is one of the SOW's exclusions, named: a sure Out of scope.
        { key: 'ACME-152', title: 'Product photography for the new range' },
        // Packaging on a website project is new work the SOW never names: Out of scope, sure or
        // Check (the 33-set weights put it at 0.65, on the line), never In scope or silent.
        { key: 'ACME-153', title: 'Multipack sleeve holding all four flavours' },
      ],
      p,
      [],
    );
    expect(badges[0]!.check).toBe(true);
    expect(badges[0]!.reason).toContain('unsure');
    expect(badges[1]!.check).toBeUndefined();
    expect(badges[2]).toMatchObject({ verdict: 'out_of_scope' });
    expect(badges[2]!.check).toBeUndefined();
    expect(badges[2]!.reason).not.toContain('unsure');
    expect(badges[3]).toMatchObject({ verdict: 'out_of_scope' });
  });

  it('says nothing when the project has no scope to judge against', async () => {
    const p = project('jira', [], { scope: emptyScope() });
    expect(await judgeTitles([{ key: 'A-1', title: 'Add a store locator' }], p, [])).toEqual([]);
  });
});
