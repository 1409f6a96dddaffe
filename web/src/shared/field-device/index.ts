export {
  fieldDataCacheName,
  fieldFilesCacheName,
  fieldOfflineRecordsStorageKey,
  fieldSessionStorageKey,
} from './field-device-keys';
export { forgetFieldDeviceData } from './forget-field-device-data';
