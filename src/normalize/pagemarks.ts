// Page furniture that PDF and Word exports leave in the text flow: "- 2 -", "— 2 —", "第2页",
// "第 2 页 共 10 页", "2/10", a bare page number.
const PAGE_MARK = [
  /^[-—–－―~·•]+\s*\d{1,4}\s*[-—–－―~·•]+$/,
  /^第\s*\d{1,4}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[，,/／]?\s*第\s*\d{1,4}\s*页$/, // "共12页 第3页"
  /^[-—–－―]?\s*\d{1,4}\s*\/\s*\d{1,4}\s*[-—–－―]?$/, // "- 3 / 12 -" 
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^\d{1,3}$/,
  /^[-—–－―]\s*\d{1,4}$|^\d{1,4}\s*[-—–－―]$/,
];

export function isPageMark(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 16 && PAGE_MARK.some((pattern) => pattern.test(trimmed));
}
