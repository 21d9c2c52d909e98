// A PDF and a Word SOW import and parse as their text version does (fixtures written by
// scripts/sow-fixtures.ts from scripts/sample-sow.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';
import { docxText } from '@/lib/sowimport/docx';
import { pdfText } from '@/lib/sowimport/pdf';
import { readSowFile, sowFileKind } from '@/lib/sowimport';

// pdf.js needs Promise.withResolvers, which browsers have and Node 20 does not.
const P = Promise as unknown as { withResolvers?: () => unknown };
P.withResolvers ??= () => {
  let resolve!: (v: unknown) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const root = process.cwd();
const md = readFileSync(path.join(root, 'scripts/sample-sow.md'), 'utf8');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/sow', name)));

describe('SOW import', () => {
  it('reads a Word SOW into the same scope as its text', () => {
    const text = docxText(fixture('sample-sow.docx'));
    expect(text).toContain('STATEMENT OF WORK');
    expect(parseSow(text)).toEqual(parseSow(md));
  });

  it('reads a PDF SOW’s text layer into the same scope as its text', async () => {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const text = await pdfText(fixture('sample-sow.pdf'), lib as never);
    expect(parseSow(text)).toEqual(parseSow(md));
  });

  it('explains a file it cannot read, and changes nothing', async () => {
    expect(() => docxText(strToU8('not a zip'))).toThrow(/not a Word document/);
    expect(() => docxText(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/word\/document.xml is missing/);
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await expect(pdfText(strToU8('%PDF-nonsense'), lib as never)).rejects.toThrow(/could not be opened/);
    expect(sowFileKind('SOW.PDF')).toBe('pdf');
    expect(sowFileKind('sow.docx')).toBe('docx');
    expect(sowFileKind('notes.md')).toBe('text');
    const r = await readSowFile(new File(['x'], 'sow.pages'));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^sow\.pages: not a SOW file .*PDF, Word/) });
  });
});
