import './knowledge.css';
import { DislikeOutlined, EditOutlined, LikeOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import { knowledgeApi, KnowledgePermissions, statusColor } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

export default function KnowledgeArticlePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const article = useQuery({ queryKey: queryKeys.knowledge.article(id), queryFn: () => knowledgeApi.get(id) });
  const feedback = useMutation({
    mutationFn: (helpful: boolean) => knowledgeApi.feedback(id, helpful, params.get('q') ?? undefined),
    onSuccess: () => {
      void message.success(t('knowledge.thanksForFeedback'));
      void client.invalidateQueries({ queryKey: queryKeys.knowledge.article(id) });
    },
    onError: (e) => void message.error(errorMessage(e, t('knowledge.saveFailed'))),
  });

  if (article.isError) return <QueryError error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  if (!a) return <Card loading />;
  return (
    <>
      <PageHeader
        title={<span data-testid="knowledge-article-title">{a.title}</span>}
        extra={
          hasPermission(KnowledgePermissions.Edit) && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/knowledge/${a.id}/edit`)} data-testid="knowledge-edit">
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Space wrap size={[4, 8]} style={{ marginBottom: 12 }}>
        <Tag>{a.code}</Tag>
        {a.categoryPath.map((c) => (
          <Tag key={c} color="blue">
            {c}
          </Tag>
        ))}
        <Tag color={statusColor[a.status]}>{t(`knowledge.status.${a.status}`)}</Tag>
        <Tag color={a.audience === 'Internal' ? 'purple' : 'cyan'}>{t(`knowledge.audience.${a.audience}`)}</Tag>
        <Typography.Text type="secondary">
          {t('knowledge.versionLine', { version: a.version, time: formatDateTime(a.lastModificationTime) })}
        </Typography.Text>
      </Space>
      <Alert
        type="info"
        showIcon
        title={t('knowledge.standardAnswer')}
        description={<div data-testid="knowledge-standard-answer">{a.standardAnswer}</div>}
        style={{ marginBottom: 16 }}
      />
      <Card size="small">
        {/* Rendered and sanitized by the server when the article was saved. */}
        <div className="cc-knowledge-body" data-testid="knowledge-article-body" dangerouslySetInnerHTML={{ __html: a.bodyHtml }} />
      </Card>
      {a.keywords.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('knowledge.keywords')}：</Typography.Text>
          {a.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </div>
      )}
      {a.status === 'Published' && (
        <Space wrap style={{ marginTop: 16 }}>
          <Typography.Text>{t('knowledge.wasThisHelpful')}</Typography.Text>
          <Button icon={<LikeOutlined />} loading={feedback.isPending} onClick={() => feedback.mutate(true)} data-testid="knowledge-helpful">
            {t('knowledge.helpful')} {a.helpfulCount}
          </Button>
          <Button icon={<DislikeOutlined />} loading={feedback.isPending} onClick={() => feedback.mutate(false)} data-testid="knowledge-not-helpful">
            {t('knowledge.notHelpful')} {a.notHelpfulCount}
          </Button>
        </Space>
      )}
    </>
  );
}
