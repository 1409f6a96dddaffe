import { type FieldKlic, fieldKlicsUrl } from '../api/field-api';
import { DownloadRefused, downloadKlic } from './download-klic';
import { canKeepOffline, forgetAllEntries, forgetKlicEntries, isKept, keepJson } from './offline-cache';
import { clearRecords, type KlicOfflineRecords, readRecords, writeRecords } from './offline-record';
import { offlineStore } from './offline-store';
import { askPersistentStorageOnce, refreshStorageUse } from './storage';
import { planSync } from './sync-plan';

/** The abort reasons the worker picks from without a connection. */
const reasonListUrls = ['/api/reason-lists/abortExecution', '/api/reason-lists/abortInspection'];

let latest: FieldKlic[] = [];
let records: KlicOfflineRecords = readRecords();
let running = false;
let again = false;
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

async function run(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      await pass(controller.signal);
    } while (again && !controller.signal.aborted);
  } catch (error) {
    // The device refused to store (full, storage blocked): the next list load tries again.
    console.warn('Keeping the KLICs on this device failed', error);
  } finally {
    running = false;
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
  await keepJson(fieldKlicsUrl, JSON.stringify({ klics }));
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
      if (response?.status === 200) await keepJson(url, await response.text());
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

/** Removes everything of the worker from the device (at logout); the app itself stays installed. */
export async function forgetAllOffline(): Promise<void> {
  controller.abort();
  controller = new AbortController();
  latest = [];
  verified.clear();
  records = {};
  clearRecords();
  offlineStore.reset();
  if (canKeepOffline()) await forgetAllEntries();
  void refreshStorageUse();
}

function onConnectionChange() {
  if (navigator.onLine) {
    void run();
    return;
  }
  controller.abort();
  controller = new AbortController();
  offlineStore.update({ activity: 'paused' });
}

window.addEventListener('online', onConnectionChange);
window.addEventListener('offline', onConnectionChange);
