import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { App, Alert, Spin, Tabs } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { errorMessage } from '../../api/client';
import { WorkflowPermissions, workflowsApi, type ActivityDescriptor, type WorkflowDefinition } from '../../api/workflows';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { localized } from '../../workflows/form';
import { validationView } from '../../workflows/validation';
import ActivityNodeView from './ActivityNodeView';
import CompareModal from './CompareModal';
import { CanvasMarksContext } from './DesignerContext';
import DesignerToolbar from './DesignerToolbar';
import Palette from './Palette';
import PropertiesPanel from './PropertiesPanel';
import SettingsPanel from './SettingsPanel';
import TestRunModal from './TestRunModal';
import VariablesPanel from './VariablesPanel';
import VersionsDrawer from './VersionsDrawer';
import { contentOf, useDesigner } from './useDesigner';
import { usePaletteDrag } from './usePaletteDrag';
import { useValidation } from './useValidation';
import ReadableFit, { fitOptions, readableFit } from './ReadableFit';
import './workflows.css';
import { queryKeys } from '../../api/queryKeys';

const nodeTypes = { activity: ActivityNodeView };

function isTyping(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

function Designer({ definitionId, descriptors, initial }: { definitionId: string; descriptors: ActivityDescriptor[]; initial: WorkflowDefinition }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { hasPermission } = useAuth();
  const queryClient = useQueryClient();
  const canEdit = hasPermission(WorkflowPermissions.Edit);
  const canPublish = hasPermission(WorkflowPermissions.Publish);
  const d = useDesigner(descriptors);
  const flow = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);
  const [tab, setTab] = useState('properties');
  const [busy, setBusy] = useState<string | null>(null);
  const [modal, setModal] = useState<'test' | 'compare' | 'versions' | null>(null);
  const { load } = d;

  useEffect(() => load(initial), [initial, load]);

  const content = useMemo(() => (d.definition ? contentOf(d.definition) : ''), [d.definition]);
  const validation = useValidation(d.definition, content, canEdit);
  const view = useMemo(
    () => (d.definition ? validationView(validation.problem, d.definition, descriptors, t, i18n.language) : { byNode: {}, general: [] }),
    [validation.problem, d.definition, descriptors, t, i18n.language],
  );
  const marks = useMemo(() => ({ problems: view.byNode }), [view.byNode]);
  const published = useQuery({
    queryKey: queryKeys.workflows.published(definitionId),
    queryFn: async () => {
      const versions = await workflowsApi.versions(definitionId);
      const v = versions.find((x) => x.isPublished);
      return v ? workflowsApi.get(definitionId, v.version) : null;
    },
  });

  const drop = useCallback(
    (descriptor: ActivityDescriptor, x: number, y: number) => d.addActivity(descriptor, flow.screenToFlowPosition({ x: x - 100, y: y - 24 })),
    [d, flow],
  );
  const { drag, start } = usePaletteDrag(canvasRef, drop);

  const save = async (): Promise<WorkflowDefinition | null> => {
    if (!d.definition) return null;
    const sent = d.definition;
    const saved = await workflowsApi.saveDraft(sent);
    d.markSaved(saved, sent);
    void queryClient.invalidateQueries({ queryKey: queryKeys.workflows.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.workflows.versions(definitionId) });
    return saved;
  };

  const run = async (label: string, action: () => Promise<void>) => {
    setBusy(label);
    try {
      await action();
    } catch (e) {
      message.error(errorMessage(e, t('common.requestFailed')));
    } finally {
      setBusy(null);
    }
  };

  const onSave = () => run('save', async () => {
    await save();
    message.success(t('workflows.designer.saved'));
  });

  const onPublish = () => run('publish', async () => {
    const saved = d.dirty ? await save() : d.meta;
    const result = await workflowsApi.publish(definitionId, saved?.version);
    d.markSaved(result, d.definition!);
    void published.refetch();
    void queryClient.invalidateQueries({ queryKey: queryKeys.workflows.all });
    message.success(t('workflows.designer.published', { version: result.version }));
  });

  const onExport = () => run('export', async () => {
    if (d.dirty) await save();
    const text = await workflowsApi.exportText(definitionId);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${definitionId}.json`;
    a.click();
    URL.revokeObjectURL(url);
  });

  const copy = useCallback(() => {
    const n = d.copy();
    if (n) message.success(t('workflows.designer.copied', { count: n }));
  }, [d, message, t]);
  const paste = useCallback(() => {
    const box = canvasRef.current?.getBoundingClientRect();
    // A little up and left of the middle, so a group of nodes is centred-ish and never hidden by the minimap.
    const at = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2 - 120, y: box.top + box.height / 2 - 80 }) : undefined;
    const n = d.paste(at);
    if (n) message.success(t('workflows.designer.pasted', { count: n }));
    else message.info(t('workflows.designer.clipboardEmpty'));
  }, [d, flow, message, t]);

  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || !(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) d.undo();
      else if (key === 'y' || (key === 'z' && e.shiftKey)) d.redo();
      else if (key === 'c') copy();
      else if (key === 'v') paste();
      else if (key === 's') void onSave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Leaving with unsaved changes asks first (the browser's own prompt).
  useEffect(() => {
    if (!d.dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [d.dirty]);

  const selected = d.nodes.filter((n) => n.selected);
  const selectedNode = selected.length === 1 ? selected[0] : undefined;
  const selectedId = selectedNode?.id;
  // Selecting a node shows its properties, whatever tab was open.
  useEffect(() => {
    if (selectedId) setTab('properties');
  }, [selectedId]);

  if (!d.meta || !d.definition) return <Spin />;

  return (
    <div className="wf-designer" data-testid="designer">
      <DesignerToolbar
        definition={d.definition}
        dirty={d.dirty}
        busy={busy}
        canEdit={canEdit}
        canPublish={canPublish}
        validation={validation}
        problemCount={Object.values(view.byNode).flat().length + view.general.length}
        publishedVersion={published.data?.version}
        canUndo={d.canUndo}
        canRedo={d.canRedo}
        onUndo={d.undo}
        onRedo={d.redo}
        onCopy={copy}
        onPaste={paste}
        onDelete={d.deleteSelected}
        hasSelection={selected.length > 0}
        onLayout={() => {
          d.layout();
          setTimeout(() => void readableFit(flow, 200), 50);
        }}
        onSave={() => void onSave()}
        onPublish={() => void onPublish()}
        onExport={() => void onExport()}
        onTestRun={() => setModal('test')}
        onCompare={() => setModal('compare')}
        onVersions={() => setModal('versions')}
      />
      <div className="wf-workspace">
        <Palette descriptors={descriptors} onPointerDown={start} disabled={!canEdit} />
        <div className="wf-canvas" ref={canvasRef} data-testid="canvas">
          {/* Over the canvas, not above it: the layout must not jump while someone drags from the palette. */}
          {view.general.length > 0 && (
            <Alert type="error" showIcon className="wf-general-problems" title={view.general.map((p) => p.message).join(' ')} data-testid="general-problems" />
          )}
          <CanvasMarksContext.Provider value={marks}>
            <ReactFlow
              nodes={d.nodes}
              edges={d.edges}
              nodeTypes={nodeTypes}
              onNodesChange={d.onNodesChange}
              onEdgesChange={d.onEdgesChange}
              onConnect={d.onConnect}
              nodesDraggable={canEdit}
              nodesConnectable={canEdit}
              deleteKeyCode={canEdit ? ['Delete', 'Backspace'] : null}
              multiSelectionKeyCode={['Control', 'Meta', 'Shift']}
              selectionKeyCode="Shift"
              minZoom={0.2}
              defaultEdgeOptions={{ type: 'smoothstep' }}
              proOptions={{ hideAttribution: true }}
            >
              <Background gap={16} />
              <MiniMap pannable zoomable nodeStrokeWidth={3} nodeColor={(n) => (view.byNode[n.id] ? '#ff4d4f' : '#d4380d')} />
              <Controls fitViewOptions={fitOptions} />
              {/* An empty canvas keeps zoom 1 at the origin; fitting it would jump when the first node lands. */}
              <ReadableFit enabled={initial.root.activities.length > 0} />
            </ReactFlow>
          </CanvasMarksContext.Provider>
        </div>
        <div className="wf-side">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            size="small"
            items={[
              {
                key: 'properties',
                label: t('workflows.designer.properties'),
                children: <PropertiesPanel node={selectedNode} variables={d.meta.variables ?? []} problems={selectedNode ? view.byNode[selectedNode.id] ?? [] : []} readOnly={!canEdit} onChange={d.updateActivity} />,
              },
              {
                key: 'variables',
                label: <span data-testid="tab-variables">{t('workflows.designer.variables')}</span>,
                children: <VariablesPanel variables={d.meta.variables ?? []} readOnly={!canEdit} onChange={(variables) => d.updateMeta({ variables })} />,
              },
              {
                key: 'settings',
                label: <span data-testid="tab-settings">{t('workflows.designer.settings')}</span>,
                children: <SettingsPanel definition={d.definition} readOnly={!canEdit} onChange={d.updateMeta} />,
              },
            ]}
          />
        </div>
      </div>
      {drag && (
        <div className="wf-drag-ghost" style={{ left: drag.x + 8, top: drag.y + 8 }}>
          {localized(drag.descriptor.displayName, i18n.language)}
        </div>
      )}
      <TestRunModal open={modal === 'test'} definition={d.definition} onClose={() => setModal(null)} />
      <CompareModal open={modal === 'compare'} published={published.data} current={d.definition} onClose={() => setModal(null)} />
      <VersionsDrawer
        open={modal === 'versions'}
        definitionId={definitionId}
        canEdit={canEdit}
        onClose={() => setModal(null)}
        onRevert={(old) => d.replace({ ...old, id: d.meta!.id, version: d.meta!.version, isLatest: true, isPublished: d.meta!.isPublished, definitionId })}
      />
    </div>
  );
}

/** The visual designer of one workflow: palette, canvas, properties, validation as you edit, versions, test run. */
export default function WorkflowDesignerPage() {
  const { definitionId = '' } = useParams();
  const descriptors = useQuery({ queryKey: queryKeys.workflows.descriptors, queryFn: workflowsApi.descriptors, staleTime: Infinity });
  const definition = useQuery({ queryKey: queryKeys.workflows.definition(definitionId), queryFn: () => workflowsApi.get(definitionId), staleTime: Infinity, gcTime: 0 });
  if (descriptors.isError) return <QueryError error={descriptors.error} onRetry={() => void descriptors.refetch()} />;
  if (definition.isError) return <QueryError error={definition.error} onRetry={() => void definition.refetch()} />;
  if (!descriptors.data || !definition.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <ReactFlowProvider>
      <Designer key={definitionId} definitionId={definitionId} descriptors={descriptors.data} initial={definition.data} />
    </ReactFlowProvider>
  );
}
