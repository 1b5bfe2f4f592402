#!/usr/bin/env bash
# Regenerates the format variants of the corpus (corpus/variants/) and the hostile reader fixtures
# (test/readers/fixtures/) with real tools. The outputs are committed; tests never call these tools.
#
# Needs Debian packages: pandoc libreoffice-writer-nogui poppler-utils qpdf fonts-wqy-microhei
# (a CJK font, so LibreOffice's PDFs carry real glyphs and a ToUnicode map) and python3, node.
#   apt-get update && apt-get install -y pandoc libreoffice-writer-nogui poppler-utils qpdf fonts-wqy-microhei
set -euo pipefail
cd "$(dirname "$0")/.."

S1=corpus/001_c38e02297bde183b
S2=corpus/002_60fe525e5aed4196
S3=corpus/003_186f3881ae8b0189
S4=corpus/004_6b15a1fe4b379702
OUT=corpus/variants
BAD=test/readers/fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT" "$BAD"
export SOURCE_DATE_EPOCH=1700000000

fixture() { # fixture FORMAT INPUT DESTDIR [INFILTER]: DESTDIR/<INPUT's name>.FORMAT by LibreOffice
  local filter=() name
  [ -n "${4:-}" ] && filter=(--infilter="$4")
  soffice -env:UserInstallation=file://"$WORK"/lo --headless "${filter[@]}" --convert-to "$1" --outdir "$WORK" "$2" >/dev/null
  name=$(basename "${2%.*}").$1
  cp "$WORK/$name" "$3/$name"
}

# --- encodings and script --------------------------------------------------------------------
iconv -f UTF-8 -t GB18030 "$S1.txt" >"$OUT/001_c38e02297bde183b.gb18030.txt"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$S1.txt"; } >"$OUT/001_c38e02297bde183b.utf16le.txt"
{ printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$S4.txt"; } >"$OUT/004_6b15a1fe4b379702.utf16be.txt"
node --input-type=module -e "
  import { readFileSync, writeFileSync } from 'node:fs';
  import * as OpenCC from 'opencc-js';
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  writeFileSync('$OUT/001_c38e02297bde183b.trad.txt', toTraditional(readFileSync('$S1.txt', 'utf8')));
"

# --- HTML sources for pandoc and the saved web page --------------------------------------------
python3 - "$S1.txt" "$S2.txt" "$WORK" "$OUT" <<'PY'
import html, re, sys
s1, s2, work, out = sys.argv[1:5]
lines1 = [l.strip() for l in open(s1, encoding='utf-8').read().splitlines()]
lines1 = [l for l in lines1 if l]
title1 = '自治州推动公立医院高质量发展实施方案'

def level(line):
    # "一、指导思想" → 2, "（一）坚持和加强党…" → 3 (short lines only: a heading, not a body paragraph)
    if len(line) > 40 or '。' in line:
        return 0
    if re.match(r'^[一二三四五六七八九十]+、', line):
        return 2
    if re.match(r'^[（(][一二三四五六七八九十]+[）)]', line):
        return 3
    return 1 if line == title1 else 0

# 001-styled: heading styles on the title and the outline headings (pandoc maps h1–h3 to Heading 1–3)
body = []
for line in lines1:
    depth = level(line)
    tag = f'h{depth}' if depth else 'p'
    body.append(f'<{tag}>{html.escape(line)}</{tag}>')
open(f'{work}/001-styled.html', 'w', encoding='utf-8').write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n' + '\n'.join(body) + '\n</body></html>\n')

# 001 as a saved government page: chrome around a TRS-style content div, script and style that must be ignored
page = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
        f'<title>{title1}_克孜勒苏柯尔克孜自治州人民政府</title>',
        '<style>.nav li { float: left } /* 一、样式 */</style>',
        '<script>var columnName = "一、政务公开"; document.write("（一）脚本");</script>',
        '</head>', '<body>',
        '<header class="top"><div class="logo">克孜勒苏柯尔克孜自治州人民政府</div>',
        '<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a></li></ul></nav>',
        '</header>',
        '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>',
        '<div class="main">',
        f'<h1 class="article-title">{title1}</h1>',
        '<div class="info"><span>来源：自治州人民政府办公室</span><span>发布时间：2022-06-01</span><span>浏览次数：<script>count()</script></span></div>',
        '<div class="TRS_Editor" id="zoom">']
