import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Dates are shown in the company's time zone, never the browser's; set from /api/settings/company. */
let companyTimeZone = 'Asia/Shanghai';

export function setCompanyTimeZone(tz: string | undefined | null) {
  if (!tz) return;
  try {
    dayjs().tz(tz);
    companyTimeZone = tz;
  } catch {
    // An unknown zone name would throw on every date; keep the default instead.
  }
}

export function getCompanyTimeZone() {
  return companyTimeZone;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return dayjs.utc(iso).tz(companyTimeZone).format('YYYY-MM-DD HH:mm:ss');
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return dayjs.utc(iso).tz(companyTimeZone).format('YYYY-MM-DD');
}

/** A day picked in a date picker, read as a wall-clock day in the company zone, as an ISO UTC instant. */
export function startOfCompanyDay(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), companyTimeZone).startOf('day').toISOString();
}

export function endOfCompanyDay(day: Dayjs): string {
  return dayjs.tz(day.format('YYYY-MM-DD'), companyTimeZone).endOf('day').toISOString();
}

export function setDayjsLanguage(lang: string) {
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}
