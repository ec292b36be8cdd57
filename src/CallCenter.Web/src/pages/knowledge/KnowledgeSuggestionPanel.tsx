import './knowledge.css';
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { knowledgeApi } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

/**
 * Articles for what the agent is handling, for the agent desktop to embed beside the wrap-up form: pass the
 * disposition category code and/or the notes being typed. Waits for a pause in typing before asking.
 */
export default function KnowledgeSuggestionPanel({ text, categoryCode, take = 5 }: { text?: string; categoryCode?: string; take?: number }) {
  const { t } = useTranslation();
  const [debounced, setDebounced] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text), 400);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery({
    queryKey: queryKeys.knowledge.suggestions(debounced, categoryCode, take),
    queryFn: () => knowledgeApi.suggestions(debounced, categoryCode, take),
    enabled: Boolean(debounced?.trim() || categoryCode),
  });
  return (
    <Card size="small" title={t('knowledge.suggestions')} data-testid="knowledge-suggestions">
      {(suggestions.data ?? []).length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('knowledge.noSuggestions')} />}
      {suggestions.data?.map((hit) => (
        <div key={hit.id} className="cc-knowledge-suggestion" data-testid="knowledge-suggestion">
          <Link to={`/knowledge/${hit.id}`}>
            <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
          </Link>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 8 }}>
            {hit.standardAnswer}
          </Typography.Paragraph>
        </div>
      ))}
    </Card>
  );
}
