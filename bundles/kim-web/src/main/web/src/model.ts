/** The parts of the KIM API's records that the workspace shows. */
export interface Case {
  id: number;
  clientId: string;
  ownerMunicipality: string;
  caseManager: string | null;
  targetGroup: string;
  phase: string;
  holderOfficeId: number | null;
  openedOn: string;
  closedOn: string | null;
  goals: { id: number; area: string; description: string; status: string; dueDate: string | null }[];
  assessments: { area: string; need: string; note: string | null; assessedOn: string | null }[] | null;
  activities: { id: number; date: string; kind: string; note: string | null; officeId: number | null }[] | null;
  version: number;
  fileNumber: string | null;
  closureReason?: string | null;
  client: PersonName | null;
}

/** How a case names its client (only for callers who may see the identity). */
export interface PersonName { familyName: string; givenNames: string | null; dateOfBirth: string }

/** A referral in the receiving office's inbox. */
export interface IncomingReferral { referral: Referral; caseFileNumber: string | null; fromMunicipality: string; client: PersonName | null }

export interface Address { street: string | null; postalCode: string | null; city: string | null }

export interface Client {
  id: string;
  familyName: string | null;
  givenNames: string | null;
  dateOfBirth: string | null;
  nationality: string | null;
  municipality: string;
  arrivalDate: string | null;
  languages?: string[];
  phone?: string | null;
  email?: string | null;
  employable?: boolean | null;
  address?: Address | null;
  household?: { clientId: string; relation: string }[];
  version?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
  /** More than total match (a search stops counting at 1,000). */
  totalCapped?: boolean;
}

export const PHASES = ['INTAKE', 'ASSESSMENT', 'PLANNING', 'LINKING_MONITORING', 'CLOSED'];

export interface ResidenceStatus { id: number; title: string; validFrom: string; validTo: string | null; issuingOfficeId: number | null; decisionFinalOn?: string | null }
export interface LegalDomainPeriod { id: number; domain: string; from: string; to: string | null; officeId: number | null }
export interface PlannedTransition {
  id: number; clientId: string; ruleId: string; from: string; to: string; effectiveDate: string;
  receivingOfficeId: number | null; deadline: string | null; referralId: number | null; note: string | null; status: string;
  deadlineMoved: boolean; legalBasis: string | null;
}
export interface ChecklistItem { code: string; label: string; state: 'MET' | 'NOT_MET' | 'UNKNOWN' | 'TO_CHECK'; detail: string | null }
export interface ClientTask {
  id: number; clientId: string; ruleId: string; title: string; due: string; warnFrom: string | null; done: boolean;
  checklist: ChecklistItem[];
}
export interface Occupation {
  id: number; kind: 'SCHOOL' | 'TRAINING' | 'QUALIFICATION' | 'EMPLOYMENT'; from: string; to: string | null;
  description: string | null; involuntaryEnd: boolean | null;
}
export interface Timeline {
  clientId: string;
  residenceStatuses: ResidenceStatus[];
  periods: LegalDomainPeriod[];
  plannedTransitions: PlannedTransition[];
  tasks: ClientTask[];
  occupations: Occupation[];
}
export interface Consent {
  id: number; clientId: string; recipientOfficeId: number | null; recipientKind: string | null; purpose: string;
  givenOn: string; withdrawnOn: string | null; documentRef: string | null;
}

/** The legal domains as practitioners write them. */
export const DOMAINS: Record<string, string> = {
  AsylbLG: 'AsylbLG', SGB2: 'SGB II', SGB3: 'SGB III', SGB8: 'SGB VIII', SGB12: 'SGB XII', AufenthG: 'AufenthG', StAG: 'StAG',
};

export interface Referral {
  id: number; caseId: number; toOfficeId: number; kind: 'HANDOVER' | 'SERVICE'; purpose: string; note: string | null;
  status: string; outcome: string | null; deadline: string | null; createdOn: string; transitionId: number | null; version: number;
}
export interface Office { id: number; name: string; kind: string; legalDomains: string[]; municipalities: string[] }
export interface CaseTask {
  id: number; caseId: number; procedureId: string; stage: string; task: string; label: Record<string, string> | null;
  due: string | null; status: 'OPEN' | 'DONE' | 'CANCELLED'; completedOn: string | null; completedBy: string | null;
}

/** Where a referral may go from each status (Referral.Status.next() of the API). */
export const REFERRAL_NEXT: Record<string, string[]> = {
  PROPOSED: ['SENT', 'WITHDRAWN'], SENT: ['ACCEPTED', 'REJECTED', 'WITHDRAWN'], ACCEPTED: ['COMPLETED'],
};
/** The answers that belong to the receiving office; sending and withdrawing stay with the case. */
export const ANSWERS = ['ACCEPTED', 'REJECTED', 'COMPLETED'];
export const TITLES = ['GESTATTUNG', 'DULDUNG', 'P104C', 'P25A', 'P25B', 'P24', 'P25_1', 'P25_2', 'P25_3', 'NIEDERLASSUNG',
  'OTHER_PERMIT', 'EU_FREIZUEGIGKEIT', 'DEUTSCH'];
export const TARGET_GROUPS = ['ASYLUM_SEEKER', 'RECOGNISED_REFUGEE', 'TOLERATED', 'YOUNG_ADULT', 'UNACCOMPANIED_MINOR',
  'TEMPORARY_PROTECTION', 'EU_CITIZEN', 'LONG_TERM_RESIDENT', 'OTHER'];

export interface IndicatorRow { key: string; label: string; numerator: number | null; denominator: number | null; ratio: number | null; suppressed: boolean }
export interface IndicatorValues { indicatorId: string; indicatorVersion: string; by: string; period: number | null; threshold: number; rows: IndicatorRow[]; total: IndicatorRow }
export interface IndicatorDefinition { id: string; version: string; label: Record<string, string>; dimensions: string[]; computed: boolean; active: boolean; provenance: { bundle?: string } | null }
