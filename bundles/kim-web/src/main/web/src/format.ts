import { i18n } from './i18n';

/**
 * Dates and names as people read them: TT.MM.JJJJ in German, DD/MM/YYYY in English; the API keeps ISO dates.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return i18n.global.locale.value === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** A date typed as TT.MM.JJJJ (or D.M.JJJJ, DD/MM/YYYY, or ISO) as an ISO date; null if it is none. */
export function parseDate(text: string): string | null {
  const typed = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  let [y, m, d] = match ? [match[1], match[2], match[3]] : ['', '', ''];
  if (!match) {
    match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(typed);
    if (!match) return null;
    [d, m, y] = [match[1], match[2], match[3]];
  }
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** The pattern a date is typed in, for placeholders and hints. */
export function datePattern(): string {
  return i18n.global.locale.value === 'en' ? 'DD/MM/YYYY' : 'TT.MM.JJJJ';
}

/** How lists name a person: "Family, Given (TT.MM.JJJJ)"; null if the caller may not see the name. */
export function personName(p: { familyName?: string | null; givenNames?: string | null; dateOfBirth?: string | null } | null | undefined): string | null {
  if (!p?.familyName) return null;
  return `${p.familyName}${p.givenNames ? `, ${p.givenNames}` : ''}${p.dateOfBirth ? ` (${formatDate(p.dateOfBirth)})` : ''}`;
}
