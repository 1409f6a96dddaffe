export const warningKinds = ['expiring', 'expired', 'partial', 'evOpen'] as const;
export type WarningKind = (typeof warningKinds)[number];

/** One warning as `GET /api/klic/warnings` describes it. */
export type KlicWarning = {
  kind: WarningKind;
  meldingId: string;
  meldnummer: string;
  projectId: string | null;
  projectNumber: string | null;
  subProject: string | null;
  /** YYYY-MM-DD */
  expiresOn: string | null;
  /** 0 on the last valid day, negative once expired. */
  workdaysLeft: number | null;
  startDate: string | null;
  operators: string[];
};

export type KlicWarnings = {
  today: string;
  expiringWithinWorkdays: number;
  warnings: KlicWarning[];
  counts: Record<WarningKind, number>;
};

export type WarningSettings = {
  expiringWithinWorkdays: number;
  recipientUserIds: string[];
  candidates: { id: string; name: string; email: string }[];
};

export type WarningSettingsInput = { expiringWithinWorkdays: number; recipientUserIds: string[] };
