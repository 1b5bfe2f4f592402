// Writes the small hostile inputs of test/bad/ (run once; the files are committed). Each case's
// expected error code is in test/bad/cases.json; the large ones are made at test time by
// test/bad/hostile.mjs.
import { copyFileSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { docxOf, W_NS } from '../test/bad/hostile.mjs';

const dir = new URL('../test/bad/', import.meta.url);
const write = (name, bytes) => writeFileSync(new URL(name, dir), bytes);
const utf8 = (text) => new TextEncoder().encode(text);

const docx = docxOf;
const W = W_NS;

// 200 MB of one byte deflated into word/document.xml: a classic zip bomb (~200 KB on disk)
const bomb = new Uint8Array(200 * 1024 * 1024).fill(0x20);
write('zip-bomb.docx', await docxOf(bomb, 9));

// billion laughs: entities that expand exponentially if a parser expands them
const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
write('billion-laughs.docx', await docx(`<?xml version="1.0"?><!DOCTYPE w:document [${laughs}]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`));

// 100,000 nested elements
// stored, not deflated, so the depth check (not the compression-ratio check) has to catch it
write('deep-nesting.docx', await docx(`<?xml version="1.0"?><w:document ${W}><w:body>${'<w:sdt><w:sdtContent>'.repeat(20_000)}${'</w:sdtContent></w:sdt>'.repeat(20_000)}</w:body></w:document>`, 0));
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

// markdown that nests without end: 2,000 list levels on one line, 10 KB of ">", 100,000 "[" before "]("
write('nested-lists.md', utf8(`# 实施方案\n\n${'- '.repeat(2000)}到2025年达到85%\n`));
write('nested-quotes.md', utf8(`# 实施方案\n\n${'>'.repeat(10 * 1024)} 到2025年达到85%\n`));
write('open-brackets.md', utf8(`# 实施方案\n\n${'['.repeat(100_000)}](\n`));
// XML that xmldom reads in superlinear time: 40,000 paragraphs and the body never closed; 40,000
// tags never ended by ">"
write('unclosed-paragraphs.docx', await docx(`<?xml version="1.0"?><w:document ${W}><w:body>${'<w:p/>'.repeat(40_000)}`, 9));
write('unterminated-tags.docx', await docx(`<?xml version="1.0"?><w:document ${W}><w:body>${'<w:p'.repeat(40_000)}`, 9));

/**
 * A compound file (MS-CFB v3, 512-byte sectors) holding the given streams, each padded to 4096
 * bytes or more so that all live in ordinary sectors (no mini stream): enough structure for a
 * reader to list it. Layout: FAT, directory, then each stream's sectors in turn.
 */
function compoundFile(streams) {
  const SECTOR = 512;
  const sectorsOf = (bytes) => Math.ceil(bytes.length / SECTOR);
  const fat = [0xfffffffd, 0xfffffffe]; // sector 0: the FAT, sector 1: the directory
  const starts = streams.map(([, bytes]) => {
    const start = fat.length;
    for (let sector = 1; sector < sectorsOf(bytes); sector++) fat.push(start + sector);
    fat.push(0xfffffffe);
    return start;
  });
  if (fat.length > SECTOR / 4) throw new Error('compoundFile: one FAT sector only');
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  for (let index = 0; index < 109; index++) header.writeUInt32LE(index === 0 ? 0 : 0xffffffff, 76 + index * 4);
  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((value, index) => fatSector.writeUInt32LE(value >>> 0, index * 4));
  const directory = Buffer.alloc(SECTOR);
  const entry = (index, name, type, start, size, child = 0xffffffff, right = 0xffffffff) => {
    const at = index * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(directory, at);
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory[at + 66] = type;
    directory[at + 67] = 1; // black
    directory.writeUInt32LE(0xffffffff, at + 68); // left sibling
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start >>> 0, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  // the root's child is the first stream; the others hang to its right (names sort by length first)
  entry(0, 'Root Entry', 5, 0xfffffffe, 0, 1);
  streams.forEach(([name, bytes], index) => entry(index + 1, name, 2, starts[index], bytes.length, 0xffffffff, index + 1 < streams.length ? index + 2 : 0xffffffff));
  for (let index = streams.length + 1; index < 4; index++) {
    directory.writeUInt32LE(0xffffffff, index * 128 + 68);
    directory.writeUInt32LE(0xffffffff, index * 128 + 72);
    directory.writeUInt32LE(0xffffffff, index * 128 + 76);
  }
  const bodies = streams.map(([, bytes]) => Buffer.concat([bytes, Buffer.alloc(sectorsOf(bytes) * SECTOR - bytes.length)]));
  return Buffer.concat([header, fatSector, directory, ...bodies]);
}

// A password-protected .docx as Office writes it (MS-OFFCRYPTO agile encryption): not a zip but a
// compound file with EncryptionInfo and EncryptedPackage streams. The XML is the real descriptor's
// shape (padded to 4096 bytes, see compoundFile); the package is 8 KB of noise after its size field.
const encryptionXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
  'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" ' +
  'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
  '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" ' +
  'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
  'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>';
const encryptionInfo = Buffer.alloc(4096, 0x20);
Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]).copy(encryptionInfo);
Buffer.from(encryptionXml, 'utf8').copy(encryptionInfo, 8);
const encryptedPackage = Buffer.from(Uint8Array.from({ length: 8192 }, (_, i) => ((i + 1) * 2654435761) >>> 24));
encryptedPackage.writeBigUInt64LE(4313n, 0);
write('encrypted.docx', compoundFile([['EncryptionInfo', encryptionInfo], ['EncryptedPackage', encryptedPackage]]));

// encrypted.doc: a Word 97 file LibreOffice saved with a password (scripts/make-fixtures.sh)
for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf', 'truncated.docx', 'encrypted.doc']) {
  copyFileSync(new URL(`../test/readers/fixtures/${name}`, import.meta.url), new URL(name, dir));
}
console.log('wrote test/bad/');
