import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Tooltip } from 'antd';
import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ActivityFlowNode } from '../../workflows/graph';
import { nodeWidth } from '../../workflows/graph';
import { localized } from '../../workflows/form';
import { InPort, portsOf } from '../../workflows/ports';
import { useCanvasMarks } from './DesignerContext';

const runIcons = {
  completed: <CheckCircleFilled style={{ color: '#389e0d' }} />,
  waiting: <ClockCircleFilled style={{ color: '#1677ff' }} />,
  faulted: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  current: <ClockCircleFilled style={{ color: '#d48806' }} />,
};

/** An activity on the canvas: name, type, the In port on the left, one labelled port per outcome on the right. */
function ActivityNodeView({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const { t, i18n } = useTranslation();
  const marks = useCanvasMarks();
  const { activity, descriptor } = data;
  const ports = [...portsOf(descriptor, activity)];
  for (const p of data.usedPorts ?? []) if (!ports.includes(p)) ports.push(p);
  const problems = marks.problems[id] ?? [];
  const run = marks.run?.[id];
  const typeName = descriptor ? localized(descriptor.displayName, i18n.language) : activity.type;
  const classes = ['wf-node'];
  if (selected) classes.push('wf-node-selected');
  if (problems.length) classes.push('wf-node-invalid');
  if (!descriptor) classes.push('wf-node-unknown');
  if (run) classes.push(`wf-node-run-${run}`);
  if (marks.spotlight === id) classes.push('wf-node-spotlight');
  if (marks.run && !run) classes.push('wf-node-idle');
  return (
    <div className={classes.join(' ')} style={{ width: nodeWidth }} data-testid={`node-${id}`} data-run={run ?? ''} data-invalid={problems.length > 0}>
      <Handle type="target" position={Position.Left} id={InPort} className="wf-port wf-port-in" data-testid={`port-${id}-${InPort}`} />
      <div className="wf-node-header">
        <span className="wf-node-title">{activity.name || typeName}</span>
        {run && (
          <Tooltip title={t(`workflows.run.${run}`)}>
            <span className="wf-node-badge" data-testid={`run-${id}`}>
              {runIcons[run]}
              {(marks.counts?.[id] ?? 0) > 1 && <small>×{marks.counts?.[id]}</small>}
            </span>
          </Tooltip>
        )}
        {problems.length > 0 && (
          <Tooltip title={problems.map((p) => p.message).join('\n')}>
            <ExclamationCircleFilled className="wf-node-problem-icon" data-testid={`problem-${id}`} />
          </Tooltip>
        )}
      </div>
      <div className="wf-node-type">
        {typeName} · <code>{id}</code>
      </div>
      {problems.length > 0 && (
        <div className="wf-node-problems" data-testid={`problems-${id}`}>
          {problems.map((p, i) => (
            <div key={i}>{p.message}</div>
          ))}
        </div>
      )}
      <div className="wf-node-ports">
        {ports.map((port) => (
          <div key={port} className="wf-node-port-row">
            <span className="wf-node-port-label">{t(`workflows.ports.${port}`, { defaultValue: port })}</span>
            <Handle type="source" position={Position.Right} id={port} className="wf-port wf-port-out" data-testid={`port-${id}-${port}`} />
          </div>
        ))}
      </div>
    </div>
  );
}

export default memo(ActivityNodeView);
