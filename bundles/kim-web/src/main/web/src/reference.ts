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

/** A municipality of the directory (GET /municipalities). */
export interface MunicipalityEntry { ags: string; name: string }
/** An office of the directory (GET /offices). */
export interface OfficeEntry { id: number; name: string; kind: string; legalDomains: string[]; municipalities: string[] }

const municipalityData = reference<MunicipalityEntry>('/municipalities');
const officeData = reference<OfficeEntry>('/offices?size=200');

export const municipalities = municipalityData.list;
export const loadMunicipalities = municipalityData.load;
export const offices = officeData.list;
export const loadOffices = officeData.load;

/** Loads the directory's names for municipalities and offices (once per page; a failure leaves codes shown). */
export function loadDirectory(): Promise<void> {
  return Promise.all([loadMunicipalities(), loadOffices()]).then(() => undefined, () => undefined);
}

/** A municipality's name for its AGS ("Sundern (Sauerland)"), the district for 05958, else the code. */
export function municipalityName(ags: string | null | undefined): string {
  if (!ags) return '–';
  const found = municipalities.value.find((m) => m.ags === ags);
  if (found) return found.name;
  return ags === '05958' ? 'Hochsauerlandkreis' : ags;
}

/** An office's name for its id, else "Stelle <id>". */
export function officeName(id: number | null | undefined): string {
  if (id === null || id === undefined) return '–';
  return offices.value.find((o) => o.id === id)?.name ?? `#${id}`;
}
