import { useEffect, useMemo, useState } from 'react';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useNodesState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Alert, App, Button, Descriptions, Empty, List, Popconfirm, Space, Spin, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { WorkflowPermissions, workflowsApi, type JournalEntry } from '../../api/workflows';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { formatDateTime } from '../../utils/time';
import { executedPath } from '../../workflows/executedPath';
import { definitionToGraph, type ActivityFlowNode } from '../../workflows/graph';
import ActivityNodeView from './ActivityNodeView';
import { CanvasMarksContext } from './DesignerContext';
import JournalTimeline from './JournalTimeline';
import StatusTag from './StatusTag';
import ReadableFit, { fitOptions } from './ReadableFit';
import './workflows.css';
import { queryKeys } from '../../api/queryKeys';

const nodeTypes = { activity: ActivityNodeView };
const live = new Set(['Running', 'Suspended']);
// The minimap draws each node in its run state's colour (the default light grey vanished on the white map).
const minimapColor = (run: string | undefined) =>
  run === 'completed' ? '#389e0d' : run === 'faulted' ? '#cf1322' : run === 'waiting' || run === 'current' ? '#1677ff' : '#8c8c8c';

/** One instance: the pinned definition with the executed path, a badge per node, the journal, variables and incidents. */
export default function InstanceViewerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const canManage = hasPermission(WorkflowPermissions.ManageInstances);
  const [selected, setSelected] = useState<JournalEntry | null>(null);
  const detail = useQuery({
    queryKey: queryKeys.workflows.instance(id),
    queryFn: () => workflowsApi.instance(id),
    // Refreshes itself while the instance can still move; a finished one is final.
    refetchInterval: (q) => (q.state.data && live.has(q.state.data.instance.status) ? 2000 : false),
  });
  const definition = useQuery({ queryKey: queryKeys.workflows.instanceDefinition(id), queryFn: () => workflowsApi.instanceDefinition(id), staleTime: Infinity });
  const descriptors = useQuery({ queryKey: queryKeys.workflows.descriptors, queryFn: workflowsApi.descriptors, staleTime: Infinity, retry: false });

  // The nodes change only with the definition (run marks come through CanvasMarksContext), and they live in state so
  // React Flow can store their measured sizes: the minimap and the fit need those, and recreating the nodes on every
  // 2-second refresh threw them away (a blank minimap, no fit).
  const baseNodes = useMemo(
    () =>
      definition.data
        ? definitionToGraph(definition.data, descriptors.data ?? []).nodes.map((n) => ({ ...n, draggable: false, connectable: false }))
        : [],
    [definition.data, descriptors.data],
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<ActivityFlowNode>(baseNodes);
  useEffect(() => setNodes(baseNodes), [baseNodes, setNodes]);
  const graph = useMemo(() => {
    if (!definition.data) return null;
    const g = definitionToGraph(definition.data, descriptors.data ?? []);
    const path = executedPath(detail.data?.journal ?? [], definition.data.root.connections, detail.data?.state ?? null);
    return {
      edges: g.edges.map((e) => (path.edges.has(e.id) ? { ...e, animated: true, className: 'wf-edge-taken', style: { stroke: '#389e0d', strokeWidth: 3 } } : { ...e, className: 'wf-edge-idle' })),
      path,
    };
  }, [definition.data, descriptors.data, detail.data]);

  const act = async (kind: 'cancel' | 'retry') => {
    try {
      if (kind === 'cancel') await workflowsApi.cancel(id);
      else await workflowsApi.retry(id);
      message.success(t(`workflows.viewer.${kind}Done`));
      void detail.refetch();
    } catch (e) {
      message.error(errorMessage(e, t('common.requestFailed')));
    }
  };

  if (detail.isError) return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const { instance, state, journal } = detail.data;
  const incidents = state?.incidents ?? [];
  const marks = { problems: {}, run: graph?.path.nodes ?? {}, counts: graph?.path.counts, spotlight: selected?.activityId ?? null };

  return (
    <div className="wf-viewer" data-testid="instance-viewer">
      <div className="wf-viewer-header">
        <Space wrap>
          <Link to={`/workflow-instances?definitionId=${encodeURIComponent(instance.definitionId)}`}>{t('workflows.instances.title')}</Link>
          <span>/</span>
          <Typography.Text strong>{definition.data?.name ?? instance.definitionId}</Typography.Text>
          <Typography.Text type="secondary">v{instance.definitionVersion}</Typography.Text>
          <StatusTag status={instance.status} />
          {live.has(instance.status) && <Typography.Text type="secondary">{t('workflows.viewer.autoRefresh')}</Typography.Text>}
        </Space>
        {canManage && (
          <Space wrap>
            {instance.status === 'Faulted' && (
              <Button type="primary" onClick={() => void act('retry')} data-testid="retry">
                {t('workflows.viewer.retry')}
              </Button>
            )}
            {live.has(instance.status) && (
              <Popconfirm title={t('workflows.viewer.cancelConfirm')} onConfirm={() => void act('cancel')}>
                <Button danger data-testid="cancel-instance">
                  {t('workflows.viewer.cancel')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} className="wf-viewer-facts">
        <Descriptions.Item label={t('workflows.instances.correlationId')}>{instance.correlationId ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('workflows.instances.createdAt')}>{formatDateTime(instance.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('workflows.instances.updatedAt')}>{formatDateTime(instance.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('workflows.viewer.finishedAt')}>{instance.finishedAt ? formatDateTime(instance.finishedAt) : '—'}</Descriptions.Item>
      </Descriptions>
      {incidents.some((i) => !i.resolved) && <Alert type="error" showIcon title={incidents.filter((i) => !i.resolved).map((i) => `${i.activityId}: ${i.message}`).join('；')} style={{ marginBottom: 8 }} />}
      <div className="wf-viewer-body">
        <div className="wf-viewer-canvas" data-testid="viewer-canvas">
          {definition.isError && <QueryError error={definition.error} />}
          {graph && (
            <ReactFlowProvider>
              <CanvasMarksContext.Provider value={marks}>
                <ReactFlow nodes={nodes} onNodesChange={onNodesChange} edges={graph.edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false} edgesFocusable={false} minZoom={0.2} defaultEdgeOptions={{ type: 'smoothstep' }} proOptions={{ hideAttribution: true }} onNodeClick={(_, n) => setSelected([...journal].reverse().find((e) => e.activityId === n.id) ?? null)}>
                  <Background gap={16} />
                  <MiniMap pannable zoomable nodeStrokeWidth={3} nodeColor={(n) => minimapColor(graph.path.nodes[n.id])} />
                  <Controls showInteractive={false} fitViewOptions={fitOptions} />
                  <ReadableFit />
                </ReactFlow>
              </CanvasMarksContext.Provider>
            </ReactFlowProvider>
          )}
        </div>
        <div className="wf-viewer-side">
          <Tabs
            size="small"
            items={[
              { key: 'journal', label: t('workflows.viewer.journal'), children: <JournalTimeline journal={journal} definition={definition.data} selected={selected?.sequence ?? null} onSelect={setSelected} /> },
              {
                key: 'variables',
                label: <span data-testid="tab-instance-variables">{t('workflows.viewer.variables')}</span>,
                children: (
                  <div data-testid="instance-variables">
                    {Object.keys(state?.variables ?? {}).length === 0 ? (
                      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                    ) : (
                      <Descriptions size="small" column={1} bordered items={Object.entries(state?.variables ?? {}).map(([k, v]) => ({ key: k, label: k, children: <code className="wf-value">{JSON.stringify(v)}</code> }))} />
                    )}
                    {state?.input && <Typography.Paragraph style={{ marginTop: 12 }}>{t('workflows.viewer.input')}: <code className="wf-value">{JSON.stringify(state.input)}</code></Typography.Paragraph>}
                    {(state?.bookmarks ?? []).length > 0 && (
                      <List size="small" header={t('workflows.viewer.waitingFor')} dataSource={state?.bookmarks ?? []} renderItem={(b) => <List.Item>{definition.data?.root.activities.find((a) => a.id === b.activityId)?.name || b.activityId}: {t(`workflows.bookmarks.${b.name}`, { defaultValue: b.name })}{b.dueAt ? ` (${formatDateTime(b.dueAt)})` : ''}</List.Item>} />
                    )}
                  </div>
                ),
              },
              {
                key: 'incidents',
                label: t('workflows.viewer.incidents', { count: incidents.length }),
                children: incidents.length ? (
                  <List size="small" dataSource={incidents} renderItem={(i) => (
                    <List.Item>
                      <div>
                        <Typography.Text type={i.resolved ? 'secondary' : 'danger'}>{i.activityId} ({i.activityType})</Typography.Text>
                        <div>{i.message}</div>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(i.at)}{i.resolved ? ` · ${t('workflows.viewer.resolved')}` : ''}</Typography.Text>
                      </div>
                    </List.Item>
                  )} />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
                ),
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}
