/** Loads the app again at `url`, so that nothing of the last participant stays in memory (a module, for tests to replace). */
export function reloadPage(url: string): void {
  window.location.replace(url);
}
