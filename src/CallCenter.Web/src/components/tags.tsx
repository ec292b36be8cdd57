import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountStatus, CareFlagsWire } from '../api/types';
import { parseCareFlags } from '../utils/careFlags';

const statusColors: Record<AccountStatus, string> = {
  Normal: 'green',
  Arrears: 'orange',
  Suspended: 'default',
  Closed: 'default',
};

export function StatusTag({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status] ?? 'default'} data-testid="status-tag">
      {t(`enums.accountStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Care flags are always red: an agent must not miss an elderly person living alone. */
export function CareFlagTags({ value }: { value: CareFlagsWire }) {
  const { t } = useTranslation();
  const flags = parseCareFlags(value);
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((flag) => (
        <Tag key={flag} color="red" className="cc-care-tag" data-testid={`care-flag-${flag}`}>
          {t(`enums.careFlags.${flag}`)}
        </Tag>
      ))}
    </>
  );
}