for line in lines1:
    depth = level(line)
    if depth == 1:
        page.append(f'<p style="text-align:center"><strong>{html.escape(line)}</strong></p>')
    elif depth:
        page.append(f'<h{depth + 1}>{html.escape(line)}</h{depth + 1}>')
    else:
        page.append(f'<p style="text-indent:2em">{html.escape(line)}</p>')
page += ['</div>', '<div class="share">分享到：微信 微博</div>', '</div>',
         '<aside class="related"><h3>相关文件</h3><ul><li><a href="/a">关于印发某某方案的通知</a></li></ul></aside>',
         '<footer><p>主办：克孜勒苏柯尔克孜自治州人民政府办公室</p><p>新ICP备00000000号</p></footer>',
         '</body>', '</html>']
open(f'{out}/001_c38e02297bde183b.html', 'w', encoding='utf-8').write('\n'.join(page) + '\n')

# 002 as a real Word table: the tab-table's cells grouped into rows the way readers/tabtable.ts does
# "[bookmark: _GoBack]" is an export artefact of the text, not content (readers/tabtable.ts drops it too)
lines2 = [re.sub(r'\[bookmark:[^\]]*\]', '', l) for l in open(s2, encoding='utf-8').read().splitlines()]
before, cells, gaps = [], [], []
gap = False
for line in lines2:
    if line.strip() == '':
        gap = True
        continue
    if line.startswith('\t'):
        cells.append(line[1:].strip()); gaps.append(gap)
    elif cells:
        cells[-1] += line.strip()
    else:
        before.append(line.strip())
    gap = False
width = next(i for i in range(1, len(cells)) if gaps[i])
rows, row, expected = [cells[:width]], [], 1
for cell in cells[width:]:
    if row and (len(row) >= width or (len(row) >= 2 and cell == str(expected))):
        rows.append(row); row = []
    if not row and cell.isdigit():
        expected = int(cell) + 1
    row.append(cell)
rows.append(row)
def tr(row, tag):
    row = row + [''] * (width - len(row))
    return '<tr>' + ''.join(f'<{tag}>{html.escape(c)}</{tag}>' for c in row) + '</tr>'
table = ['<table>', '<thead>', tr(rows[0], 'th'), '</thead>', '<tbody>'] + [tr(r, 'td') for r in rows[1:]] + ['</tbody>', '</table>']
open(f'{work}/002.html', 'w', encoding='utf-8').write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n'
    + ''.join(f'<p>{html.escape(l)}</p>\n' for l in before if l) + '\n'.join(table) + '\n</body></html>\n')
PY

# --- docx ---------------------------------------------------------------------------------------
# 001: LibreOffice's text import, one Normal-style paragraph per line (most government docx look like this)
cp "$S1.txt" "$WORK/001_c38e02297bde183b.txt"
fixture docx "$WORK/001_c38e02297bde183b.txt" "$OUT" 'Text (encoded):UTF8,LF,,,'
pandoc -f html -t docx -o "$OUT/001_c38e02297bde183b-styled.docx" "$WORK/001-styled.html"
pandoc -f html -t docx -o "$OUT/002_60fe525e5aed4196.docx" "$WORK/002.html"
# a Word document saved with a .txt name: sniffing by content must still read it as docx
cp "$OUT/001_c38e02297bde183b.docx" "$OUT/001_c38e02297bde183b.mislabelled.txt"

# --- pdf ----------------------------------------------------------------------------------------
# 001: LibreOffice lays the docx out on A4, so long paragraphs wrap and blank paragraphs leave gaps
fixture pdf "$OUT/001_c38e02297bde183b.docx" "$OUT"

# 002: the Word table laid out by LibreOffice: cells wrap inside narrow columns, rows break across
# pages and the header row repeats at the top of each page (readers/pdf-table.ts)
fixture pdf "$OUT/002_60fe525e5aed4196.docx" "$OUT"

# 003: the source is text from a PDF, hard-wrapped at ~28 characters (30 em at most); lay each line out again in
# 14 pt type, so every source line fits the 16 cm measure, with a running header and a "- N -" page-number footer, as printed 红头文件 have
python3 - "$S3.txt" "$WORK/003_186f3881ae8b0189.fodt" <<'PY'
import html, sys
src, dst = sys.argv[1:3]
lines = [l.strip() for l in open(src, encoding='utf-8').read().splitlines() if l.strip()]
paras = '\n'.join(f'<text:p text:style-name="Body">{html.escape(l)}</text:p>' for l in lines)
open(dst, 'w', encoding='utf-8').write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties style:font-name="WenQuanYi Micro Hei" fo:font-size="14pt"
     style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="WenQuanYi Micro Hei" fo:font-size="10pt"
     style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="10pt"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
     fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="Furniture">维西县人民政府办公室文件</text:p></style:header>
   <style:footer><text:p text:style-name="Furniture">- <text:page-number text:select-page="current">1</text:page-number> -</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
{paras}
 </office:text></office:body>
