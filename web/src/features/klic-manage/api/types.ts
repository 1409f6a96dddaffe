export type KlicState = 'requested' | 'partial' | 'complete';

export type KlicFieldWorker = { userId: string; name: string; removedFromDevice: boolean };

/** One row of "Klics beheren"; dates are ISO strings (expiresOn a calendar date). */
export type ProjectKlic = {
  id: string;
  meldnummer: string;
  subProject: string | null;
  toelichting: string;
  extraField: string;
  fieldWorkers: KlicFieldWorker[];
  ev: boolean;
  evHandled: boolean;
  expiresOn: string | null;
  receivedAt: string | null;
  state: KlicState;
  volgnummer: number | null;
  hasReceipt: boolean;
  currentDeliveryId: string | null;
};

export type ProjectKlics = { project: { id: string; number: string }; klics: ProjectKlic[] };

export type FieldWorkerOption = {
  userId: string;
  name: string;
  regions: Array<{ id: string; name: string }>;
};

/** An unlinked KLIC as `GET /api/klic/meldingen?filter=unlinked` lists it (the fields used here). */
export type UnlinkedKlic = { id: string; meldnummer: string; referentie: string | null; state: KlicState };

export type EvStatus = 'handled' | 'open' | 'noInterest';

export type KlicTexts = { toelichting: string; extraField: string };
