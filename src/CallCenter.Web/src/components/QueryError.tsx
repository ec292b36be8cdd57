import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';

export default function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error, t('common.loadFailed'))}
      action={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      style={{ marginBottom: 16 }}
      data-testid="query-error"
    />
  );
}
