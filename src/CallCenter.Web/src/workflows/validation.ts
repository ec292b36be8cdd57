// The server validator's answer mapped onto canvas nodes, with localized messages. The validator keys its errors by
// path ("root.activities[3].inputs.eventName"); the path's shape tells the code, the index tells the node.
import type { TFunction } from 'i18next';
import type { ActivityDescriptor, ValidationProblem, WorkflowDefinition } from '../api/workflows';
import { localized } from './form';

export interface NodeProblem {
  code: string;
  message: string;
}

export interface ValidationView {
  /** Problems by activity id. */
  byNode: Record<string, NodeProblem[]>;
  /** Problems not tied to one node (no start, missing id). */
  general: NodeProblem[];
}

function codeOf(path: string): string {
  if (/^root\.activities\[\d+\]\.inputs\.[^.]+\.syntax$/.test(path)) return 'UnknownSyntax';
  if (/^root\.activities\[\d+\]\.inputs\.[^.]+\.value$/.test(path)) return 'UnknownVariable';
  if (/^root\.activities\[\d+\]\.inputs\./.test(path)) return 'MissingRequiredInput';
  if (/^root\.activities\[\d+\]\.type$/.test(path)) return 'UnknownActivityType';
  if (/^root\.activities\[\d+\]\.id$/.test(path)) return 'DuplicateActivityId';
  if (/^root\.activities\[\d+\]$/.test(path)) return 'UnreachableActivity';
  if (/^root\.connections\[\d+\]\.source\.port$/.test(path)) return 'UnknownPort';
  if (/^root\.connections\[\d+\]\.(source|target)$/.test(path)) return 'DanglingConnection';
  if (path === 'root.activities') return 'NoStart';
  if (path === 'definitionId') return 'MissingDefinitionId';
  return 'Other';
}

export function validationView(
  problem: ValidationProblem | null,
  definition: WorkflowDefinition,
  descriptors: ActivityDescriptor[],
  t: TFunction,
  language: string,
): ValidationView {
  const view: ValidationView = { byNode: {}, general: [] };
  if (!problem) return view;
  const activities = definition.root.activities;
  const connections = definition.root.connections;
  for (const [path, messages] of Object.entries(problem.errors)) {
    const code = codeOf(path);
    const activityIndex = /^root\.activities\[(\d+)\]/.exec(path);
    const connectionIndex = /^root\.connections\[(\d+)\]/.exec(path);
    const node = activityIndex
      ? activities[Number(activityIndex[1])]
      : connectionIndex
        ? activities.find((a) => a.id === connections[Number(connectionIndex[1])]?.source.activity)
        : undefined;
    let message: string;
    if (code === 'MissingRequiredInput' && node) {
      const name = path.split('.inputs.')[1]?.split('.')[0] ?? '';
      const input = descriptors.find((d) => d.type === node.type)?.inputs.find((i) => i.name === name);
      message = t('workflows.validation.MissingRequiredInput', { input: localized(input?.displayName, language) || name });
    } else if (code === 'UnknownPort' && connectionIndex) {
      message = t('workflows.validation.UnknownPort', { port: connections[Number(connectionIndex[1])]?.source.port ?? '' });
    } else if (code === 'Other') {
      message = messages.join(' ');
    } else {
      message = t(`workflows.validation.${code}`, { type: node?.type ?? '', id: node?.id ?? '' });
    }
    const entry = { code, message };
    if (node) (view.byNode[node.id] ??= []).push(entry);
    else view.general.push(entry);
  }
  return view;
}
