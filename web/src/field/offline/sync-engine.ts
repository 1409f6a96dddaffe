import { forgetFieldDeviceData } from '@/shared/field-device';
import { type FieldKlic, fieldKlicsUrl } from '../api/field-api';
import { DownloadRefused, downloadKlic } from './download-klic';
import { canKeepOffline, forgetKlicEntries, isKept, keepJson } from './offline-cache';
import { type KlicOfflineRecords, readRecords, writeRecords } from './offline-record';
import { offlineStore } from './offline-store';
import { askPersistentStorageOnce, refreshStorageUse } from './storage';
import { planSync } from './sync-plan';

/** The abort reasons the worker picks from without a connection. */
const reasonListUrls = ['/api/reason-lists/abortExecution', '/api/reason-lists/abortInspection'];

let latest: FieldKlic[] = [];
let records: KlicOfflineRecords = readRecords();
/** The sync under way, if any. */
let running: Promise<void> | null = null;
let again = false;
/** Set while a logout (or a change of user) empties the device: no sync may start then. */
let forgetting: Promise<void> | null = null;
let controller = new AbortController();
const verified = new Set<string>();

function saveRecords(next: KlicOfflineRecords) {
  records = next;
  writeRecords(records);
}

/**
 * Keeps the worker's KLICs on the device: called with the list whenever it loads. Works through the
 * list one KLIC at a time in the background (also when the page changes), stops when the connection
 * goes and goes on when it returns.
 */
export function keepKlicsOffline(klics: FieldKlic[]): void {
  if (!canKeepOffline()) return;
  latest = klics;
  offlineStore.update({ listed: klics.map((klic) => klic.id) });
  void run();
}

/** Downloads the KLICs that failed again. */
export function retryOffline(): void {
  void run();
}

function run(): Promise<void> {
  if (forgetting) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = passes().finally(() => {
    running = null;
  });
  return running;
}

async function passes(): Promise<void> {
  try {
    do {
      again = false;
      await pass(controller.signal);
    } while (again && !controller.signal.aborted);
  } catch (error) {
    // Stopped (connection gone, logout): nothing to report.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    // The device refused to store (full, storage blocked): the next list load tries again.
    console.warn('Keeping the KLICs on this device failed', error);
  } finally {
    offlineStore.update({ activity: navigator.onLine ? 'idle' : 'paused' });
    void refreshStorageUse();
  }
}

async function pass(signal: AbortSignal): Promise<void> {
  const klics = latest;
  await verifyKept(klics);
  if (signal.aborted) return;
  if (!navigator.onLine) {
    offlineStore.update({ activity: 'paused' });
    return;
  }
  // Kept by the service worker as it passes; stored here only when it did not (not yet in control).
  // Never over an older copy: its date tells how old the list is when it is used without a connection.
  if (!(await isKept(fieldKlicsUrl))) await keepJson(fieldKlicsUrl, JSON.stringify({ klics }), signal);
  const plan = planSync(klics, records, Date.now());
  for (const klicId of plan.forget) await forget(klicId);
  if (plan.download.length === 0) return;
  offlineStore.update({ activity: 'busy' });
  await keepReasonLists(signal);
  for (const klicId of plan.download) {
    if (signal.aborted || !navigator.onLine || !latest.some((klic) => klic.id === klicId)) break;
    await downloadOne(klicId, signal);
  }
}

async function downloadOne(klicId: string, signal: AbortSignal): Promise<void> {
  const wasReady = offlineStore.get().klics[klicId]?.state === 'ready';
  try {
    const record = await downloadKlic(klicId, records[klicId], signal, (done, total) =>
      offlineStore.setKlic(klicId, { state: 'busy', done, total }),
    );
    if (signal.aborted) return;
    // Removed from the device while it was being downloaded.
    if (!latest.some((klic) => klic.id === klicId)) return forget(klicId);
    saveRecords({ ...records, [klicId]: record });
    offlineStore.setKlic(klicId, { state: 'ready' });
    void askPersistentStorageOnce();
  } catch (error) {
    if (error instanceof DownloadRefused && error.status === 404) return forget(klicId);
    if (signal.aborted || !navigator.onLine) {
      // Paused: what was kept before stays usable; the rest follows when the connection returns.
      offlineStore.setKlic(klicId, { state: wasReady ? 'ready' : 'pending' });
      return;
    }
    // An older complete copy stays on the device and is used; the next pass tries again.
    offlineStore.setKlic(klicId, { state: wasReady ? 'ready' : 'failed' });
  }
}

/** A KLIC counts as on the device when every URL of its record is (still) in the caches. */
async function verifyKept(klics: FieldKlic[]): Promise<void> {
  for (const klic of klics) {
    if (verified.has(klic.id)) continue;
    verified.add(klic.id);
    const record = records[klic.id];
    const complete =
      record !== undefined &&
      (await Promise.all([...record.data, ...record.files].map(isKept))).every(Boolean);
    if (record && !complete) {
      const { [klic.id]: _incomplete, ...rest } = records;
      saveRecords(rest);
    }
    offlineStore.setKlic(klic.id, { state: complete ? 'ready' : 'pending' });
  }
}

async function keepReasonLists(signal: AbortSignal): Promise<void> {
  await Promise.all(
    reasonListUrls.map(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin', signal }).catch(() => null);
      if (response?.status === 200) await keepJson(url, await response.text(), signal);
    }),
  );
}

async function forget(klicId: string): Promise<void> {
  const { [klicId]: _forgotten, ...rest } = records;
  saveRecords(rest);
  verified.delete(klicId);
  await forgetKlicEntries(klicId);
}

/** Removes one KLIC from the device (the worker removed it, or it is no longer theirs). */
export async function forgetKlicOffline(klicId: string): Promise<void> {
  if (!canKeepOffline()) return;
  latest = latest.filter((klic) => klic.id !== klicId);
  offlineStore.dropKlic(klicId);
  await forget(klicId);
}

/** How many KLICs are completely on this device. */
export const keptKlicCount = (): number => Object.keys(records).length;

/**
 * Removes everything of the worker from the device (at logout, or when another user logged in); the app
 * itself and the outbox stay. The sync under way is stopped and awaited first: a download past its
 * fetch would otherwise store its answer again after the caches were emptied.
 */
export function forgetAllOffline(): Promise<void> {
  forgetting ??= forgetEverything().finally(() => {
    forgetting = null;
  });
  return forgetting;
}

async function forgetEverything(): Promise<void> {
  controller.abort();
  try {
    await running;
    latest = [];
    verified.clear();
    records = {};
    offlineStore.reset();
    await forgetFieldDeviceData();
  } finally {
    controller = new AbortController();
  }
  void refreshStorageUse();
}

function onConnectionChange() {
  if (navigator.onLine) {
    void run();
    return;
  }
  controller.abort();
  // While the device is being emptied the stopped controller stays: nothing may be stored meanwhile.
  if (!forgetting) controller = new AbortController();
  offlineStore.update({ activity: 'paused' });
}

window.addEventListener('online', onConnectionChange);
window.addEventListener('offline', onConnectionChange);
