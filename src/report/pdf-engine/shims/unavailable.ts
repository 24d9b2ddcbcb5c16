/**
 * Stands in for what the PDF engine's libraries import but the app never uses: the file system (fonts come as
 * bytes), WOFF2 decompression (the fonts are TTF), SVG parsing (no SVG in our documents). Leaving them out saves
 * about 300 KB of code and, for brotli, decompressing its dictionary on every load.
 */
function unavailable(): never {
  throw new Error('Not available in the browser PDF engine');
}

export const readFileSync = unavailable;
export const statSync = unavailable;
export const existsSync = () => false;
export class XmlDocument {
  constructor() {
    unavailable();
  }
}
export default unavailable;
