/** What an admin recognises of a device: the browser and the system it runs on, by their own names. */
export type DeviceInfo = { browser: string | null; platform: string | null };

/**
 * First match wins, so the order matters: Edge, Opera and Samsung Internet also say "Chrome", Chrome
 * also says "Safari", and iOS browsers are WebKit wearing their own token (CriOS, FxiOS, EdgiOS).
 */
const browsers: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|OPiOS|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

/** iPhone and iPad before macOS (they say "like Mac OS X"), Android before Linux. */
const platforms: [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

/** Longer strings than any real browser sends are not worth the regular expressions' time. */
const maxLength = 1024;

function firstMatch(userAgent: string, candidates: [RegExp, string][]): string | null {
  return candidates.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
}

/** The browser and platform named by a User-Agent header; null for what it does not tell. */
export function parseUserAgent(userAgent: string | null | undefined): DeviceInfo {
  const text = (userAgent ?? '').slice(0, maxLength);
  return { browser: firstMatch(text, browsers), platform: firstMatch(text, platforms) };
}
