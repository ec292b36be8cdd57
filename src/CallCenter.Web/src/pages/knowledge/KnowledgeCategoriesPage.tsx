import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { applyServerErrors } from '../../utils/formErrors';
import { knowledgeApi, type KnowledgeCategory, type KnowledgeCategoryInput } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';

interface Row extends KnowledgeCategory {
  path: string;
  depth: number;
}

/** Parents before children, each with its path ("供热 / 室温"), for the table and the parent picker. */
function flatten(all: KnowledgeCategory[]): Row[] {
  const children = new Map<string | null, KnowledgeCategory[]>();
  for (const c of all) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const rows: Row[] = [];
  const visit = (parentId: string | null, prefix: string, depth: number) => {
    for (const c of (children.get(parentId) ?? []).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))) {
      const path = prefix ? `${prefix} / ${c.name}` : c.name;
      rows.push({ ...c, path, depth });
      visit(c.id, path, depth + 1);
    }
  };
  visit(null, '', 0);
  return rows;
}

/** Knowledge categories (知识分类): the tree the search facets and the editor's category picker show. */
export default function KnowledgeCategoriesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<KnowledgeCategoryInput>();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const categories = useQuery({ queryKey: queryKeys.knowledge.categories, queryFn: knowledgeApi.categories });
  const rows = useMemo(() => flatten(categories.data ?? []), [categories.data]);

  const open = (row: Row | 'new') => {
    setEditing(row);
    form.resetFields();
    form.setFieldsValue(row === 'new' ? { parentId: null, sortOrder: 0 } : { code: row.code, name: row.name, parentId: row.parentId, sortOrder: row.sortOrder });
  };

  const save = useMutation({
    mutationFn: (v: KnowledgeCategoryInput) => {
      const input = { ...v, code: v.code.trim(), name: v.name.trim(), parentId: v.parentId ?? null };
      return editing && editing !== 'new' ? knowledgeApi.updateCategory(editing.id, input) : knowledgeApi.createCategory(input);
    },
    onSuccess: async () => {
      message.success(t('common.saved'));
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.knowledge.categories });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });

  // A category cannot move under itself or its own descendants.
  const excluded = editing && editing !== 'new' ? new Set(rows.filter((r) => r.path === editing.path || r.path.startsWith(editing.path + ' / ')).map((r) => r.id)) : new Set<string>();
  const columns: ColumnsType<Row> = [
    {
      title: t('knowledgeCategory.name'),
      dataIndex: 'name',
      render: (_: unknown, r) => <span style={{ paddingInlineStart: r.depth * 16 }}>{r.name}</span>,
    },
    { title: t('knowledgeCategory.code'), dataIndex: 'code', render: (v: string) => <Tag>{v}</Tag> },
    { title: t('knowledgeCategory.sortOrder'), dataIndex: 'sortOrder' },
    { title: t('knowledgeCategory.publishedCount'), dataIndex: 'publishedCount' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => open(r)} aria-label={t('common.edit')} data-testid="knowledge-category-edit" />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('knowledgeCategory.title')}
        testId="knowledge-categories-title"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="knowledge-category-add">
            {t('knowledgeCategory.add')}
          </Button>
        }
      />
      {categories.isError && <QueryError error={categories.error} onRetry={() => void categories.refetch()} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={categories.isPending}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 480 }}
        data-testid="knowledge-category-table"
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('knowledgeCategory.add') : t('knowledgeCategory.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        okText={t('common.save')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="knowledge-category-form">
          <Form.Item name="code" label={t('knowledgeCategory.code')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
            <Input data-testid="knowledge-category-code" />
          </Form.Item>
          <Form.Item name="name" label={t('knowledgeCategory.name')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
            <Input data-testid="knowledge-category-name" />
          </Form.Item>
          <Form.Item name="parentId" label={t('knowledgeCategory.parent')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('knowledgeCategory.root')}
              options={rows.map((r) => ({ value: r.id, label: r.path, disabled: excluded.has(r.id) }))}
            />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('knowledgeCategory.sortOrder')}>
            <InputNumber min={0} max={9999} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
