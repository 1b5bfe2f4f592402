// Writes the hostile inputs of test/bad/ (run once; the files are committed). Each case's expected
// error code is in test/bad/cases.json.
import { copyFileSync, writeFileSync } from 'node:fs';
import { deflateSync, zipSync } from 'fflate';

const dir = new URL('../test/bad/', import.meta.url);
const write = (name, bytes) => writeFileSync(new URL(name, dir), bytes);
const utf8 = (text) => new TextEncoder().encode(text);

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (documentXml, level = 6) =>
  zipSync({ '[Content_Types].xml': utf8(CONTENT_TYPES), '_rels/.rels': utf8(RELS), 'word/document.xml': utf8(documentXml) }, { level });

// 200 MB of one byte deflated into word/document.xml: a classic zip bomb (~200 KB on disk)
const bomb = new Uint8Array(200 * 1024 * 1024).fill(0x20);
write('zip-bomb.docx', zipSync({ '[Content_Types].xml': utf8(CONTENT_TYPES), '_rels/.rels': utf8(RELS), 'word/document.xml': bomb }, { level: 9 }));

// billion laughs: entities that expand exponentially if a parser expands them
const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
write('billion-laughs.docx', docx(`<?xml version="1.0"?><!DOCTYPE w:document [${laughs}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`));

// 100,000 nested elements
// stored, not deflated, so the depth check (not the compression-ratio check) has to catch it
write('deep-nesting.docx', docx(`<?xml version="1.0"?><w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(20_000)}${'</w:sdtContent></w:sdt>'.repeat(20_000)}</w:body></w:document>`, 0));
write('deep-nesting.html', utf8(`<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}一、总体要求${'</div>'.repeat(100_000)}</body></html>`));

write('not-a-docx.zip', zipSync({ 'readme.txt': utf8('这不是一个Word文档') }));
write('empty.txt', new Uint8Array(0));
write('whitespace-only.txt', utf8(' \n\t\n\u3000\n'));
write('random.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
write('ole-garbage.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(2000).fill(7)]));
write('pdf-header-only.pdf', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<'));
// a PDF whose open action is JavaScript: it must be read (or refused) without running anything
write(
  'javascript.pdf',
  utf8(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n4 0 obj<</S/JavaScript/JS(app.alert\\("pwned"\\); require\\("fs"\\))>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
  ),
);
// one 1.3 MB line of markers and numbers: must stay linear
write('pathological-line.txt', utf8(`${'（一）1.（1）①到20'.repeat(50_000)}`));
// a docx that is really a renamed text file, and a text file whose bytes are UTF-16 noise
write('text-named-docx.docx', utf8('一、总体要求\n坚持以人民健康为中心。\n'));
write('bad-utf16.txt', Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 4000 }, (_, i) => (i % 2 ? 0xd8 : 0x00))]));

for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'truncated.docx']) {
  copyFileSync(new URL(`../test/readers/fixtures/${name}`, import.meta.url), new URL(name, dir));
}
void deflateSync;
console.log('wrote test/bad/');
