import type { Language } from '../../infra/i18n/language.ts';
import type { DeviceInfo } from './user-agent.ts';

const texts: Record<Language, { on: string; unknownBrowser: string; unknownDevice: string }> = {
  nl: { on: '{browser} op {platform}', unknownBrowser: 'Browser', unknownDevice: 'Onbekend apparaat' },
  en: { on: '{browser} on {platform}', unknownBrowser: 'Browser', unknownDevice: 'Unknown device' },
};

/** "Chrome op Android", "Safari op iPhone"; just the browser or "Onbekend apparaat" when less is known. */
export function describeDevice(language: Language, device: DeviceInfo): string {
  const words = texts[language];
  if (!device.platform) return device.browser ?? words.unknownDevice;
  return words.on
    .replace('{browser}', device.browser ?? words.unknownBrowser)
    .replace('{platform}', device.platform);
}
