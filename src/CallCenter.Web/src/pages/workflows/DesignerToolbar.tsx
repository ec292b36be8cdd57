import { Badge, Button, Space, Tag, Tooltip, Typography } from 'antd';
import {
  ApartmentOutlined,
  CopyOutlined,
  DeleteOutlined,
  DiffOutlined,
  ExportOutlined,
  HistoryOutlined,
  PlayCircleOutlined,
  RedoOutlined,
  SaveOutlined,
  SendOutlined,
  SnippetsOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { WorkflowDefinition } from '../../api/workflows';

interface Props {
  definition: WorkflowDefinition;
  dirty: boolean;
  busy: string | null;
  canEdit: boolean;
  canPublish: boolean;
  validation: { pending: boolean; valid: boolean; failed: boolean };
  problemCount: number;
  publishedVersion?: number;
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onCopy: () => void;
  onPaste: () => void;
  onDelete: () => void;
  onLayout: () => void;
  onSave: () => void;
  onPublish: () => void;
  onExport: () => void;
  onTestRun: () => void;
  onCompare: () => void;
  onVersions: () => void;
}

export default function DesignerToolbar(p: Props) {
  const { t } = useTranslation();
  const { validation } = p;
  const status = validation.pending ? (
    <Tag data-testid="validation-status" data-state="pending">{t('workflows.designer.validating')}</Tag>
  ) : validation.failed ? (
    <Tag color="warning" data-testid="validation-status" data-state="failed">{t('workflows.designer.validationFailed')}</Tag>
  ) : validation.valid ? (
    <Tag color="success" data-testid="validation-status" data-state="valid">{t('workflows.designer.valid')}</Tag>
  ) : (
    <Tag color="error" data-testid="validation-status" data-state="invalid">{t('workflows.designer.invalid', { count: p.problemCount })}</Tag>
  );
  const publishBlocked = !validation.valid;
  return (
    <div className="wf-toolbar">
      <div className="wf-toolbar-title">
        <Link to="/workflows">{t('workflows.list.title')}</Link>
        <span> / </span>
        <Typography.Text strong data-testid="designer-title">{p.definition.name || p.definition.definitionId}</Typography.Text>
        <Tag style={{ marginLeft: 8 }}>v{p.definition.version}</Tag>
        {p.definition.isPublished ? <Tag color="green">{t('workflows.status.published')}</Tag> : <Tag color="gold">{t('workflows.status.draft')}</Tag>}
        {p.dirty && <Badge status="warning" text={t('workflows.designer.unsaved')} data-testid="unsaved" />}
        {p.canEdit && status}
      </div>
      <Space wrap size={4}>
        {p.canEdit && (
          <>
            <Tooltip title={`${t('workflows.designer.undo')} (Ctrl+Z)`}>
              <Button icon={<UndoOutlined />} disabled={!p.canUndo} onClick={p.onUndo} data-testid="undo" aria-label={t('workflows.designer.undo')} />
            </Tooltip>
            <Tooltip title={`${t('workflows.designer.redo')} (Ctrl+Y)`}>
              <Button icon={<RedoOutlined />} disabled={!p.canRedo} onClick={p.onRedo} data-testid="redo" aria-label={t('workflows.designer.redo')} />
            </Tooltip>
            <Tooltip title={`${t('workflows.designer.copy')} (Ctrl+C)`}>
              <Button icon={<CopyOutlined />} disabled={!p.hasSelection} onClick={p.onCopy} data-testid="copy" aria-label={t('workflows.designer.copy')} />
            </Tooltip>
            <Tooltip title={`${t('workflows.designer.paste')} (Ctrl+V)`}>
              <Button icon={<SnippetsOutlined />} onClick={p.onPaste} data-testid="paste" aria-label={t('workflows.designer.paste')} />
            </Tooltip>
            <Tooltip title={`${t('common.delete')} (Delete)`}>
              <Button icon={<DeleteOutlined />} disabled={!p.hasSelection} onClick={p.onDelete} data-testid="delete-selection" aria-label={t('common.delete')} />
            </Tooltip>
            <Button icon={<ApartmentOutlined />} onClick={p.onLayout} data-testid="auto-layout">
              {t('workflows.designer.layout')}
            </Button>
          </>
        )}
        <Button icon={<HistoryOutlined />} onClick={p.onVersions} data-testid="versions-open">
          {t('workflows.designer.versions')}
        </Button>
        <Button icon={<DiffOutlined />} onClick={p.onCompare} disabled={!p.publishedVersion} data-testid="compare-open">
          {t('workflows.designer.compare')}
        </Button>
        <Button icon={<ExportOutlined />} onClick={p.onExport} loading={p.busy === 'export'} data-testid="export">
          {t('workflows.designer.export')}
        </Button>
        {p.canEdit && (
          <>
            <Button icon={<SaveOutlined />} onClick={p.onSave} loading={p.busy === 'save'} disabled={!p.dirty} data-testid="save">
              {t('workflows.designer.save')}
            </Button>
            <Tooltip title={!p.publishedVersion ? t('workflows.designer.testRunNeedsPublish') : p.dirty ? t('workflows.designer.testRunPublished') : undefined}>
              <Button icon={<PlayCircleOutlined />} onClick={p.onTestRun} disabled={!p.publishedVersion} data-testid="test-run">
                {t('workflows.designer.testRun')}
              </Button>
            </Tooltip>
          </>
        )}
        {p.canPublish && (
          <Tooltip title={publishBlocked ? t('workflows.designer.publishBlocked') : undefined}>
            <Button type="primary" icon={<SendOutlined />} onClick={p.onPublish} loading={p.busy === 'publish'} disabled={publishBlocked || (!p.dirty && !!p.definition.isPublished)} data-testid="publish">
              {t('workflows.designer.publish')}
            </Button>
          </Tooltip>
        )}
      </Space>
    </div>
  );
}
