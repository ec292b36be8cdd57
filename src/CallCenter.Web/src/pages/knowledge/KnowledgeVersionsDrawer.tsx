import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Drawer, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../utils/time';
import { knowledgeApi, type KnowledgeVersion } from '../../api/knowledge';
import { lineDiff } from './lineDiff';
import { queryKeys } from '../../api/queryKeys';

function asText(v: KnowledgeVersion) {
  return [`# ${v.title}`, '', `> ${v.standardAnswer}`, '', `keywords: ${v.keywords.join(', ')}`, '', v.bodyMarkdown].join('\n');
}

/** Who changed the article when, and what a version changed against the one before it. */
export default function KnowledgeVersionsDrawer({ id, open, onClose }: { id: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const versions = useQuery({ queryKey: queryKeys.knowledge.versions(id), queryFn: () => knowledgeApi.versions(id), enabled: open });
  const [selected, setSelected] = useState<number | undefined>();
  const list = versions.data ?? [];
  const current = list.find((v) => v.version === selected) ?? list[0];
  const previous = current && list.find((v) => v.version === current.version - 1);
  const diff = current ? lineDiff(previous ? asText(previous) : '', asText(current)) : [];
  return (
    <Drawer open={open} onClose={onClose} title={t('knowledge.versions')} size="large" data-testid="knowledge-versions">
      <Select
        style={{ width: '100%', marginBottom: 12 }}
        value={current?.version}
        onChange={setSelected}
        options={list.map((v) => ({
          value: v.version,
          label: t('knowledge.versionOption', { version: v.version, editor: v.editorName ?? '—', time: formatDateTime(v.creationTime) }),
        }))}
      />
      <Typography.Text type="secondary">{previous ? t('knowledge.diffAgainst', { version: previous.version }) : t('knowledge.firstVersion')}</Typography.Text>
      <pre className="cc-knowledge-diff" data-testid="knowledge-diff">
        {diff.map((line, i) => (
          <div key={i} className={`cc-diff-${line.kind}`}>
            {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
            {line.text}
          </div>
        ))}
      </pre>
    </Drawer>
  );
}
