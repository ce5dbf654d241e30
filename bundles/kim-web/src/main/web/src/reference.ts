import { ref, type Ref } from 'vue';
import { api } from './api';

/** A purpose of consent with the data categories a referral for it releases (GET /purposes). */
export interface PurposeCode { code: string; displayName: string; releases: string[] }
/** A kind of office (GET /office-kinds). */
export interface OfficeKindCode { code: string; displayName: string }

/** Public reference data of the API, loaded once per page and kept; a failed load is tried again next time. */
function reference<T>(path: string): { list: Ref<T[]>; load: () => Promise<void> } {
  const list = ref<T[]>([]) as Ref<T[]>;
  let loading: Promise<void> | null = null;
  const load = () => {
    loading ??= api<T[]>('GET', path).then((answer) => {
      list.value = answer;
    }).catch((e) => {
      loading = null;
      throw e;
    });
    return loading;
  };
  return { list, load };
}

const purposeData = reference<PurposeCode>('/purposes');
const officeKindData = reference<OfficeKindCode>('/office-kinds');

/** The purposes of consent. */
export const purposes = purposeData.list;
export const loadPurposes = purposeData.load;
/** The kinds of office a consent may name as recipient. */
export const officeKinds = officeKindData.list;
export const loadOfficeKinds = officeKindData.load;
