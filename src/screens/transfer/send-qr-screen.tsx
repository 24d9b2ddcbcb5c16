/** Placeholder, replaced by the sending screen (issue 13). */
export function SendQrScreen() {
  return null;
}
