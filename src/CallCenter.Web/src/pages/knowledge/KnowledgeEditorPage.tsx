import './knowledge.css';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { HistoryOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Tabs, Tag, TreeSelect } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { applyServerErrors } from '../../utils/formErrors';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import KnowledgeImageButton from './KnowledgeImageButton';
import KnowledgeVersionsDrawer from './KnowledgeVersionsDrawer';
import { knowledgeApi, KnowledgePermissions, statusColor, type KnowledgeArticle, type KnowledgeArticleInput, type KnowledgeCategory } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

function toTree(categories: KnowledgeCategory[], parentId: string | null = null): TreeNode[] {
  return categories
    .filter((c) => c.parentId === parentId)
    .map((c) => ({ value: c.id, title: c.name, children: toTree(categories, c.id) }));
}

export default function KnowledgeEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<KnowledgeArticleInput>();
  const [preview, setPreview] = useState('');
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [publishAt, setPublishAt] = useState<Dayjs | null>(null);
  const body = useRef<TextAreaRef>(null);
  const categories = useQuery({ queryKey: queryKeys.knowledge.categories, queryFn: knowledgeApi.categories });
  const article = useQuery({ queryKey: queryKeys.knowledge.article(id), queryFn: () => knowledgeApi.get(id!), enabled: Boolean(id) });
  const tree = useMemo(() => toTree(categories.data ?? []), [categories.data]);

  useEffect(() => {
    if (article.data) form.setFieldsValue(article.data);
  }, [article.data, form]);

  /** Puts Markdown at the cursor in the body (where the browser last left it), on a paragraph of its own. */
  const insertIntoBody = (markdown: string) => {
    const current: string = form.getFieldValue('bodyMarkdown') ?? '';
    const at = body.current?.resizableTextArea?.textArea.selectionEnd ?? current.length;
    const before = current.slice(0, at);
    const after = current.slice(at);
    const gap = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    form.setFieldsValue({ bodyMarkdown: `${before}${gap}${markdown}\n${after.startsWith('\n') ? '' : '\n'}${after}` });
  };

  const afterSave = (saved: KnowledgeArticle) => {
    client.setQueryData(['knowledge-article', saved.id], saved);
    void client.invalidateQueries({ queryKey: queryKeys.knowledge.searches });
    void client.invalidateQueries({ queryKey: queryKeys.knowledge.versions(saved.id) });
    void message.success(t('common.saved'));
    if (!id) navigate(`/knowledge/${saved.id}/edit`, { replace: true });
  };
  const save = useMutation({
    mutationFn: (values: KnowledgeArticleInput) =>
      id ? knowledgeApi.update(id, { ...values, concurrencyStamp: article.data?.concurrencyStamp }) : knowledgeApi.create(values),
    onSuccess: afterSave,
    onError: (error) => void applyServerErrors(form, error),
  });
  const publish = useMutation({ mutationFn: () => knowledgeApi.publish(id!, publishAt?.toISOString()), onSuccess: afterSave });
  const archive = useMutation({ mutationFn: () => knowledgeApi.archive(id!), onSuccess: afterSave });
  const failed = save.error ?? publish.error ?? archive.error;

  if (article.isError) return <QueryError error={article.error} onRetry={() => void article.refetch()} />;
  const a = article.data;
  const canPublish = hasPermission(KnowledgePermissions.Publish) && a;
  return (
    <>
      <PageHeader
        title={a ? t('knowledge.editTitle', { code: a.code }) : t('knowledge.create')}
        testId="page-title"
        extra={
          a && (
            <>
              <Tag color={statusColor[a.status]}>{t(`knowledge.status.${a.status}`)}</Tag>
              <Button icon={<HistoryOutlined />} onClick={() => setVersionsOpen(true)} data-testid="knowledge-history">
                {t('knowledge.versions')}
              </Button>
              <Button onClick={() => navigate(`/knowledge/${a.id}`)}>{t('knowledge.view')}</Button>
            </>
          )
        }
      />
      {failed && <Alert type="error" showIcon title={errorMessage(failed, t('knowledge.saveFailed'))} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)} initialValues={{ audience: 'Internal', keywords: [], questions: [] }}>
        <Form.Item name="title" label={t('knowledge.fields.title')} rules={[{ required: true, message: t('knowledge.required') }]}>
          <Input maxLength={200} data-testid="knowledge-title-input" />
        </Form.Item>
        <Space wrap style={{ width: '100%' }} align="start">
          <Form.Item name="categoryId" label={t('knowledge.fields.category')} rules={[{ required: true, message: t('knowledge.required') }]}>
            <TreeSelect treeData={tree} treeDefaultExpandAll style={{ minWidth: 220 }} data-testid="knowledge-category-input" />
          </Form.Item>
          <Form.Item name="audience" label={t('knowledge.fields.audience')}>
            <Radio.Group
              options={(['Internal', 'Public'] as const).map((v) => ({ value: v, label: t(`knowledge.audience.${v}`) }))}
              optionType="button"
            />
          </Form.Item>
        </Space>
        <Form.Item name="keywords" label={t('knowledge.keywords')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} data-testid="knowledge-keywords-input" />
        </Form.Item>
        {/* One phrasing per line; the server trims them and drops empty lines. */}
        <Form.Item
          name="questions"
          label={t('knowledge.questions')}
          extra={t('knowledge.questionsHelp')}
          getValueProps={(value?: string[]) => ({ value: (value ?? []).join('\n') })}
          getValueFromEvent={(e: ChangeEvent<HTMLTextAreaElement>) => e.target.value.split('\n')}
        >
          <Input.TextArea rows={4} data-testid="knowledge-questions-input" />
        </Form.Item>
        <Form.Item name="standardAnswer" label={t('knowledge.standardAnswer')} rules={[{ required: true, message: t('knowledge.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="knowledge-answer-input" />
        </Form.Item>
        <Tabs
          onChange={(key) => key === 'preview' && void knowledgeApi.preview(form.getFieldValue('bodyMarkdown') ?? '').then((r) => setPreview(r.html))}
          items={[
            {
              key: 'write',
              label: t('knowledge.write'),
              forceRender: true,
              children: (
                <Form.Item name="bodyMarkdown" label={t('knowledge.fields.body')} extra={<KnowledgeImageButton articleId={id} onUploaded={insertIntoBody} />}>
                  <Input.TextArea ref={body} rows={14} className="cc-mono" data-testid="knowledge-body-input" />
                </Form.Item>
              ),
            },
            {
              key: 'preview',
              label: t('knowledge.preview'),
              children: (
                <Card size="small">
                  <div className="cc-knowledge-body" data-testid="knowledge-preview" dangerouslySetInnerHTML={{ __html: preview }} />
                </Card>
              ),
            },
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="knowledge-save">
            {t('common.save')}
          </Button>
          {canPublish && a.status !== 'Published' && (
            <>
              <DatePicker showTime value={publishAt} onChange={setPublishAt} placeholder={t('knowledge.publishAtPlaceholder')} />
              <Button onClick={() => publish.mutate()} loading={publish.isPending} data-testid="knowledge-publish">
                {publishAt ? t('knowledge.schedule') : t('knowledge.publish')}
              </Button>
            </>
          )}
          {canPublish && a.status !== 'Archived' && (
            <Button danger onClick={() => archive.mutate()} loading={archive.isPending} data-testid="knowledge-archive">
              {t('knowledge.archive')}
            </Button>
          )}
        </Space>
        {a?.scheduledPublishAt && <Alert style={{ marginTop: 12 }} type="warning" title={t('knowledge.scheduledAt', { time: a.scheduledPublishAt })} />}
      </Form>
      {id && <KnowledgeVersionsDrawer id={id} open={versionsOpen} onClose={() => setVersionsOpen(false)} />}
    </>
  );
}
