/** A photo in the form: waiting to be reduced (the file as picked), ready (the JPEG that will go out) or unreadable. */
export type FormPhoto =
  | { key: string; status: 'compressing'; file: File }
  | { key: string; status: 'ready'; blob: Blob }
  | { key: string; status: 'failed' };

export const maxPhotosPerRegistration = 10;
