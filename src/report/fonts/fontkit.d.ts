/** The part of fontkit (pdfkit's font library, untyped) that report-fonts.test.ts reads fonts with. */
declare module 'fontkit' {
  interface Glyph {
    advanceWidth: number;
  }
  interface GlyphRun {
    glyphs: Glyph[];
    positions: Array<{ xAdvance: number }>;
  }
  export interface Font {
    directory: { tables: Record<string, unknown> };
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }
  export function create(bytes: Uint8Array): Font;
}
