// `npx tsx scripts/sow-fixtures.ts`: writes the sample SOW (scripts/sample-sow.md) as a PDF and as
// a Word file into tests/fixtures/sow/, so the import tests read real files of each kind. Tiny and
// deterministic: rerun it after changing the sample SOW and commit the result.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/sow');
const lines = readFileSync(path.join(ROOT, 'scripts/sample-sow.md'), 'utf8').replace(/\n+$/, '').split('\n');

async function pdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Statement of Work');
  doc.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const size = 8; // the longest line fits the width: one PDF line per SOW line
  let page = doc.addPage([842, 595]);
  let y = 560;
  for (const line of lines) {
    if (y < 40) {
      page = doc.addPage([842, 595]);
      y = 560;
    }
    if (line.trim()) page.drawText(line, { x: 30, y, size, font });
    y -= size * 1.6;
  }
  return doc.save();
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function docx(): Uint8Array {
  const paras = lines.map((line) => {
    const item = /^[-*]\s+(.*)$/.exec(line);
    const text = item ? item[1]! : line;
    const numbering = item ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : '';
    return text ? `<w:p>${numbering}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>` : '<w:p/>';
  });
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const files = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${paras.join('')}</w:body></w:document>`,
    ),
  };
  return zipSync(files, { mtime: new Date('2026-01-01T00:00:00Z') });
}

writeFileSync(path.join(OUT, 'sample-sow.pdf'), await pdf());
writeFileSync(path.join(OUT, 'sample-sow.docx'), docx());
console.log(`Wrote ${path.relative(ROOT, OUT)}/sample-sow.pdf and sample-sow.docx`);
