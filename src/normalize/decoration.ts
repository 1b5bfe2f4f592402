// Decoration in front of a line's text, whatever the format it came from: a web page's bullets
// ("• （一）加强领导"), a PDF's dash bullets ("– 24. 推进…"), markdown markup pasted into text or
// left in a docx ("#### 一、总体要求", "- 1. 建立机制", "> …", "**一、总体要求**"). Behind it the
// enumerator is invisible to the outline; a bullet also says that a new paragraph starts there.

// Each row: one kind of leading decoration, with the form seen in real files.
const LEADING: ReadonlyArray<{ pattern: string; example: string }> = [
  { pattern: '[•●▪◆◇■□○◎★☆▶►▸·・∙‧]', example: '• （一）加强组织领导' },
  { pattern: '#{1,6}(?=\\s)', example: '#### 一、总体要求' },
  { pattern: '>', example: '> 1. 完善制度' },
  { pattern: '[-*+](?=\\s)', example: '- 1. 建立机制' },
  // "——养老服务设施覆盖所有城市社区": a dash bullet; "- 2 -" page marks are gone before this runs
  { pattern: '[–—―]{1,2}', example: '– 24. 推进数据共享' },
];
const LEADING_DECORATION = new RegExp(`^(?:[\\s\\u3000]*(?:${LEADING.map((row) => row.pattern).join('|')}))+[\\s\\u3000]*`);
// "**一、总体要求**", "__（二）__": emphasis markers are never the plan's own text
const EMPHASIS = /\*\*|__/g;
const MAY_DECORATE = /^[\s\u3000]*[•●▪◆◇■□○◎★☆▶►▸·・∙‧#>*+\-–—―]|\*\*|__/;

export interface Undecorated {
  text: string;
  /** a bullet or list mark was there: the line opens a paragraph */
  bulleted: boolean;
}

/** The line without its leading decoration and emphasis markers; the text itself when there is none. */
export function stripDecoration(text: string): Undecorated {
  if (!MAY_DECORATE.test(text)) return { text, bulleted: false };
  const lead = LEADING_DECORATION.exec(text)?.[0] ?? '';
  // a line that is all decoration ("——", "* * *") is a rule, not text: leave it to the page-mark and empty-line filters
  const rest = lead.length === text.length ? text : text.slice(lead.length);
  return { text: rest.replace(EMPHASIS, ''), bulleted: lead.trim() !== '' && rest !== text };
}

/** Emphasis markers out of a line that is not the first of its block. */
export function stripEmphasis(text: string): string {
  return text.includes('**') || text.includes('__') ? text.replace(EMPHASIS, '') : text;
}

/** For documentation and tests: each kind of decoration with its example. */
export function decorationExamples(): readonly string[] {
  return LEADING.map((row) => row.example);
}
