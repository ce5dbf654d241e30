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
  version: number;
}

export interface Client {
  id: string;
  familyName: string | null;
  givenNames: string | null;
  dateOfBirth: string | null;
  nationality: string | null;
  municipality: string;
  arrivalDate: string | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

export const PHASES = ['INTAKE', 'ASSESSMENT', 'PLANNING', 'LINKING_MONITORING', 'CLOSED'];

export interface ResidenceStatus { id: number; title: string; validFrom: string; validTo: string | null; issuingOfficeId: number | null }
export interface LegalDomainPeriod { id: number; domain: string; from: string; to: string | null; officeId: number | null }
export interface PlannedTransition {
  id: number; clientId: string; ruleId: string; from: string; to: string; effectiveDate: string;
  receivingOfficeId: number | null; deadline: string | null; referralId: number | null; note: string | null; status: string;
}
export interface ClientTask { id: number; clientId: string; ruleId: string; title: string; due: string; warnFrom: string | null; done: boolean }
export interface Timeline {
  clientId: string;
  residenceStatuses: ResidenceStatus[];
  periods: LegalDomainPeriod[];
  plannedTransitions: PlannedTransition[];
  tasks: ClientTask[];
}
export interface Consent {
  id: number; clientId: string; recipientOfficeId: number | null; recipientKind: string | null; purpose: string;
  givenOn: string; withdrawnOn: string | null; documentRef: string | null;
}

/** The legal domains as practitioners write them. */
export const DOMAINS: Record<string, string> = {
  AsylbLG: 'AsylbLG', SGB2: 'SGB II', SGB3: 'SGB III', SGB8: 'SGB VIII', SGB12: 'SGB XII', AufenthG: 'AufenthG', StAG: 'StAG',
};
