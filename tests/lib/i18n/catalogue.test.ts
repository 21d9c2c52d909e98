// @vitest-environment node
// The message catalogues (public/_locales/<lang>/messages.json): every locale has every English
// key, with the same placeholders, each used in the message; placeholder contents follow the rule
// t() relies on ($1, $2, ... in the alphabetical order of their names); counted messages come in
// _one/_other pairs; the manifest's texts fit the stores' limits in every language; and no key is
// left unused in the code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/i18n/catalogue';
import { formatMessage } from '@/lib/i18n/catalogue';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LOCALES_DIR = path.join(ROOT, 'public/_locales');
export const LOCALES = ['en', 'de', 'fr', 'es', 'nl'] as const;

const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalogue;
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, read(l)])) as Record<(typeof LOCALES)[number], Catalogue>;
const en = catalogues.en;

/** Names used as $name$ in a message (Chrome matches them case-insensitively). */
const usedNames = (message: string): string[] =>
  [...new Set([...message.replace(/\$\$/g, '').matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

/** Problems of one catalogue against the English one; empty when it is complete and consistent. */
export function catalogueProblems(lang: string, messages: Catalogue, reference: Catalogue): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    const entry = messages[key];
    if (!entry || typeof entry.message !== 'string' || entry.message.trim() === '') {
      problems.push(`${lang}: ${key} is missing`);
      continue;
    }
    const expected = Object.keys(reference[key]!.placeholders ?? {}).sort();
    const declared = Object.keys(entry.placeholders ?? {}).sort();
    if (declared.join() !== expected.join())
      problems.push(`${lang}: ${key} declares placeholders [${declared}], English has [${expected}]`);
    // "$a$$b$" reads as an escaped dollar in Chrome's parser: placeholders need a character between them.
    if (/\$\w+\$\$\w+\$/.test(entry.message)) problems.push(`${lang}: ${key} has two placeholders back to back`);
    if (usedNames(entry.message).join() !== declared.map((n) => n.toLowerCase()).join())
      problems.push(`${lang}: ${key} uses [${usedNames(entry.message)}] in its message, declares [${declared}]`);
    declared.forEach((name, i) => {
      const content = entry.placeholders?.[name]?.content;
      if (content !== `$${i + 1}`) problems.push(`${lang}: ${key}.${name} must be "$${i + 1}", is "${content}"`);
    });
  }
  for (const key of Object.keys(messages)) if (!(key in reference)) problems.push(`${lang}: ${key} is not in English`);
  return problems;
}

describe('message catalogues', () => {
  it('has exactly the five shipped locales, English being the default', () => {
    const dirs = readdirSync(LOCALES_DIR).filter((d) => statSync(path.join(LOCALES_DIR, d)).isDirectory());
    expect(dirs.sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(en).length).toBeGreaterThan(100);
  });

  for (const lang of LOCALES) {
    it(`${lang}: every key, with the same placeholders, each used, in t()'s order`, () => {
      expect(catalogueProblems(lang, catalogues[lang], en)).toEqual([]);
    });
  }

  it('catches a missing key, a dropped placeholder and a stray one', () => {
    const broken: Catalogue = JSON.parse(JSON.stringify(catalogues.de));
    delete broken.cancel;
    broken.askLabel = { message: 'Anfrage', placeholders: broken.askLabel!.placeholders! };
    broken.save = { message: 'Speichern $name$', placeholders: { name: { content: '$1' } } };
    const problems = catalogueProblems('de', broken, en).join('\n');
    expect(problems).toContain('de: cancel is missing');
    expect(problems).toContain('de: askLabel uses []');
    expect(problems).toContain('de: save declares placeholders [name], English has []');
  });

  it('counted messages come in _one/_other pairs, each saying its {count}', () => {
    const keys = Object.keys(en);
    for (const key of keys.filter((k) => /_(one|other)$/.test(k)))
      expect(Object.keys(en[key]!.placeholders ?? {}), key).toContain('count');
    for (const key of keys.filter((k) => k.endsWith('_one'))) expect(keys).toContain(key.replace(/_one$/, '_other'));
    for (const key of keys.filter((k) => k.endsWith('_other'))) expect(keys).toContain(key.replace(/_other$/, '_one'));
  });

  it('keeps the manifest texts within the stores’ limits in every language', () => {
    for (const lang of LOCALES) {
      const c = catalogues[lang];
      expect(c.extName!.message.length, `${lang} name`).toBeLessThanOrEqual(45);
      expect(c.extDescription!.message.length, `${lang} description`).toBeLessThanOrEqual(132);
      expect(c.actionTitle!.message.length, `${lang} action title`).toBeGreaterThan(0);
      expect(c.commandQuickLog!.message.length, `${lang} command`).toBeGreaterThan(0);
    }
  });

  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const file = path.join(ROOT, '.output', build, 'manifest.json');
    it.skipIf(!existsSync(file))(`the built ${build} manifest takes its texts from the catalogue`, () => {
      const m = JSON.parse(readFileSync(file, 'utf8'));
      const action = m.action ?? m.browser_action;
      const command = Object.values(m.commands ?? {})[0] as { description?: string } | undefined;
      expect(m.default_locale).toBe('en');
      expect([m.name, m.description, action?.default_title, command?.description]).toEqual([
        '__MSG_extName__',
        '__MSG_extDescription__',
        '__MSG_actionTitle__',
        '__MSG_commandQuickLog__',
      ]);
      expect(existsSync(path.join(ROOT, '.output', build, '_locales/de/messages.json'))).toBe(true);
    });
  }

  it('substitutes placeholders as browser.i18n does', () => {
    expect(formatMessage(en.linkTo, ['Spring catalogue'])).toBe('Link to “Spring catalogue”');
    expect(formatMessage(catalogues.de.projectOfClient, ['Acme', 'Website'])).toBe('Website (Acme)');
  });

  it('leaves no key unused: each is named in the code (counted ones by their base)', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) sources.push(readFileSync(p, 'utf8'));
      }
    };
    for (const dir of ['components', 'entrypoints', 'lib']) walk(path.join(ROOT, dir));
    const code = sources.join('\n') + readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(en).filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return !code.includes(`'${base}'`) && !code.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });
});
