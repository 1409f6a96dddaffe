import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { intakesKey, uploadKlicFile } from '../api/klic-api';
import type { Intake } from '../api/types';
import { isKlicFileName } from '../format/klic-file';

/**
 * One dropped file: `refused` (wrong kind, never sent), `waiting` for its turn, `uploading`, `sent` (the
 * server queued an intake; its row follows the processing) or `failed` (the server refused the upload).
 */
export type UploadItem = {
  key: number;
  file: File;
  phase: 'refused' | 'waiting' | 'uploading' | 'sent' | 'failed';
  /** 0…1 of the bytes sent. */
  progress: number;
  intake: Intake | null;
  error: string | null;
};

/** Files upload one after another, in the order they were dropped, and are listed in that order. */
export function useUploadQueue() {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const nextKey = useRef(1);
  const busy = useRef(false);
  const controller = useRef<AbortController | null>(null);

  const update = useCallback((key: number, changes: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...changes } : item)));
  }, []);

  const add = useCallback((files: File[]) => {
    const added = files.map(
      (file): UploadItem => ({
        key: nextKey.current++,
        file,
        phase: isKlicFileName(file.name) ? 'waiting' : 'refused',
        progress: 0,
        intake: null,
        error: null,
      }),
    );
    setItems((current) => [...current, ...added]);
  }, []);

  useEffect(() => {
    if (busy.current) return;
    const next = items.find((item) => item.phase === 'waiting');
    if (!next) return;
    busy.current = true;
    controller.current = new AbortController();
    update(next.key, { phase: 'uploading' });
    const finish = (changes: Partial<UploadItem>) => {
      busy.current = false;
      update(next.key, changes);
    };
    uploadKlicFile(next.file, (progress) => update(next.key, { progress }), controller.current.signal).then(
      (intake) => {
        finish({ phase: 'sent', progress: 1, intake });
        void queryClient.invalidateQueries({ queryKey: intakesKey, exact: true });
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        finish({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [items, update, queryClient]);

  // Leaving the page stops the upload in progress.
  useEffect(() => () => controller.current?.abort(), []);

  return { items, add };
}
