// Types for the part of word-extractor (untyped, CommonJS) that readers/doc.ts uses.
declare module 'word-extractor' {
  interface ExtractedDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  class WordExtractor {
    extract(source: Buffer | string): Promise<ExtractedDocument>;
  }
  export = WordExtractor;
}
