import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditChange } from '../api/types';
import { parseCareFlags } from '../utils/careFlags';
import { useStations } from '../pages/stations/useStations';

/** "Notes" or "Address.Community" → a label from fields.*, else the name as the server sent it. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const key = field
      .split('.')
      .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
      .join('.');
    const last = key.split('.').pop() ?? key;
    return t(`fields.${key}`, { defaultValue: t(`fields.${last}`, { defaultValue: field }) });
  };
}

/** Enum values arrive as their C# names ("Arrears"), stations as ids; show them the way the rest of the UI does. */
function Value({ field, value }: { field: string; value?: string | null }) {
  const { t } = useTranslation();
  const stations = useStations();
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">{t('audit.empty')}</Typography.Text>;
  }
  const name = field.split('.').pop()?.toLowerCase();
  if (name === 'stationid') {
    const station = stations.data?.find((st) => st.id === value);
    if (station) return <>{`${station.code} ${station.name}`}</>;
  }
  if (name === 'status') return <>{t(`enums.accountStatus.${value}`, { defaultValue: value })}</>;
  if (name === 'heatingtype') return <>{t(`enums.heatingType.${value}`, { defaultValue: value })}</>;
  if (name === 'careflags') {
    const flags = parseCareFlags(value);
    if (flags.length === 0) return <>{value === 'None' || value === '0' ? '—' : value}</>;
    return <>{flags.map((f) => t(`enums.careFlags.${f}`)).join('、')}</>;
  }
  return <>{value}</>;
}

/** One line per field: label: old → new. */
export default function ChangeList({ changes }: { changes: AuditChange[] }) {
  const fieldLabel = useFieldLabel();
  if (changes.length === 0) return null;
  return (
    <ul className="cc-changes">
      {changes.map((change, index) => (
        <li key={`${change.field}-${index}`} data-testid={`change-${change.field}`}>
          <strong>{fieldLabel(change.field)}</strong>:{' '}
          {change.oldValue !== null && change.oldValue !== undefined && change.oldValue !== '' && (
            <>
              <span className="cc-old">
                <Value field={change.field} value={change.oldValue} />
              </span>{' '}
              →{' '}
            </>
          )}
          <span className="cc-new">
            <Value field={change.field} value={change.newValue} />
          </span>
        </li>
      ))}
    </ul>
  );
}
