import { CloudSyncOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueuedAction } from '../../offline/types';

/** Tells the technician what has not reached the server yet, and lets them push it when they see signal. */
export default function PendingActionsBar({ pending, online, onRetry }: { pending: QueuedAction[]; online: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  if (online && pending.length === 0) return null;
  return (
    <Alert
      style={{ marginBottom: 12 }}
      type={online ? 'info' : 'warning'}
      showIcon
      icon={online ? <CloudSyncOutlined /> : <DisconnectOutlined />}
      data-testid="tech-sync-bar"
      title={
        <span>
          {!online && <span data-testid="tech-offline">{t('tech.offline')} </span>}
          {pending.length > 0 && (
            <span data-testid="tech-pending" data-count={pending.length}>
              {t('tech.pendingActions', { count: pending.length })}
            </span>
          )}
        </span>
      }
      action={
        pending.length > 0 ? (
          <Button size="small" onClick={onRetry} data-testid="tech-sync-now">
            {t('tech.syncNow')}
          </Button>
        ) : undefined
      }
    />
  );
}
