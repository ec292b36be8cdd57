import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { firstPath, visibleNavigation } from './navigation';

export default function HomeRedirect() {
  const { hasPermission, user } = useAuth();
  const { t } = useTranslation();
  const target = firstPath(visibleNavigation(hasPermission));
  if (target) return <Navigate to={target} replace />;
  return (
    <Result
      status="info"
      title={t('home.welcome', { name: user?.displayName ?? '' })}
      subTitle={t('home.nothingToShow')}
      data-testid="home-empty"
    />
  );
}
