import type { ReactNode } from 'react';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', padding: 64 }}>
        <Spin size="large" />
      </div>
    );
  }
  if (!user) {
    const returnTo = location.pathname + location.search;
    return <Navigate to={`/login?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  return <>{children}</>;
}

/** The API enforces permissions; this only keeps a page the user could not use from opening half-empty. */
export function RequirePermission({ permission }: { permission: string }) {
  const { hasPermission } = useAuth();
  const { t } = useTranslation();
  if (!hasPermission(permission)) {
    return <Result status="403" title="403" subTitle={t('common.forbidden')} data-testid="forbidden" />;
  }
  return <Outlet />;
}
