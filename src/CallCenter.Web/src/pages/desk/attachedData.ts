import type { TFunction, i18n as I18n } from 'i18next';
import { formatPhone } from '../../utils/phone';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys the desktop shows elsewhere (the household card) or that only machines read. */
const hiddenKeys = new Set(['householdId', 'callRecordId', 'queueId', 'agentId']);

export interface AttachedField {
  key: string;
  label: string;
  value: string;
}

/**
 * The call's attached data (the Enqueue activity's JSON plus what earlier agents added) as labelled fields: a key the
 * desktop knows gets its Chinese label (desk.attached.*), phone numbers are grouped, ids and empty values are left out.
 * An unknown key stays as the flow's author named it — better than hiding what the analyst attached.
 */
export function attachedFields(data: Record<string, unknown> | null | undefined, t: TFunction, i18n: Pick<I18n, 'exists'>): AttachedField[] {
  if (!data) return [];
  const fields: AttachedField[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (hiddenKeys.has(key) || raw === null || raw === undefined || raw === '') continue;
    if (typeof raw === 'string' && guidPattern.test(raw)) continue;
    const labelKey = `desk.attached.${key}`;
    const label = i18n.exists(labelKey) ? t(labelKey) : key;
    let value: string;
    if (typeof raw === 'string') value = /number|phone/i.test(key) ? formatPhone(raw) : raw;
    else if (typeof raw === 'boolean') value = raw ? t('common.yes') : t('common.no');
    else if (typeof raw === 'number') value = String(raw);
    else value = JSON.stringify(raw);
    fields.push({ key, label, value });
  }
  return fields;
}

/** What the caller chose in the IVR, in words (for the knowledge suggestions): the attached choice, else the last menu key. */
export function ivrChoiceText(data: Record<string, unknown> | null | undefined, digits: string, t: TFunction, i18n: Pick<I18n, 'exists'>): string {
  const attached = data?.ivrChoice;
  if (typeof attached === 'string' && attached.trim()) return attached.trim();
  const last = digits.trim().slice(-1);
  return last && i18n.exists(`desk.ivrChoices.${last}`) ? t(`desk.ivrChoices.${last}`) : '';
}
