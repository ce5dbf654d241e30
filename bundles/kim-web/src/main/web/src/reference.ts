import { ref } from 'vue';
import { api } from './api';

/** A purpose of consent with the data categories a referral for it releases (GET /purposes). */
export interface PurposeCode { code: string; displayName: string; releases: string[] }

/** The purposes of consent, loaded once from the public reference data of the API. */
export const purposes = ref<PurposeCode[]>([]);

let loading: Promise<void> | null = null;

export function loadPurposes(): Promise<void> {
  loading ??= api<PurposeCode[]>('GET', '/purposes').then((list) => {
    purposes.value = list;
  }).catch((e) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** The kinds of office that may receive a consented referral. */
export const RECIPIENT_KINDS = ['JOBCENTER', 'AGENTUR', 'SOZIALAMT', 'JUGENDAMT', 'ABH', 'EBH', 'MBE', 'JMD', 'PROVIDER'];
