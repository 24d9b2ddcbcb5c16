/**
 * Whether the browser keeps this origin's data (persistent storage) and how much space it uses. Browsers may clear
 * "best-effort" storage when the disk runs low; persistent storage is only cleared by the user.
 */
export interface StorageState {
  /** undefined: the browser cannot tell (no StorageManager, e.g. some private modes). */
  isPersisted?: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

export async function readStorageState(): Promise<StorageState> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persisted || !manager.estimate) return {};
  const [isPersisted, estimate] = await Promise.all([manager.persisted(), manager.estimate()]);
  return { isPersisted, usageBytes: estimate.usage, quotaBytes: estimate.quota };
}

let request: Promise<boolean | undefined> | undefined;

/**
 * Asks once per page load, after the user has saved real work (asking on first visit is refused by most browsers
 * and, where it prompts, asks before there is anything worth keeping).
 */
export function requestPersistentStorage(): Promise<boolean | undefined> {
  request ??= (async () => {
    const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!manager?.persist || !manager.persisted) return undefined;
    if (await manager.persisted()) return true;
    return manager.persist();
  })().catch(() => undefined);
  return request;
}
