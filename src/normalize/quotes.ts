// Double quotes as Chinese text means them: opening “ and closing ”. A docx's autocorrect writes
// ”九项准则” (two closing quotes), a markdown file "九项准则", a PDF ＂…＂; each must read like
// “九项准则”, so a quoted name is shielded from the grammars the same way in every format and
// diff sees no change where the words are the same. Quotes are paired in order within a paragraph;
// a paragraph with an odd count (a quotation that runs on) is left as it is.

const DOUBLE_QUOTE = /["“”＂]/g;
const NEEDS_PAIRING = /["＂]|”[^“]*”|“[^”]*“/;

/** The paragraph with its double quotes paired as “…”; the same string when nothing changes. */
export function pairQuotes(text: string): string {
  if (!NEEDS_PAIRING.test(text)) return text;
  const count = text.match(DOUBLE_QUOTE)?.length ?? 0;
  if (count % 2 !== 0) return text;
  let index = 0;
  return text.replace(DOUBLE_QUOTE, () => (index++ % 2 === 0 ? '“' : '”'));
}
