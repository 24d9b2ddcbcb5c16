/**
 * Saves text as a file the browser downloads, and returns the text read back from what was handed to the browser,
 * so that callers can check it before saying "saved". (A web page cannot read the file back from the user's disk;
 * the Blob given to the download is the last point it can check.)
 */
export async function saveTextFile(text: string, fileName: string, type: string): Promise<string> {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    return await blob.text();
  } finally {
    // Revoked after the click has been handled: some browsers start the download asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
