import { App, Button, Drawer, List, Popconfirm, Space, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { workflowsApi, type WorkflowDefinition } from '../../api/workflows';
import QueryError from '../../components/QueryError';
import { queryKeys } from '../../api/queryKeys';

interface Props {
  open: boolean;
  definitionId: string;
  canEdit: boolean;
  onClose: () => void;
  /** Puts an old version's content on the canvas (as the new draft; saving records it). */
  onRevert: (definition: WorkflowDefinition) => void;
}

export default function VersionsDrawer({ open, definitionId, canEdit, onClose, onRevert }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const versions = useQuery({ queryKey: queryKeys.workflows.versions(definitionId), queryFn: () => workflowsApi.versions(definitionId), enabled: open });

  const revert = async (version: number) => {
    try {
      onRevert(await workflowsApi.get(definitionId, version));
      message.info(t('workflows.versions.reverted', { version }));
      onClose();
    } catch (e) {
      message.error(errorMessage(e, t('common.requestFailed')));
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('workflows.versions.title')} size="default" data-testid="versions">
      {versions.isError && <QueryError error={versions.error} onRetry={() => void versions.refetch()} />}
      <List
        loading={versions.isLoading}
        dataSource={versions.data ?? []}
        renderItem={(v) => (
          <List.Item
            actions={[
              canEdit && !v.isLatest ? (
                <Popconfirm key="revert" title={t('workflows.versions.revertConfirm', { version: v.version })} onConfirm={() => void revert(v.version)}>
                  <Button size="small" data-testid={`revert-${v.version}`}>
                    {t('workflows.versions.revert')}
                  </Button>
                </Popconfirm>
              ) : null,
            ]}
          >
            <Space>
              <strong>v{v.version}</strong>
              {v.isPublished && <Tag color="green">{t('workflows.status.published')}</Tag>}
              {v.isLatest && !v.isPublished && <Tag color="gold">{t('workflows.status.draft')}</Tag>}
              <span>{v.name}</span>
            </Space>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
