/**
 * Saves a Blob as a file the browser downloads (PDFs, CSV and workbooks made on this device). The object URL is
 * revoked a minute after the click: some browsers start the download asynchronously, slow devices late.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves text as a file the browser downloads, and returns the text read back from what was handed to the browser,
 * so that callers can check it before saying "saved". (A web page cannot read the file back from the user's disk;
 * the Blob given to the download is the last point it can check.)
 */
export async function saveTextFile(text: string, fileName: string, type: string): Promise<string> {
  const blob = new Blob([text], { type });
  saveBlob(blob, fileName);
  return blob.text();
}
