// store/privacy-policy.html from store/privacy-policy.md: the page to host for the stores' privacy
// policy URL. `npx tsx scripts/privacy-policy-html.ts` rewrites it; a unit test fails when the two
// differ. The converter knows only what the policy uses: headings, paragraphs, "- " lists, **bold**
// and `code`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMain } from '@/lib/cli/main';

export const POLICY_MD = path.resolve(import.meta.dirname, '../store/privacy-policy.md');
export const POLICY_HTML = path.resolve(import.meta.dirname, '../store/privacy-policy.html');

export function policyHtml(markdown: string): string {
  const blocks = markdown.trim().split(/\n\s*\n/);
  const title = blocks[0]!.replace(/^#\s+/, '');
  const body = blocks.map(block).join('\n');
  return `<!doctype html>
<!-- Generated from privacy-policy.md by scripts/privacy-policy-html.ts: edit the Markdown. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { font: 16px/1.6 system-ui, sans-serif; color: #1f1f1f; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.8rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
  code { font-size: 0.9em; background: #f1f3f4; padding: 0 0.2em; border-radius: 3px; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function block(text: string): string {
  const heading = /^(#{1,3})\s+(.*)$/.exec(text);
  if (heading) return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
  if (text.startsWith('- ')) {
    const items = text.split(/\n- /).map((item) => `  <li>${inline(item.replace(/^- /, ''))}</li>`);
    return `<ul>\n${items.join('\n')}\n</ul>`;
  }
  return `<p>${inline(text)}</p>`;
}

function inline(text: string): string {
  return escape(text.replace(/\s*\n\s*/g, ' '))
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`(.+?)`/g, '<code>$1</code>');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

if (isMain(import.meta.url)) {
  writeFileSync(POLICY_HTML, policyHtml(readFileSync(POLICY_MD, 'utf8')));
  console.log(`Wrote ${path.relative(process.cwd(), POLICY_HTML)}`);
}
