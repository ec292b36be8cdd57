import { useState } from 'react';
import { LockOutlined, UserOutlined, FireOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { errorMessage } from '../api/client';
import LanguageSwitch from '../layout/LanguageSwitch';

interface LoginForm {
  userName: string;
  password: string;
}

/** Only same-site paths, so a crafted link cannot send a fresh sign-in elsewhere. */
function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { user, signIn, loading } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const returnTo = safeReturnTo(params.get('returnTo'));

  if (!loading && user) return <Navigate to={returnTo} replace />;

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      await signIn(values.userName.trim(), values.password);
      navigate(returnTo, { replace: true });
    } catch (e) {
      setError(errorMessage(e, t('login.failed')));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="cc-login">
      <Card className="cc-login-card" data-testid="login-card">
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 8 }}>
          <div>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              <FireOutlined style={{ color: '#d4380d' }} /> {t('app.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
              {t('login.subtitle')}
            </Typography.Paragraph>
          </div>
          <LanguageSwitch />
        </div>
        {error && (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item
            name="userName"
            label={t('login.userName')}
            rules={[{ required: true, message: t('login.userNameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
