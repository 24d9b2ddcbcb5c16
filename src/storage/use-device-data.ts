/** What the device holds, live: re-counted whenever any tab writes. `undefined` while counting. */
import { useLiveQuery } from 'dexie-react-hooks';
import { countDeviceData, type DeviceDataCounts } from './device-data';

export function useDeviceDataCounts(): DeviceDataCounts | undefined {
  return useLiveQuery(() => countDeviceData(), []);
}
