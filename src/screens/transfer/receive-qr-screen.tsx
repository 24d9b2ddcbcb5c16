/** Placeholder, replaced by the reading screen (issue 13). */
export function ReceiveQrScreen() {
  return null;
}
