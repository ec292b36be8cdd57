// The workflow engine's API (src/CallCenter.HttpApi.Host/Workflows): definitions in Elsa 3's JSON shape, descriptors,
// instances, and the designer's extras (list with last editor, duplicate, delete, test run).
import { ApiError, api, request } from './client';
import { Permissions } from './generated/permissions';

export const WorkflowPermissions = Permissions.Workflows;

export type Syntax = 'Literal' | 'JavaScript' | 'Variable';
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface InputValue {
  syntax?: Syntax | string;
  value?: JsonValue;
}

export interface ActivityNode {
  id: string;
  type: string;
  name?: string;
  inputs?: Record<string, InputValue>;
  retry?: { maxAttempts: number };
  commitStrategy?: string;
  metadata?: { [key: string]: JsonValue };
  [extra: string]: unknown;
}

export interface ConnectionEndpoint {
  activity: string;
  port?: string;
}

export interface Connection {
  source: ConnectionEndpoint;
  target: ConnectionEndpoint;
}

export interface VariableDefinition {
  name: string;
  type?: string;
  value?: JsonValue;
}

export interface ArgumentDefinition {
  name: string;
  type?: string;
  displayName?: string;
  required?: boolean;
}

export interface WorkflowDefinition {
  id?: string;
  definitionId: string;
  version?: number;
  name: string;
  description?: string;
  isLatest?: boolean;
  isPublished?: boolean;
  variables?: VariableDefinition[];
  inputs?: ArgumentDefinition[];
  outputs?: ArgumentDefinition[];
  options?: { commitStrategy?: string; stepLimit?: number; [extra: string]: unknown };
  root: { type?: string; id?: string; activities: ActivityNode[]; connections: Connection[] };
  [extra: string]: unknown;
}

export interface LocalizedText {
  zhHans: string;
  en: string;
}

export type UiHint = 'Text' | 'MultiLine' | 'Number' | 'Checkbox' | 'Dropdown' | 'Duration' | 'Expression' | 'Json';

export interface InputDescriptor {
  name: string;
  type: string;
  uiHint: UiHint | string;
  displayName: LocalizedText;
  description: LocalizedText;
  required: boolean;
  options: string[];
  defaultSyntax: string;
  defaultValue?: string | null;
}

export interface ActivityDescriptor {
  type: string;
  category: string;
  kind: 'Action' | 'Trigger' | string;
  displayName: LocalizedText;
  description: LocalizedText;
  inputs: InputDescriptor[];
  outputs: { name: string; type: string; displayName: LocalizedText }[];
  outcomes: string[];
  outcomesFromInput?: string | null;
}

export interface WorkflowListItem {
  definitionId: string;
  name: string;
  description?: string;
  latestVersion: number;
  publishedVersion?: number | null;
  latestIsPublished: boolean;
  latestCreatedAt: string;
  publishedAt?: string | null;
  liveInstances: number;
  lastEditedBy?: string | null;
  lastEditedAt?: string | null;
}

export interface VersionSummary {
  id: string;
  definitionId: string;
  version: number;
  name: string;
  isLatest: boolean;
  isPublished: boolean;
}

export type InstanceStatus = 'Running' | 'Suspended' | 'Finished' | 'Faulted' | 'Cancelled';

export interface InstanceSummary {
  id: string;
  definitionId: string;
  definitionVersion: number;
  status: InstanceStatus;
  correlationId?: string | null;
  parentInstanceId?: string | null;
  incidentCount: number;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string | null;
}

export interface JournalEntry {
  sequence: number;
  at: string;
  activityId?: string | null;
  activityType?: string | null;
  kind: string;
  outcomes?: string | null;
  message?: string | null;
}

export interface Incident {
  activityId: string;
  activityType: string;
  message: string;
  exceptionType?: string | null;
  at: string;
  resolved: boolean;
}

