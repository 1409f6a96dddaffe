export type AanvraagSoort = 'graafmelding' | 'orientatieverzoek' | 'calamiteitenmelding';
export type DeliveryFileKind = 'letter' | 'ev' | 'attachment' | 'background' | 'startpage' | 'other';

export type DeliveryFile = {
  id: string;
  path: string;
  kind: DeliveryFileKind;
  bronhoudercode: string | null;
  size: number;
};

export type Delivery = {
  id: string;
  volgnummer: number;
  complete: boolean;
  composedAt: string | null;
  zipBytes: number;
  current: boolean;
  files: DeliveryFile[];
};

/** GET /api/klic/meldingen/:id */
export type MeldingDetail = {
  id: string;
  meldnummer: string;
  referentie: string | null;
  aanvraagSoort: AanvraagSoort | null;
  state: 'requested' | 'partial' | 'complete';
  volgnummer: number | null;
  projectId: string | null;
  projectNumber: string | null;
  subProject: string | null;
  ev: boolean;
  hasReceipt: boolean;
  deliveries: Delivery[];
};

/** GET /api/klic/meldingen/:id/aanvraag */
export type Aanvraag = {
  meldingDate: string | null;
  expiresOn: string | null;
  toelichting: string;
  aanvraagDatum: string | null;
  startDatum: string | null;
  eindDatum: string | null;
  soortWerkzaamheden: string[];
  locatie: string | null;
};

export type Contact = { naam: string | null; telefoon: string | null; email: string | null };

export const evStatuses = ['handled', 'open', 'noInterest'] as const;
export type EvStatus = (typeof evStatuses)[number];
export const contactMethods = ['phone', 'email', 'onSite', 'other'] as const;
export type ContactMethod = (typeof contactMethods)[number];

export type EvHandlingInput = {
  status: EvStatus;
  instructions: string;
  contactName: string;
  contactedOn: string | null;
  contactMethod: ContactMethod | null;
  notes: string;
};

export type EvHandling = EvHandlingInput & { handledAt: string | null; handledBy: string | null };

export type EvOperator = {
  bronhoudercode: string;
  name: string | null;
  themes: string[];
  contacts: Contact[];
  documents: Array<{
    id: string;
    name: string;
    size: number;
    theme: string | null;
    evCode: string | null;
    toelichting: string | null;
    url: string;
  }>;
  handling: EvHandling;
};

export type OwnAttachment = {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedBy: string | null;
  createdAt: string;
  url: string;
};

export type OperatorContacts = {
  bronhoudercode: string;
  name: string | null;
  themes: string[];
  ev: boolean;
  netinformatie: Contact[];
  beschadiging: Contact[];
  eisVoorzorgsmaatregel: Contact[];
};

export type Registration = {
  id: string;
  kind: 'proefsleuf' | 'graafschade' | 'afwijkendeLigging' | 'onbekendNet';
  recordedAt: string;
  recordedBy: string | null;
  position: [number, number] | null;
  details: Record<string, unknown>;
  /** The details with labels and values in the reader's language, as the PDF shows them. */
  lines: { key: string; label: string; value: string }[];
  note: string;
  photos: { id: string; mediaType: string; url: string }[];
};
