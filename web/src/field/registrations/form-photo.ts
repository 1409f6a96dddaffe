/** A photo in the form: being reduced, ready (the JPEG that will go out) or unreadable. */
export type FormPhoto =
  | { key: string; status: 'compressing' }
  | { key: string; status: 'ready'; blob: Blob }
  | { key: string; status: 'failed' };

export const maxPhotosPerRegistration = 10;