export interface InstanceState {
  status: InstanceStatus;
  variables?: Record<string, JsonValue>;
  input?: Record<string, JsonValue> | null;
  output?: Record<string, JsonValue> | null;
  activityOutputs?: Record<string, Record<string, JsonValue>> | null;
  bookmarks?: { id: string; activityId: string; name: string; dueAt?: string | null }[];
  queue?: { activityId: string }[];
  incidents?: Incident[] | null;
}

export interface InstanceDetail {
  instance: InstanceSummary;
  state: InstanceState | null;
  journal: JournalEntry[];
}

export interface InstanceFilter {
  definitionId?: string;
  status?: string;
  correlationId?: string;
  createdFrom?: string;
  createdTo?: string;
  page?: number;
  pageSize?: number;
}

/** The server's validation answer: messages by path, error codes by activity id. */
export interface ValidationProblem {
  errors: Record<string, string[]>;
  activities: Record<string, string[]>;
}

const base = '/api/workflows';
const enc = encodeURIComponent;

export const workflowsApi = {
  descriptors: () => api.get<ActivityDescriptor[]>(`${base}/descriptors`),
  list: () => api.get<WorkflowListItem[]>(`${base}/designer/definitions`),
  get: (definitionId: string, version?: number) =>
    api.get<WorkflowDefinition>(`${base}/definitions/${enc(definitionId)}`, { version }),
  versions: (definitionId: string) => api.get<VersionSummary[]>(`${base}/definitions/${enc(definitionId)}/versions`),
  saveDraft: (definition: WorkflowDefinition) =>
    api.put<WorkflowDefinition>(`${base}/definitions/${enc(definition.definitionId)}`, definition),
  publish: (definitionId: string, version?: number) =>
    request<WorkflowDefinition>('POST', `${base}/definitions/${enc(definitionId)}/publish`, { query: { version } }),
  unpublish: (definitionId: string) => api.post<void>(`${base}/definitions/${enc(definitionId)}/unpublish`),
  duplicate: (definitionId: string, newId: string, name?: string) =>
    api.post<WorkflowDefinition>(`${base}/definitions/${enc(definitionId)}/duplicate`, { definitionId: newId, name }),
  remove: (definitionId: string) => api.delete(`${base}/definitions/${enc(definitionId)}`),
  /** The export as text, exactly as the server wrote it (a download keeps its bytes). */
  exportText: async (definitionId: string, version?: number) => {
    const query = version ? `?version=${version}` : '';
    const response = await fetch(`${base}/definitions/${enc(definitionId)}/export${query}`, { credentials: 'same-origin' });
    if (!response.ok) throw new ApiError(response.status, { status: response.status, title: response.statusText });
    return response.text();
  },
  import: (definition: unknown) =>
    api.post<{ definitionId: string; version: number; isPublished: boolean; changed: boolean }>(`${base}/definitions/import`, definition),
  /** Resolves to null when valid, else the problems (a 400 is an answer here, not a failure). */
  validate: async (definition: WorkflowDefinition): Promise<ValidationProblem | null> => {
    try {
      await api.post(`${base}/definitions/validate`, definition);
      return null;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const p = error.problem as { errors?: Record<string, string[]>; activities?: Record<string, string[]> };
        return { errors: p.errors ?? {}, activities: p.activities ?? {} };
      }
      throw error;
    }
  },
  testRun: (definitionId: string, input: Record<string, JsonValue>, correlationId?: string) =>
    api.post<{ instanceId: string; status: string; correlationId: string }>(`${base}/definitions/${enc(definitionId)}/test-run`, {
      input,
      correlationId,
    }),
  instances: (filter: InstanceFilter) =>
    api.get<{ items: InstanceSummary[]; total: number }>(`${base}/instances`, { ...filter }),
  instance: (id: string) => api.get<InstanceDetail>(`${base}/instances/${enc(id)}`),
  instanceDefinition: (id: string) => api.get<WorkflowDefinition>(`${base}/instances/${enc(id)}/definition`),
  cancel: (id: string) => api.post<void>(`${base}/instances/${enc(id)}/cancel`),
  retry: (id: string) => api.post<{ status: string }>(`${base}/instances/${enc(id)}/retry`),
};
