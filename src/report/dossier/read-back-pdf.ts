/**
 * The check behind "saved" for a PDF: the bytes handed to the download start as a PDF does and end with its
 * end-of-file marker (a file cut short by a failed write has none).
 *
 * Pure module.
 */
export function readBackPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 32)));
  return head === '%PDF-' && tail.includes('%%EOF');
}
