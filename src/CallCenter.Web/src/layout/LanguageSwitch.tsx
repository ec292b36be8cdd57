import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** One button that switches to the other language; the choice is remembered in localStorage. */
export default function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { i18n, t } = useTranslation();
  const next = i18n.language === 'en' ? 'zh-Hans' : 'en';
  return (
    <Button
      type={type}
      icon={<GlobalOutlined />}
      onClick={() => void i18n.changeLanguage(next)}
      data-testid="language-switch"
      aria-label={t('common.switchLanguage')}
      title={t('common.switchLanguage')}
    >
      {next === 'en' ? 'English' : '中文'}
    </Button>
  );
}
