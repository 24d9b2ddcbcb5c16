/**
 * The phone's share sheet for a file (Web Share API level 2, issue 13): it reaches the messaging apps people use
 * (Zalo, e-mail, Bluetooth…) where a download would leave the file in a folder they then have to find.
 *
 * `navigator.canShare({ files })` says whether this browser can share this kind of file: most desktop browsers have
 * no `canShare` at all, and Chromium on Android shares only the file types on its own list. The button is shown only
 * where it is true. When the person closes the sheet without choosing, `share` rejects with an `AbortError`: that is
 * their choice, not a failure.
 */

export type ShareOutcome = 'shared' | 'cancelled';

/** A file of this name and type, for asking before there is one (an empty JSON file, as the export gives). */
export function probeFile(fileName: string, type: string): File {
  return new File(['{}'], fileName, { type });
}

export function canShareFile(file: File): boolean {
  try {
    return typeof navigator.canShare === 'function' && typeof navigator.share === 'function'
      ? navigator.canShare({ files: [file] })
      : false;
  } catch {
    // Some browsers throw on a member they do not know instead of returning false.
    return false;
  }
}

/** Opens the share sheet; resolves 'cancelled' when the person closes it, rejects on any other failure. */
export async function shareFile(file: File): Promise<ShareOutcome> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return 'shared';
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    throw error;
  }
}
