import { BranchesOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The visual workflow designer lands here in a later issue. */
export default function WorkflowsPlaceholderPage() {
  const { t } = useTranslation();
  return (
    <Result
      icon={<BranchesOutlined />}
      title={t('workflows.title')}
      subTitle={t('workflows.comingSoon')}
      data-testid="workflows-placeholder"
    />
  );
}
