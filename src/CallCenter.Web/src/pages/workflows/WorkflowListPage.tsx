import { useRef, useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { CopyOutlined, DeleteOutlined, ExportOutlined, ImportOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import { WorkflowPermissions, workflowsApi, type WorkflowListItem } from '../../api/workflows';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import './workflows.css';
import { queryKeys } from '../../api/queryKeys';

const idPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Workflows with their versions and last edit; create, duplicate, delete, import and export. */
export default function WorkflowListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { hasPermission } = useAuth();
  const canEdit = hasPermission(WorkflowPermissions.Edit);
  const list = useQuery({ queryKey: queryKeys.workflows.all, queryFn: workflowsApi.list });
  const [dialog, setDialog] = useState<{ kind: 'create' | 'duplicate'; source?: WorkflowListItem } | null>(null);
  const [form] = Form.useForm<{ definitionId: string; name: string }>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.workflows.all });

  const submit = async () => {
    const { definitionId, name } = await form.validateFields();
    setBusy(true);
    try {
      if (dialog?.kind === 'duplicate' && dialog.source) await workflowsApi.duplicate(dialog.source.definitionId, definitionId, name);
      else {
        const exists = list.data?.some((w) => w.definitionId === definitionId);
        if (exists) throw new Error(t('workflows.list.idTaken'));
        await workflowsApi.saveDraft({ definitionId, name, root: { type: 'Flowchart', id: 'flowchart1', activities: [], connections: [] } });
      }
      setDialog(null);
      void refresh();
      navigate(`/workflows/${encodeURIComponent(definitionId)}`);
    } catch (e) {
      form.setFields([{ name: 'definitionId', errors: [e instanceof ApiError && e.status === 409 ? t('workflows.list.idTaken') : errorMessage(e, t('common.requestFailed'))] }]);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (row: WorkflowListItem) => {
    try {
      await workflowsApi.remove(row.definitionId);
      message.success(t('workflows.list.deleted'));
      void refresh();
    } catch (e) {
      const live = e instanceof ApiError ? (e.problem as { liveInstances?: number }).liveInstances : undefined;
      message.error(live ? t('workflows.list.deleteRefused', { count: live }) : errorMessage(e, t('common.requestFailed')));
    }
  };

  const exportOne = async (row: WorkflowListItem) => {
    const text = await workflowsApi.exportText(row.definitionId);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${row.definitionId}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const importFile = async (file: File) => {
    try {
      const result = await workflowsApi.import(JSON.parse(await file.text()));
      message.success(t('workflows.list.imported', { id: result.definitionId, version: result.version }));
      void refresh();
    } catch (e) {
      message.error(e instanceof SyntaxError ? t('workflows.list.notJson') : errorMessage(e, t('common.requestFailed')));
    }
  };

  const columns: TableProps<WorkflowListItem>['columns'] = [
    {
      title: t('workflows.list.name'),
      key: 'name',
      render: (_, row) => (
        <>
          <Link to={`/workflows/${encodeURIComponent(row.definitionId)}`} data-testid={`open-${row.definitionId}`}>
            {row.name || row.definitionId}
          </Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.definitionId}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('workflows.list.version'),
      key: 'version',
      width: 190,
      render: (_, row) => (
        <Space size={4} wrap>
          <span>v{row.latestVersion}</span>
          {row.latestIsPublished ? <Tag color="green">{t('workflows.status.published')}</Tag> : <Tag color="gold">{t('workflows.status.draft')}</Tag>}
          {!row.latestIsPublished && row.publishedVersion && <Tag color="green">{t('workflows.list.publishedVersion', { version: row.publishedVersion })}</Tag>}
        </Space>
      ),
    },
    {
      title: t('workflows.list.lastEdited'),
      key: 'edited',
      width: 200,
      render: (_, row) => (
        <>
          <div>{row.lastEditedBy ?? t('workflows.list.system')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(row.lastEditedAt)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('workflows.list.live'),
      dataIndex: 'liveInstances',
      width: 100,
      render: (n: number, row) => <Link to={`/workflow-instances?definitionId=${encodeURIComponent(row.definitionId)}`}>{n}</Link>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => (
        <Space size={0} wrap>
          <Button type="link" size="small" icon={<UnorderedListOutlined />} onClick={() => navigate(`/workflow-instances?definitionId=${encodeURIComponent(row.definitionId)}`)} aria-label={t('workflows.list.instances')} />
          <Button type="link" size="small" icon={<ExportOutlined />} onClick={() => void exportOne(row)} aria-label={t('workflows.designer.export')} />
          {canEdit && (
            <Button
              type="link"
              size="small"
              icon={<CopyOutlined />}
              data-testid={`duplicate-${row.definitionId}`}
              aria-label={t('workflows.list.duplicate')}
              onClick={() => {
                form.setFieldsValue({ definitionId: `${row.definitionId}-copy`, name: `${row.name} ${t('workflows.list.copySuffix')}` });
                setDialog({ kind: 'duplicate', source: row });
              }}
            />
          )}
          {canEdit && (
            <Popconfirm title={t('workflows.list.deleteConfirm', { name: row.name })} onConfirm={() => void remove(row)}>
              <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid={`delete-${row.definitionId}`} aria-label={t('common.delete')} />
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('workflows.list.title')}
        testId="page-title"
        extra={
          canEdit && (
            <>
              <Button icon={<ImportOutlined />} onClick={() => fileInput.current?.click()} data-testid="import">
                {t('workflows.list.import')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                data-testid="create-workflow"
                onClick={() => {
                  form.resetFields();
                  setDialog({ kind: 'create' });
                }}
              >
                {t('workflows.list.create')}
              </Button>
            </>
          )
        }
      />
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        style={{ display: 'none' }}
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<WorkflowListItem> rowKey="definitionId" size="middle" columns={columns} dataSource={list.data} loading={list.isFetching} scroll={{ x: 860 }} pagination={false} data-testid="workflow-table" />
      <Modal
        open={!!dialog}
        title={dialog?.kind === 'duplicate' ? t('workflows.list.duplicateTitle', { name: dialog.source?.name }) : t('workflows.list.create')}
        confirmLoading={busy}
        onOk={() => void submit()}
        onCancel={() => setDialog(null)}
        okButtonProps={{ 'data-testid': 'create-ok' } as React.ComponentProps<typeof Button>}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="definitionId"
            label={t('workflows.list.definitionId')}
            extra={t('workflows.list.definitionIdHelp')}
            rules={[{ required: true, pattern: idPattern, message: t('workflows.list.definitionIdRule') }]}
          >
            <Input data-testid="create-id" />
          </Form.Item>
          <Form.Item name="name" label={t('workflows.list.name')} rules={[{ required: true, whitespace: true }]}>
            <Input data-testid="create-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
