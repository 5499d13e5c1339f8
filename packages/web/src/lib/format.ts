// Dates are shown in Paris time: every user of Jalon works in a French hospital,
// and a lock ending "at 10:15" must mean the same for the user and the help desk.
const TIME_ZONE = 'Europe/Paris';

function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'fr-FR';
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
