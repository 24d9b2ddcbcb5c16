import { useEffect, useState } from 'react';
import { readStorageState, type StorageState } from './persistence';

/** The storage state, read when the screen opens (and again when asked, e.g. after a save). */
export function useStorageState(): StorageState | undefined {
  const [state, setState] = useState<StorageState>();
  useEffect(() => {
    let isCurrent = true;
    void readStorageState()
      .catch(() => ({}))
      .then((next) => {
        if (isCurrent) setState(next);
      });
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
