import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { knowledgeApi } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

/** One group per line, terms separated by commas: the format editors already keep in spreadsheets. */
export default function KnowledgeSynonymsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const synonyms = useQuery({ queryKey: queryKeys.knowledge.synonyms, queryFn: knowledgeApi.synonyms, enabled: open });
  const [text, setText] = useState('');
  useEffect(() => {
    if (synonyms.data) setText(synonyms.data.groups.map((g) => g.join('，')).join('\n'));
  }, [synonyms.data]);
  const save = useMutation({
    mutationFn: () =>
      knowledgeApi.setSynonyms(
        text
          .split('\n')
          .map((line) => line.split(/[,，、]/).map((term) => term.trim()).filter(Boolean))
          .filter((group) => group.length > 0),
      ),
    onSuccess: () => {
      void message.success(t('knowledge.synonymsSaved'));
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      title={t('knowledge.synonyms')}
      onCancel={onClose}
      onOk={() => save.mutate()}
      confirmLoading={save.isPending}
      okText={t('common.save')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('knowledge.synonymsHelp')}</Typography.Paragraph>
      {save.isError && <Alert type="error" showIcon title={errorMessage(save.error, t('knowledge.saveFailed'))} style={{ marginBottom: 8 }} />}
      <Input.TextArea rows={12} value={text} onChange={(e) => setText(e.target.value)} data-testid="knowledge-synonyms-text" />
    </Modal>
  );
}
