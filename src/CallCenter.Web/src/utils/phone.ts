/**
 * The one way a phone number is shown (households, work orders, the technician's page, calls, stations): the server
 * stores E.164 (+8613110483059), people read China's national grouping, the same as libphonenumber's NATIONAL format
 * the server uses for HouseholdPhoneDto.display: "131 1048 3059", "0451 8888 1234", "010 6552 9988".
 * Anything that is not a Chinese number (a SIP URI, a short service number, a foreign number) is shown as it came.
 */
export function formatPhone(raw: string | null | undefined, extension?: string | null): string {
  if (!raw) return '';
  const national = nationalDigits(raw.trim());
  const text = national === null ? raw.trim() : group(national) ?? raw.trim();
  return extension ? `${text} 转 ${extension}` : text;
}

/** The national significant number (no 0 trunk prefix), or null when the text is not a Chinese number. */
function nationalDigits(text: string): string | null {
  const compact = text.replace(/[\s\-().]/g, '');
  if (/^\+86\d{7,12}$/.test(compact)) return compact.slice(3);
  if (/^0086\d{7,12}$/.test(compact)) return compact.slice(4);
  if (/^1\d{10}$/.test(compact)) return compact;
  if (/^0[1-9]\d{8,10}$/.test(compact)) return compact.slice(1);
  return null;
}

function group(n: string): string | null {
  // Mobile: 3-4-4.
  if (/^1\d{10}$/.test(n)) return `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`;
  // Landline: Beijing (10) and the 2x cities have two-digit area codes, every other city three.
  const areaLength = /^(10|2\d)/.test(n) ? 2 : 3;
  const area = n.slice(0, areaLength);
  const local = n.slice(areaLength);
  if (local.length === 8) return `0${area} ${local.slice(0, 4)} ${local.slice(4)}`;
  if (local.length === 7) return `0${area} ${local.slice(0, 3)} ${local.slice(3)}`;
  return null;
}
