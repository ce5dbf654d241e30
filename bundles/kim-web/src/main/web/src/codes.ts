import countries from 'i18n-iso-countries';
import countriesDe from 'i18n-iso-countries/langs/de.json';
import countriesEn from 'i18n-iso-countries/langs/en.json';
import languages from '@cospired/i18n-iso-languages';
import languagesDe from '@cospired/i18n-iso-languages/langs/de.json';
import languagesEn from '@cospired/i18n-iso-languages/langs/en.json';
import { i18n } from './i18n';

/**
 * Names of nationalities (ISO 3166-1 alpha-3, as the API keeps them) and languages (ISO 639-1) in German and
 * English, from i18n-iso-countries and i18n-iso-languages; the ICAO codes of travel documents that ISO lacks
 * (XXA stateless, XXX unknown) are named here.
 */
countries.registerLocale(countriesDe);
countries.registerLocale(countriesEn);
languages.registerLocale(languagesDe);
languages.registerLocale(languagesEn);

const ICAO: Record<string, { de: string; en: string }> = {
  XXA: { de: 'staatenlos', en: 'stateless' },
  XXB: { de: 'Flüchtling (GFK)', en: 'refugee (1951 Convention)' },
  XXX: { de: 'ungeklärt', en: 'unknown' },
};

/** The languages most spoken by newcomers in the district: first in every list. */
const FIRST_LANGUAGES = ['ar', 'uk', 'ru', 'fa', 'ps', 'ku', 'tr', 'ti', 'so', 'en', 'fr', 'de'];

function lang(): 'de' | 'en' {
  return i18n.global.locale.value === 'en' ? 'en' : 'de';
}

/** A nationality's name ("Syrien"), or the code if it is unknown. */
export function countryName(alpha3: string | null | undefined): string {
  if (!alpha3) return '–';
  const icao = ICAO[alpha3];
  if (icao) return icao[lang()];
  return countries.getName(alpha3, lang(), { select: 'alias' }) ?? alpha3;
}

/** Every nationality as code and name, sorted by name in the current language. */
export function countryList(): { code: string; name: string }[] {
  const names = countries.getNames(lang(), { select: 'alias' });
  const list = Object.entries(names).map(([alpha2, name]) => ({ code: countries.alpha2ToAlpha3(alpha2) ?? alpha2, name }));
  for (const code of Object.keys(ICAO)) list.push({ code, name: countryName(code) });
  return list.sort((a, b) => a.name.localeCompare(b.name, lang()));
}

/** A language's name ("Arabisch"), or the code. */
export function languageName(code: string): string {
  return languages.getName(code, lang()) ?? code;
}

/** Every ISO 639-1 language, the district's most spoken first, then by name. */
export function languageList(): { code: string; name: string }[] {
  const names = languages.getNames(lang());
  const rest = Object.entries(names).filter(([code]) => !FIRST_LANGUAGES.includes(code))
    .map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, lang()));
  return [...FIRST_LANGUAGES.map((code) => ({ code, name: languageName(code) })), ...rest];
}
