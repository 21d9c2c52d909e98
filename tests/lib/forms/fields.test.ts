import { describe, expect, it } from 'vitest';
import { findDomainClash, parseDomains, parseLinks, parseMoney } from '@/lib/forms/fields';
import { checkProjectForm, valuesFromProject } from '@/lib/forms/projectForm';
import { draftFromScope, scopeFromDraft } from '@/lib/forms/scopeDraft';
import { client, project } from '../../factories/workspace';

describe('parseLinks', () => {
  it('reads site:value pairs, values may hold colons and slashes', () => {
    expect(parseLinks('jira:ACME, github:org/repo\ntrello:AbCd12, linear: ENG ')).toEqual({
      ok: true,
      value: [
        { site: 'jira', value: 'ACME' },
        { site: 'github', value: 'org/repo' },
        { site: 'trello', value: 'AbCd12' },
        { site: 'linear', value: 'ENG' },
      ],
    });
    expect(parseLinks('asana:12:34')).toEqual({ ok: true, value: [{ site: 'asana', value: '12:34' }] });
    expect(parseLinks('')).toEqual({ ok: true, value: [] });
  });
  it('names what is wrong', () => {
    expect(parseLinks('ACME')).toMatchObject({ ok: false, error: expect.stringContaining('needs a tool and an id') });
    expect(parseLinks('jira:')).toMatchObject({ ok: false });
    expect(parseLinks('gitlab:org/repo')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a supported tool'),
    });
  });
});

describe('parseDomains and clashes', () => {
  it('normalises and de-duplicates', () => {
    expect(parseDomains(' Acme.com; @acme.co.uk https://acme.com/ ')).toEqual({
      ok: true,
      value: ['acme.com', 'acme.co.uk'],
    });
    expect(parseDomains('acme')).toMatchObject({ ok: false });
  });
  it('finds a domain owned by another live client only', () => {
    const a = client({ name: 'A', domains: ['a.com'] });
    const gone = client({ name: 'Gone', domains: ['b.com'], deletedAt: '2026-01-01T00:00:00Z' });
    expect(findDomainClash(['a.com'], [a, gone], null)).toMatch(/a.com already belongs to A/);
    expect(findDomainClash(['a.com'], [a], a.id)).toBeNull();
    expect(findDomainClash(['b.com'], [a, gone], null)).toBeNull();
  });
});

describe('parseMoney', () => {
  it('gives exact minor units', () => {
    expect(parseMoney('150')).toEqual({ ok: true, value: 15000 });
    expect(parseMoney('0.29')).toEqual({ ok: true, value: 29 });
    expect(parseMoney('$1,234.5')).toEqual({ ok: true, value: 123450 });
  });
  it('refuses negative, empty and text', () => {
    for (const bad of ['-5', '', 'abc', '1.234.5x']) expect(parseMoney(bad).ok).toBe(false);
  });
});

describe('project form round trip', () => {
  it('a stored project reads back into the same record fields', () => {
    const c = client();
    const p = project(c.id, { links: [{ site: 'jira', value: 'ACME' }] });
    const checked = checkProjectForm(valuesFromProject(p, [c]), [c], p);
    expect(checked.errors).toEqual({});
    expect(checked.save?.client.id).toBe(c.id);
    expect(checked.save?.project.scope).toEqual(p.scope);
    expect(checked.save?.project.rateCard).toEqual(p.rateCard);
    expect(checked.save?.project.links).toEqual(p.links);
  });
  it('scope numbers are checked', () => {
    const d = draftFromScope(project(client().id).scope);
    const bad = scopeFromDraft({
      ...d,
      meta: { ...d.meta, revisionRounds: '2.5', currency: 'dollars', hourlyRate: 'x' },
    });
    expect(bad.scope).toBeNull();
    expect(Object.keys(bad.errors).sort()).toEqual(['currency', 'hourlyRate', 'revisionRounds']);
  });
});
