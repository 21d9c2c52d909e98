// store/ is what the Chrome Web Store, AMO and Edge are given. These tests keep it true to the
// manifest: every permission and host wxt.config.ts declares is justified there (and nothing
// else), the texts fit the stores' limits, and the images have the sizes the stores take.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { POLICY_HTML, POLICY_MD, policyHtml } from '../../scripts/privacy-policy-html';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STORE = path.join(ROOT, 'store');
const read = (file: string) => readFileSync(path.join(STORE, file), 'utf8');

interface Manifest {
  description?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

function configManifest(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest as unknown as (env: object) => Manifest;
  return manifest({ browser, manifestVersion: browser === 'firefox' ? 2 : 3, mode: 'production', command: 'build' });
}

/** Everything a manifest asks for: API permissions and host patterns, required or optional. */
function asked(m: Manifest): string[] {
  return [
    ...(m.permissions ?? []),
    ...(m.optional_permissions ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ];
}

/** `### \`name\`` headings of store/permissions.md with the text under each. */
function justifications(): Map<string, string> {
  const sections = read('permissions.md').split(/^### /m).slice(1);
  return new Map(
    sections.map((s) => {
      const [heading = '', ...body] = s.split('\n');
      const name = /^`([^`]+)`/.exec(heading)?.[1] ?? heading;
      return [name, body.join('\n').split(/^## /m)[0]!.trim()];
    }),
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** `__MSG_key__` (once the manifest is localised) resolves to the English message. */
function resolveMessage(text: string): string {
  const key = /^__MSG_(\w+)__$/.exec(text)?.[1];
  if (!key) return text;
  const messages = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
  return messages[key]?.message ?? messages[key.toLowerCase()]?.message ?? text;
}

describe('store listing', () => {
  it('justifies every permission and host wxt.config.ts declares, for Chrome and Firefox, and nothing else', () => {
    const declared = new Set([...asked(configManifest('chrome')), ...asked(configManifest('firefox'))]);
    const justified = justifications();
    const missing = [...declared].filter((p) => !justified.has(p));
    const stale = [...justified.keys()].filter((p) => !declared.has(p));
    expect(missing, 'declared in wxt.config.ts but not justified in store/permissions.md').toEqual([]);
    expect(stale, 'justified in store/permissions.md but no longer declared').toEqual([]);
    for (const [name, text] of justified) {
      expect(text.length, `justification of ${name}`).toBeGreaterThan(40);
      expect(text.length, `justification of ${name} fits the store's 1,000-character field`).toBeLessThanOrEqual(1000);
    }
  });

  for (const build of ['chrome-mv3', 'firefox-mv2']) {
    const file = path.join(ROOT, '.output', build, 'manifest.json');
    it.skipIf(!existsSync(file))(`justifies everything the built ${build} manifest asks for`, () => {
      const built = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
      const justified = justifications();
      expect(asked(built).filter((p) => !justified.has(p))).toEqual([]);
    });
  }

  it('has a one-line summary within the Chrome Web Store limit that is the manifest description', () => {
    const summary = read('short-description.txt').trim();
    expect(summary).not.toContain('\n');
    expect(summary.length).toBeLessThanOrEqual(132);
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(resolveMessage(configManifest(browser).description ?? '')).toBe(summary);
    }
  });

  it('has a long description and a single-purpose statement within the stores’ limits', () => {
    const description = read('description.txt');
    expect(description.length).toBeGreaterThan(250); // Edge's minimum
    expect(description.length).toBeLessThanOrEqual(16_000);
    const purpose = read('single-purpose.txt').trim();
    expect(purpose.length).toBeGreaterThan(40);
    expect(purpose.length).toBeLessThanOrEqual(1000);
  });

  it('answers the privacy questions, has reviewer notes with the build steps, and says Edge takes the Chrome package', () => {
    expect(read('privacy-practices.md')).toMatch(/No, I am not using remote code/);
    const notes = read('amo-reviewer-notes.md');
    for (const step of ['npm ci', 'npm run build:firefox', '.output/firefox-mv2/', 'Node.js 20']) {
      expect(notes).toContain(step);
    }
    expect(read('README.md')).toMatch(/Edge uses the Chrome package/);
  });

  it('keeps privacy-policy.html generated from privacy-policy.md', () => {
    const expected = policyHtml(readFileSync(POLICY_MD, 'utf8'));
    expect(readFileSync(POLICY_HTML, 'utf8'), 'run `npx tsx scripts/privacy-policy-html.ts`').toBe(expected);
  });

  it('has 1280x800 screenshots (at most 5, as Chrome takes) and the 440x280 promo tile', () => {
    const shots = readdirSync(path.join(STORE, 'screenshots')).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThan(0);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots) {
      expect(pngSize(path.join(STORE, 'screenshots', shot)), shot).toEqual({ width: 1280, height: 800 });
    }
    expect(pngSize(path.join(STORE, 'promo-tile-440x280.png'))).toEqual({ width: 440, height: 280 });
  });
});
