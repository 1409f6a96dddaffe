import { describe, expect, it } from 'vitest';
import { isKnownPushService } from './push-services.ts';

describe('push service endpoints', () => {
  it('accept the push services of Chrome, Edge, Firefox and Safari', () => {
    expect(isKnownPushService('https://fcm.googleapis.com/fcm/send/abc:def')).toBe(true);
    expect(isKnownPushService('https://wns2-am3p.notify.windows.com/w/?token=abc')).toBe(true);
    expect(isKnownPushService('https://updates.push.services.mozilla.com/wpush/v2/abc')).toBe(true);
    expect(isKnownPushService('https://web.push.apple.com/QGx')).toBe(true);
  });

  it('refuse other hosts, look-alikes, plain http, other ports and credentials', () => {
    expect(isKnownPushService('https://127.0.0.1/push')).toBe(false);
    expect(isKnownPushService('https://intranet.local/admin')).toBe(false);
    expect(isKnownPushService('https://evilfcm.googleapis.com.example.com/x')).toBe(false);
    expect(isKnownPushService('https://notfcm.googleapis.com.evil/x')).toBe(false);
    expect(isKnownPushService('http://fcm.googleapis.com/fcm/send/abc')).toBe(false);
    expect(isKnownPushService('https://fcm.googleapis.com:8443/fcm/send/abc')).toBe(false);
    expect(isKnownPushService('https://user:pw@fcm.googleapis.com/fcm/send/abc')).toBe(false);
    expect(isKnownPushService('not a url')).toBe(false);
  });
});