</office:document>
''')
PY
fixture pdf "$WORK/003_186f3881ae8b0189.fodt" "$OUT"

# --- a work list laid out another way, for readers/pdf-table.ts ---------------------------------
# columns in another order and wording (序号/任务/牵头单位/配合单位/时间节点), a header cell that wraps
# ("时间" over "节点"), centred headers over left-aligned cells, cells centred vertically (the 序号
# sits mid-row), category rows merged across the table, and a paragraph after it. The committed HTML
# (test/readers/fixtures/worklist-columns.html) is the text original the PDF must agree with
# (test/readers/pdf-table.test.ts); this only lays it out.
fixture pdf "$BAD/worklist-columns.html" "$BAD" 'HTML (StarWriter)'

# --- markers behind decoration, quotes of every kind (test/normalize/decoration-formats.test.ts) -
# bullets, dashes and markdown markup before 一、（一）1., and ”…” / "…" quotes: the committed HTML and
# markdown are the originals, Word and PDF are LibreOffice's conversions of the HTML
DECO=test/normalize/fixtures
fixture docx "$DECO/decorated.html" "$DECO" 'HTML (StarWriter)'
fixture pdf "$DECO/decorated.html" "$DECO" 'HTML (StarWriter)'

# --- hostile fixtures for the readers' errors ---------------------------------------------------
# encrypted: a user password is needed to open it
qpdf --encrypt secret owner 256 -- "$OUT/001_c38e02297bde183b.pdf" "$BAD/encrypted.pdf"
# a password-protected Word 97 file (the FIB's fEncrypted bit): LibreOffice's UNO API, since
# --convert-to takes no password (needs python3-uno, which comes with libreoffice-writer-nogui)
/usr/bin/python3 - "$S1.txt" "$BAD/encrypted.doc" "$WORK" <<'PY'
import os, subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
source, target, work = (os.path.abspath(arg) for arg in sys.argv[1:4])
office = subprocess.Popen(['soffice', f'-env:UserInstallation=file://{work}/lo-uno', '--headless', '--norestore',
                           '--accept=socket,host=127.0.0.1,port=2202;urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
for _ in range(120):
    try:
        context = resolver.resolve('uno:socket,host=127.0.0.1,port=2202;urp;StarOffice.ComponentContext'); break
    except Exception:
        time.sleep(0.5)
desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0,
                                        (prop('Hidden', True), prop('FilterName', 'Text (encoded)'), prop('FilterOptions', 'UTF8,LF,,,')))
document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'MS Word 97'), prop('Password', 'secret')))
document.close(True)
try:
    desktop.terminate()
except Exception:
    pass
try:
    office.wait(timeout=20)
except subprocess.TimeoutExpired:
    office.kill()
PY
# scanned: page 1 rendered to pixels and wrapped as an image-only PDF (no text operators at all)
pdftoppm -r 50 -f 1 -l 2 -gray "$OUT/001_c38e02297bde183b.pdf" "$WORK/scan"
python3 - "$BAD/scanned.pdf" "$WORK"/scan-*.pgm <<'PY'
import sys, zlib
dst, pages = sys.argv[1], sys.argv[2:]
def pgm(path):
    data = open(path, 'rb').read()
    parts = data.split(maxsplit=4)  # P5 width height maxval pixels
    return int(parts[1]), int(parts[2]), parts[4]
objects = []  # bodies of objects 1..n
def add(body):
    objects.append(body); return len(objects)
catalog = add(None); pages_id = add(None)
kids = []
for path in pages:
    w, h, pixels = pgm(path)
    stream = zlib.compress(pixels)
    img = add(b'<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n' % (w, h, len(stream)) + stream + b'\nendstream')
    content = b'q 595 0 0 842 0 0 cm /Im0 Do Q'
    cid = add(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
    kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>' % (pages_id, img, cid)))
objects[catalog - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages_id
objects[pages_id - 1] = b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % k for k in kids), len(kids))
out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out)); out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
open(dst, 'wb').write(out)
PY
# garbled: Helvetica with a ToUnicode map that sends every glyph to the private-use area, as
# PDFs made with subset fonts and a broken map read; line 2 maps properly
python3 - "$BAD/garbled.pdf" <<'PY'
import sys
cmap = b'''/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Garbled def
1 begincodespacerange <00> <FF> endcodespacerange
1 beginbfrange <41> <5A> <E041> endbfrange
1 beginbfrange <61> <7A> <0061> endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end'''
content = b'BT /F1 14 Tf 72 760 Td (ABCDEFG) Tj 0 -20 Td (plain text) Tj ET'
objects = [
    b'<< /Type /Catalog /Pages 2 0 R >>',
    b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
    b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
    b'<< /Length %d >>\nstream\n' % len(cmap) + cmap + b'\nendstream',
]
out = bytearray(b'%PDF-1.4\n'); offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out)); out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
xref = len(out)
out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offsets)
out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
open(sys.argv[1], 'wb').write(out)
PY
# truncated: the first 60% of a real docx (the central directory at the end is gone)
size=$(stat -c %s "$OUT/001_c38e02297bde183b.docx")
head -c $((size * 6 / 10)) "$OUT/001_c38e02297bde183b.docx" >"$BAD/truncated.docx"
# a PDF cut in half
size=$(stat -c %s "$OUT/003_186f3881ae8b0189.pdf")
head -c $((size / 2)) "$OUT/003_186f3881ae8b0189.pdf" >"$BAD/truncated.pdf"
# legacy Word 97 .doc of the same plan, for the word-extractor reader
fixture doc "$OUT/001_c38e02297bde183b.docx" "$OUT"

# 001-autonumbered: the outline markers 一、 （一） 1. as Word list numbering (w:numPr + numbering.xml),
# not text: each marked line becomes an item of one three-level ODF list (text:continue-numbering
# across the body paragraphs, deeper levels restarting), its typed marker removed; LibreOffice
# writes numFmt taiwaneseCountingThousand "%1、", "（%2）" and decimal "%3." with a tab after.
python3 - "$S1.txt" "$WORK/001_c38e02297bde183b-autonumbered.fodt" <<'PY'
import html, re, sys
src, dst = sys.argv[1:3]
CN = '一二三四五六七八九十'
RULES = [(1, re.compile(rf'^([{CN}]+)、')), (2, re.compile(rf'^[（(]([{CN}]+)[）)]')), (3, re.compile(r'^(\d{1,2})[.．、](?!\d)'))]
lines = [l.strip() for l in open(src, encoding='utf-8').read().splitlines() if l.strip()]
body, counters = [], [0, 0, 0]
for line in lines:
    found = next(((level, m) for level, pattern in RULES if (m := pattern.match(line))), None)
    if found is None:
        body.append(f'<text:p text:style-name="Body">{html.escape(line)}</text:p>')
        continue
    level, m = found
    counters[level - 1] += 1
    counters[level:] = [0] * (3 - level)
    # the list must show exactly the marker it replaces (no gaps in the source's numbering)
    shown = counters[level - 1]
    assert m.group(1) == (str(shown) if level == 3 else CN[shown - 1]), line
    item = f'<text:list-item><text:p text:style-name="Body">{html.escape(line[m.end():])}</text:p></text:list-item>'
    for _ in range(level - 1):
        item = f'<text:list-item><text:list>{item}</text:list></text:list-item>'
    body.append(f'<text:list text:style-name="Outline" text:continue-numbering="true">{item}</text:list>')
def level_style(level, num_format, prefix, suffix):
    indent = 0.74 * (level - 1)
    return (f'<text:list-level-style-number text:level="{level}" style:num-format="{num_format}" '
            f'style:num-prefix="{prefix}" style:num-suffix="{suffix}" text:display-levels="1">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            f'<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{indent + 1.5:.2f}cm" '
            f'fo:text-indent="0cm" fo:margin-left="{indent:.2f}cm"/></style:list-level-properties></text:list-level-style-number>')
levels = level_style(1, '一, 二, 三, ...', '', '、') + level_style(2, '一, 二, 三, ...', '（', '）') + level_style(3, '1', '', '.')
paras = '\n'.join(body)
open(dst, 'w', encoding='utf-8').write(f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Body" style:family="paragraph"/>
  <text:list-style style:name="Outline">{levels}</text:list-style>
 </office:styles>
 <office:body><office:text>
{paras}
 </office:text></office:body>
</office:document>
''')
PY
fixture docx "$WORK/001_c38e02297bde183b-autonumbered.fodt" "$OUT"

ls -l "$OUT" "$BAD"
