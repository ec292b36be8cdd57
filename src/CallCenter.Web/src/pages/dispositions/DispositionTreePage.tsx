import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Form, Input, InputNumber, Popconfirm, Row, Select, Skeleton, Space, Switch, Tag, Tree, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { dispositionApi, type DispositionNode, type DispositionNodeInput } from '../../api/contacts';
import { urgencies, workOrderTypes } from '../../api/workorders';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { applyServerErrors } from '../../utils/formErrors';
import { buildDispositionTree, descendantIds, type DispositionTreeNode } from './dispositionTree';
import { queryKeys } from '../../api/queryKeys';

type Editing = { mode: 'edit'; node: DispositionNode } | { mode: 'create'; parentId: string | null } | null;

/** The disposition tree (归档树) an administrator keeps: codes, names, order, and which leaves open a work order. */
export default function DispositionTreePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DispositionNodeInput>();
  const [editing, setEditing] = useState<Editing>(null);
  const nodes = useQuery({ queryKey: queryKeys.dispositions.tree, queryFn: () => dispositionApi.tree(true) });
  const tree = useMemo(() => buildDispositionTree(nodes.data ?? []), [nodes.data]);

  useEffect(() => {
    if (!editing) return;
    if (editing.mode === 'edit') {
      const n = editing.node;
      form.setFieldsValue({
        code: n.code,
        name: n.name,
        parentId: n.parentId,
        sortOrder: n.sortOrder,
        isActive: n.isActive,
        opensWorkOrderType: n.opensWorkOrderType,
        defaultUrgency: n.defaultUrgency,
      });
    } else {
      form.resetFields();
      form.setFieldsValue({ parentId: editing.parentId, sortOrder: 0, isActive: true, opensWorkOrderType: null, defaultUrgency: null });
    }
  }, [editing, form]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.dispositions.all });
  const save = useMutation({
    mutationFn: (input: DispositionNodeInput) =>
      editing?.mode === 'edit' ? dispositionApi.update(editing.node.id, input) : dispositionApi.create(input),
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      await refresh();
      setEditing({ mode: 'edit', node: saved });
    },
    onError: (error) => {
      const unmatched = applyServerErrors(form, error);
      message.error([errorMessage(error, t('common.requestFailed')), ...unmatched].join(' '));
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => dispositionApi.remove(id),
    onSuccess: async () => {
      message.success(t('common.deleted'));
      setEditing(null);
      await refresh();
    },
    onError: (error) => message.error(errorMessage(error, t('common.requestFailed'))),
  });

  const excluded = editing?.mode === 'edit' ? new Set([editing.node.id, ...descendantIds(tree, editing.node.id)]) : new Set<string>();
  const toSelect = (list: DispositionTreeNode[]): object[] =>
    list.map((n) => ({
      value: n.key,
      title: `${n.node.code} ${n.node.name}`,
      disabled: excluded.has(n.key),
      children: toSelect(n.children),
    }));
  const toTree = (list: DispositionTreeNode[]): object[] =>
    list.map((n) => ({
      key: n.key,
      title: (
        <span data-testid="disposition-node" data-code={n.node.code} style={{ opacity: n.node.isActive ? 1 : 0.45 }}>
          <Tag>{n.node.code}</Tag>
          {n.node.name}
          {n.node.opensWorkOrderType && (
            <Tag color="volcano" style={{ marginInlineStart: 6 }}>
              {t(`workOrder.types.${n.node.opensWorkOrderType}`)}
            </Tag>
          )}
          {!n.node.isActive && <Tag style={{ marginInlineStart: 6 }}>{t('disposition.inactive')}</Tag>}
        </span>
      ),
      children: toTree(n.children),
    }));

  return (
    <>
      <PageHeader
        title={t('disposition.title')}
        testId="disposition-title"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', parentId: null })} data-testid="disposition-add-root">
            {t('disposition.addRoot')}
          </Button>
        }
      />
      {nodes.isError && <QueryError error={nodes.error} onRetry={() => void nodes.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small">
            {nodes.isPending ? (
              <Skeleton active />
            ) : tree.length === 0 ? (
              <Empty />
            ) : (
              <Tree
                blockNode
                defaultExpandAll
                selectedKeys={editing?.mode === 'edit' ? [editing.node.id] : []}
                treeData={toTree(tree) as never}
                onSelect={(keys) => {
                  const node = nodes.data?.find((n) => n.id === keys[0]);
                  if (node) setEditing({ mode: 'edit', node });
                }}
                data-testid="disposition-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          {editing && (
            <Card
              size="small"
              title={editing.mode === 'edit' ? editing.node.path : t('disposition.newNode')}
              extra={
                editing.mode === 'edit' && (
                  <Space>
                    <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', parentId: editing.node.id })} data-testid="disposition-add-child">
                      {t('disposition.addChild')}
                    </Button>
                    <Popconfirm title={t('disposition.confirmDelete')} onConfirm={() => remove.mutate(editing.node.id)}>
                      <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending} />
                    </Popconfirm>
                  </Space>
                )
              }
            >
              <Form form={form} layout="vertical" onFinish={(v) => save.mutate({ ...v, parentId: v.parentId ?? null })} data-testid="disposition-form">
                <Form.Item name="parentId" label={t('disposition.parent')}>
                  <TreeSelect allowClear treeDefaultExpandAll treeData={toSelect(tree) as never} placeholder={t('disposition.root')} />
                </Form.Item>
                <Space.Compact block>
                  <Form.Item name="code" label={t('disposition.code')} rules={[{ required: true }, { max: 32 }]} style={{ width: '40%' }}>
                    <Input data-testid="disposition-code" />
                  </Form.Item>
                  <Form.Item name="name" label={t('disposition.name')} rules={[{ required: true }, { max: 64 }]} style={{ width: '60%' }}>
                    <Input data-testid="disposition-name" />
                  </Form.Item>
                </Space.Compact>
                <Form.Item name="opensWorkOrderType" label={t('disposition.opensWorkOrderType')}>
                  <Select
                    allowClear
                    placeholder={t('disposition.noWorkOrder')}
                    options={workOrderTypes.map((x) => ({ value: x, label: t(`workOrder.types.${x}`) }))}
                  />
                </Form.Item>
                <Form.Item name="defaultUrgency" label={t('disposition.defaultUrgency')}>
                  <Select allowClear options={urgencies.map((u) => ({ value: u, label: t(`workOrder.urgencies.${u}`) }))} />
                </Form.Item>
                <Space size={24}>
                  <Form.Item name="sortOrder" label={t('disposition.sortOrder')}>
                    <InputNumber min={0} max={9999} />
                  </Form.Item>
                  <Form.Item name="isActive" label={t('disposition.active')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Space>
                <Space>
                  <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="disposition-save">
                    {t('common.save')}
                  </Button>
                  <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
                </Space>
              </Form>
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
