import { describe, expect, it } from 'vitest';
import { describeDevice } from './session-messages.ts';
import { parseUserAgent } from './user-agent.ts';

const agents = {
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
  firefoxIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15',
  safariIpad:
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80',
  edgeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 EdgA/124.0.2478.64',
  samsungAndroid:
    'Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36',
  operaWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  chromeMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  headlessLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.6367.29 Safari/537.36',
  chromebook:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 13; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36',
};

describe('parseUserAgent', () => {
  it.each([
    [agents.chromeAndroid, 'Chrome', 'Android'],
    [agents.safariIphone, 'Safari', 'iPhone'],
    [agents.chromeIphone, 'Chrome', 'iPhone'],
    [agents.firefoxIphone, 'Firefox', 'iPhone'],
    [agents.safariIpad, 'Safari', 'iPad'],
    [agents.firefoxWindows, 'Firefox', 'Windows'],
    [agents.edgeWindows, 'Edge', 'Windows'],
    [agents.edgeAndroid, 'Edge', 'Android'],
    [agents.samsungAndroid, 'Samsung Internet', 'Android'],
    [agents.operaWindows, 'Opera', 'Windows'],
    [agents.safariMac, 'Safari', 'macOS'],
    [agents.chromeMac, 'Chrome', 'macOS'],
    [agents.chromeLinux, 'Chrome', 'Linux'],
    [agents.headlessLinux, 'Chrome', 'Linux'],
    [agents.chromebook, 'Chrome', 'ChromeOS'],
    [agents.androidWebView, 'Chrome', 'Android'],
  ])('reads %s', (userAgent, browser, platform) => {
    expect(parseUserAgent(userAgent)).toEqual({ browser, platform });
  });

  it('knows nothing of a missing, empty or unfamiliar header', () => {
    const nothing = { browser: null, platform: null };
    expect(parseUserAgent(null)).toEqual(nothing);
    expect(parseUserAgent(undefined)).toEqual(nothing);
    expect(parseUserAgent('')).toEqual(nothing);
    expect(parseUserAgent('curl/8.5.0')).toEqual(nothing);
    expect(parseUserAgent('lightMyRequest')).toEqual(nothing);
  });

  it('reads what it can of a half-known header', () => {
    expect(parseUserAgent('SomeApp/1.0 (Linux; Android 12)')).toEqual({ browser: null, platform: 'Android' });
  });

  it('stays fast and sane on a huge or hostile header', () => {
    const hostile = `${'Version/1.'.repeat(100_000)}Safari/`;
    const started = performance.now();
    expect(parseUserAgent(hostile)).toEqual({ browser: null, platform: null });
    expect(parseUserAgent(`Mozilla/5.0 (Windows NT 10.0) ${'x'.repeat(1_000_000)}`)).toEqual({
      browser: null,
      platform: 'Windows',
    });
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('describeDevice', () => {
  it('says which browser on which device, in Dutch and English', () => {
    expect(describeDevice('nl', parseUserAgent(agents.chromeAndroid))).toBe('Chrome op Android');
    expect(describeDevice('nl', parseUserAgent(agents.safariIphone))).toBe('Safari op iPhone');
    expect(describeDevice('nl', parseUserAgent(agents.firefoxWindows))).toBe('Firefox op Windows');
    expect(describeDevice('en', parseUserAgent(agents.chromeAndroid))).toBe('Chrome on Android');
  });

  it('says what it knows when it knows less', () => {
    expect(describeDevice('nl', { browser: 'Firefox', platform: null })).toBe('Firefox');
    expect(describeDevice('nl', { browser: null, platform: 'Android' })).toBe('Browser op Android');
    expect(describeDevice('nl', { browser: null, platform: null })).toBe('Onbekend apparaat');
    expect(describeDevice('en', { browser: null, platform: null })).toBe('Unknown device');
  });
});
