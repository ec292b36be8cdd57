import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditChange } from '../api/types';
import { parseCareFlags } from '../utils/careFlags';
import { formatPhone } from '../utils/phone';
import { formatDateTime } from '../utils/time';
import { useStations } from '../pages/stations/useStations';
import { useRoles } from '../pages/identity/useRoles';

const camel = (part: string) => part.charAt(0).toLowerCase() + part.slice(1);
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
export const isGuid = (value: string) => guidPattern.test(value);

/**
 * "Notes" or "Address.Community" → a label: first the entity's own (audit.fields.WorkOrder.status is 状态, a
 * household's status is 账户状态), then the shared fields.*, else the name as the server sent it.
 */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string, entityType?: string) => {
    const key = field.split('.').map(camel).join('.');
    const last = key.split('.').pop() ?? key;
    const shared = t(`fields.${key}`, { defaultValue: t(`fields.${last}`, { defaultValue: field }) });
    return entityType ? t(`audit.fields.${entityType}.${last}`, { defaultValue: shared }) : shared;
  };
}

/** Which translated list an enum-valued field's values come from, per entity type where the same name means different things. */
function enumKey(entityType: string | undefined, name: string): string | null {
  switch (name) {
    case 'status':
      return entityType === 'WorkOrder' ? 'workOrder.status' : entityType === 'Supervision' ? 'supervision.statuses' : 'enums.accountStatus';
    case 'heatingtype':
      return 'enums.heatingType';
    case 'type':
    case 'opensworkordertype':
      return 'workOrder.types';
    case 'priority':
      return 'workOrder.priorities';
    case 'urgency':
    case 'defaulturgency':
      return 'workOrder.urgencies';
    case 'impact':
      return 'workOrder.impacts';
    case 'channel':
      return 'contact.channels';
    case 'kind':
      return entityType === 'Supervision' ? 'supervision.kinds' : null;
    case 'complaintlevel':
      return 'audit.complaintLevels';
    case 'escalationlevel':
      return 'audit.escalationLevels';
    case 'event':
      return 'audit.workflowEdits';
    default:
      return null;
  }
}

const phoneFields = new Set(['callernumber', 'dispatchphone', 'phonenumber']);

/**
 * Values arrive as the server stored them: enum names ("Arrears"), ids, ISO instants, E.164 numbers, True/False.
 * Shown the way the rest of the UI shows them; an id as the name of what it points at (the server sends it as text).
 */
function Value({ field, value, text, entityType }: { field: string; value?: string | null; text?: string | null; entityType?: string }) {
  const { t } = useTranslation();
  const stations = useStations();
  const name = field.split('.').pop()?.toLowerCase() ?? '';
  const roles = useRoles(name === 'role');
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>;
  }
  if (text) return <>{text}</>;
  if (name === 'stationid' || name === 'ownerstationid') {
    const station = stations.data?.find((st) => st.id === value);
    if (station) return <>{`${station.code} ${station.name}`}</>;
  }
  if (name === 'workflowinstanceid') return <Link to={`/workflow-instances/${encodeURIComponent(value)}`}>{t('audit.openInstance')}</Link>;
  if (name === 'careflags') {
    const flags = parseCareFlags(value);
    if (flags.length === 0) return <>{value === 'None' || value === '0' ? '—' : value}</>;
    return <>{flags.map((f) => t(`enums.careFlags.${f}`)).join('、')}</>;
  }
  if (name === 'role') return <>{roles.data?.find((r) => r.name === value)?.displayName || value}</>;
  if (name === 'phone') {
    // A household's phone row: "*" marks the primary number, " ext. 201" an extension.
    const primary = value.startsWith('*');
    const [number, extension] = value.replace(/^\*/, '').split(' ext. ');
    return <>{(primary ? `${t('audit.primaryPhone')} ` : '') + formatPhone(number, extension)}</>;
  }
  if (phoneFields.has(name)) return <>{formatPhone(value)}</>;
  const list = enumKey(entityType, name);
  if (list) return <>{t(`${list}.${value}`, { defaultValue: value })}</>;
  if (value === 'True' || value === 'False') return <>{t(value === 'True' ? 'audit.yes' : 'audit.no')}</>;
  if (instantPattern.test(value)) return <>{formatDateTime(value)}</>;
  // An id whose row is gone: say so rather than print the GUID.
  if (isGuid(value)) return <Typography.Text type="secondary">{t('audit.removed')}</Typography.Text>;
  return <>{value}</>;
}

/** One line per field: label: old → new. */
export default function ChangeList({ changes, entityType }: { changes: AuditChange[]; entityType?: string }) {
  const fieldLabel = useFieldLabel();
  if (changes.length === 0) return null;
  return (
    <ul className="cc-changes">
      {changes.map((change, index) => (
        <li key={`${change.field}-${index}`} data-testid={`change-${change.field}`}>
          <strong>{fieldLabel(change.field, entityType)}</strong>:{' '}
          {change.oldValue !== null && change.oldValue !== undefined && change.oldValue !== '' && (
            <>
              <span className="cc-old">
                <Value field={change.field} value={change.oldValue} text={change.oldText} entityType={entityType} />
              </span>{' '}
              →{' '}
            </>
          )}
          <span className="cc-new">
            <Value field={change.field} value={change.newValue} text={change.newText} entityType={entityType} />
          </span>
        </li>
      ))}
    </ul>
  );
}
