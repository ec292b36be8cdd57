import './knowledge.css';
import { useState } from 'react';
import { PlusOutlined, SearchOutlined, TagsOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Pagination, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import KnowledgeSynonymsModal from './KnowledgeSynonymsModal';
import { knowledgeApi, KnowledgePermissions, statusColor, type ArticleStatus, type KnowledgeHit } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

/** A result: the title and excerpt come highlighted from the server, which escapes everything but <em>. */
export function KnowledgeHitCard({ hit, query }: { hit: KnowledgeHit; query?: string }) {
  const { t } = useTranslation();
  const to = `/knowledge/${hit.id}` + (query ? `?q=${encodeURIComponent(query)}` : '');
  return (
    <Card size="small" className="cc-knowledge-hit" data-testid={`knowledge-hit-${hit.code}`}>
      <Link to={to} data-testid="knowledge-hit-link">
        <Typography.Text strong className="cc-knowledge-title" data-testid="knowledge-hit-title">
          <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
        </Typography.Text>
      </Link>
      <div className="cc-knowledge-meta">
        <Tag>{hit.code}</Tag>
        {hit.categoryName && <Tag color="blue">{hit.categoryName}</Tag>}
        {hit.status !== 'Published' && <Tag color={statusColor[hit.status]}>{t(`knowledge.status.${hit.status}`)}</Tag>}
        {hit.audience === 'Internal' && <Tag color="purple">{t('knowledge.audience.Internal')}</Tag>}
      </div>
      <div className="cc-knowledge-snippet" data-testid="knowledge-hit-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
      <div className="cc-knowledge-answer">
        <Typography.Text type="secondary">{t('knowledge.standardAnswer')}：</Typography.Text>
        {hit.standardAnswer}
      </div>
    </Card>
  );
}

export default function KnowledgeSearchPage() {
  const { t } = useTranslation();
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const categoryId = params.get('category') ?? undefined;
  const status = (params.get('status') ?? undefined) as ArticleStatus | undefined;
  const page = Number(params.get('page') ?? '1');
  const [text, setText] = useState(q);
  const [synonymsOpen, setSynonymsOpen] = useState(false);
  const isEditor = hasPermission(KnowledgePermissions.Edit);

  const result = useQuery({
    queryKey: queryKeys.knowledge.search(q, categoryId, page, status),
    queryFn: () => knowledgeApi.search(q, categoryId, page, status),
    enabled: q.trim().length > 0,
  });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  };

  const search = (value: string) => update({ q: value.trim() || undefined, page: undefined, category: undefined });

  return (
    <>
      <PageHeader
        title={t('knowledge.title')}
        testId="page-title"
        extra={
          isEditor && (
            <>
              <Button icon={<TagsOutlined />} onClick={() => setSynonymsOpen(true)} data-testid="knowledge-synonyms">
                {t('knowledge.synonyms')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/knowledge/new')} data-testid="knowledge-create">
                {t('knowledge.create')}
              </Button>
            </>
          )
        }
      />
      <div className="cc-filters">
        <Space.Compact className="cc-filter-search">
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('knowledge.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={() => search(text)}
            data-testid="knowledge-search"
          />
          <Button type="primary" onClick={() => search(text)} data-testid="knowledge-search-button">
            {t('common.search')}
          </Button>
        </Space.Compact>
        {isEditor && (
          <Select
            allowClear
            style={{ minWidth: 120 }}
            placeholder={t('knowledge.allStatuses')}
            value={status}
            onChange={(value) => update({ status: value, page: undefined })}
            options={(['Draft', 'Published', 'Archived'] as const).map((s) => ({ value: s, label: t(`knowledge.status.${s}`) }))}
            data-testid="knowledge-status-filter"
          />
        )}
      </div>
      {result.isError && <QueryError error={result.error} onRetry={() => void result.refetch()} />}
      {result.data && result.data.facets.length > 0 && (
        <Space wrap size={[4, 8]} style={{ marginBottom: 12 }} data-testid="knowledge-facets">
          <Tag.CheckableTag checked={!categoryId} onChange={() => update({ category: undefined, page: undefined })}>
            {t('knowledge.allCategories')}
          </Tag.CheckableTag>
          {result.data.facets.map((f) => (
            <Tag.CheckableTag
              key={f.categoryId}
              checked={categoryId === f.categoryId}
              onChange={(checked) => update({ category: checked ? f.categoryId : undefined, page: undefined })}
              data-testid="knowledge-facet"
            >
              {f.name} ({f.count})
            </Tag.CheckableTag>
          ))}
        </Space>
      )}
      {!q && <Empty description={t('knowledge.typeToSearch')} />}
      {q && result.data && result.data.items.length === 0 && <Empty description={t('knowledge.noResults')} />}
      <div className="cc-knowledge-results" data-testid="knowledge-results">
        {result.data?.items.map((hit) => <KnowledgeHitCard key={hit.id} hit={hit} query={q} />)}
      </div>
      {result.data && result.data.totalCount > 10 && (
        <Pagination
          style={{ marginTop: 16 }}
          current={page}
          pageSize={10}
          total={Math.min(result.data.totalCount, 500)}
          showSizeChanger={false}
          onChange={(p) => update({ page: String(p) })}
        />
      )}
      <KnowledgeSynonymsModal open={synonymsOpen} onClose={() => setSynonymsOpen(false)} />
    </>
  );
}
