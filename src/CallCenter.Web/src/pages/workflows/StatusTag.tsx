import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = { Running: 'processing', Suspended: 'blue', Finished: 'success', Faulted: 'error', Cancelled: 'default' };

export default function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={colors[status]} data-testid="instance-status" data-status={status}>
      {t(`workflows.instanceStatus.${status}`, { defaultValue: status })}
    </Tag>
  );
}
