// Builds small .docx files in memory for reader tests: the minimum Word and mammoth need.
import { zipSync } from 'fflate';

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${styles}</w:styles>`;
}

/** `<w:p>` with optional paragraph properties and one run per text. */
export function p(texts: string | string[], pPr = '', rPr = ''): string {
  const runs = (Array.isArray(texts) ? texts : [texts]).map((text) => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.join('')}</w:p>`;
}

export function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encode(CONTENT_TYPES),
    '_rels/.rels': encode(RELS),
    'word/document.xml': encode(documentXml(body)),
  };
  for (const [name, text] of Object.entries(extra)) files[name] = encode(text);
  return zipSync(files);
}

/** One `w:lvl` of a list: numFmt and lvlText, the rest as Word writes it when set. */
export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  suffix?: 'tab' | 'space' | 'nothing';
  restartAfter?: number;
  pStyle?: string;
  legal?: boolean;
}

export function abstractNum(id: number, levels: LevelSpec[], extra = ''): string {
  const lvl = (spec: LevelSpec, index: number) =>
    `<w:lvl w:ilvl="${index}">` +
    `<w:start w:val="${spec.start ?? 1}"/><w:numFmt w:val="${spec.format}"/>` +
    (spec.restartAfter === undefined ? '' : `<w:lvlRestart w:val="${spec.restartAfter}"/>`) +
    (spec.pStyle ? `<w:pStyle w:val="${spec.pStyle}"/>` : '') +
    (spec.legal ? '<w:isLgl/>' : '') +
    (spec.suffix ? `<w:suff w:val="${spec.suffix}"/>` : '') +
    `<w:lvlText w:val="${spec.text}"/><w:lvlJc w:val="left"/></w:lvl>`;
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${extra}${levels.map(lvl).join('')}</w:abstractNum>`;
}

/** A `w:num` (list instance) with optional `w:startOverride` per level. */
export function num(numId: number, abstractId: number, startOverrides: Record<number, number> = {}): string {
  const overrides = Object.entries(startOverrides).map(
    ([level, start]) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
  );
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides.join('')}</w:num>`;
}

/** word/numbering.xml: abstractNums first, then nums, as Word orders them. */
export function numberingXml(abstracts: string[], nums: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts.join('')}${nums.join('')}</w:numbering>`;
}

/** Paragraph properties that number a paragraph: `<w:numPr>` with level and numId. */
export function numPr(numId: number, level = 0): string {
  return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
}
