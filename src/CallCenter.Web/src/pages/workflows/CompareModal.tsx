import { Empty, List, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkflowDefinition } from '../../api/workflows';
import { diffDefinitions, isEmptyDiff } from '../../workflows/diff';

interface Props {
  open: boolean;
  published: WorkflowDefinition | null | undefined;
  current: WorkflowDefinition;
  onClose: () => void;
}

/** The current canvas against the published version: nodes added, removed, changed (which inputs), connections, settings. */
export default function CompareModal({ open, published, current, onClose }: Props) {
  const { t } = useTranslation();
  const diff = published ? diffDefinitions(published, current) : null;
  const rows: { key: string; tag: React.ReactNode; text: React.ReactNode }[] = [];
  if (diff) {
    for (const a of diff.added) rows.push({ key: `+${a.id}`, tag: <Tag color="green">{t('workflows.compare.added')}</Tag>, text: `${a.name ?? a.id} (${a.type})` });
    for (const a of diff.removed) rows.push({ key: `-${a.id}`, tag: <Tag color="red">{t('workflows.compare.removed')}</Tag>, text: `${a.name ?? a.id} (${a.type})` });
    for (const c of diff.changed)
      rows.push({
        key: `~${c.id}`,
        tag: <Tag color="orange">{t('workflows.compare.changed')}</Tag>,
        text: (
          <>
            {c.name ?? c.id} ({c.type}){' '}
            <Typography.Text type="secondary">
              {[...(c.renamed ? [t('workflows.compare.renamed')] : []), ...(c.retyped ? [t('workflows.compare.retyped')] : []), ...c.inputs.map((i) => t('workflows.compare.input', { name: i }))].join('，')}
            </Typography.Text>
          </>
        ),
      });
    for (const e of diff.addedConnections) rows.push({ key: `+c${e}`, tag: <Tag color="green">{t('workflows.compare.connectionAdded')}</Tag>, text: <code>{e}</code> });
    for (const e of diff.removedConnections) rows.push({ key: `-c${e}`, tag: <Tag color="red">{t('workflows.compare.connectionRemoved')}</Tag>, text: <code>{e}</code> });
    for (const s of diff.settings) rows.push({ key: `s${s}`, tag: <Tag color="blue">{t('workflows.compare.setting')}</Tag>, text: t(`workflows.compare.settings.${s}`) });
  }
  return (
    <Modal open={open} title={t('workflows.compare.title', { version: published?.version ?? '-' })} footer={null} onCancel={onClose} width={640}>
      <div data-testid="compare">
        {!published && <Empty description={t('workflows.compare.noPublished')} />}
        {diff && isEmptyDiff(diff) && <Empty description={t('workflows.compare.same')} />}
        {rows.length > 0 && <List size="small" dataSource={rows} renderItem={(r) => <List.Item key={r.key}>{r.tag} {r.text}</List.Item>} />}
      </div>
    </Modal>
  );
}
