import { api } from './client';
import { Permissions } from './generated/permissions';

// Mirrors src/CallCenter.Application.Contracts/Calls/* and Interruptions/*; the permissions are generated.
export const VoicePermissions = {
  Calls: Permissions.Calls.Default,
  Recordings: Permissions.Calls.Recordings,
  Callbacks: Permissions.Calls.Callbacks,
  Interruptions: Permissions.Interruptions.Default,
  InterruptionsEdit: Permissions.Interruptions.Edit,
  Prompts: Permissions.Prompts.Default,
  PromptsEdit: Permissions.Prompts.Edit,
} as const;

export interface PagedResult<T> {
  items: T[];
  totalCount: number;
}

export interface CallPathStep {
  at: string;
  activityId: string;
  kind: string;
  detail: string | null;
}

export interface CallRecording {
  id: string;
  kind: string;
  startedAt: string;
  durationMs: number;
}

export interface CallListItem {
  id: string;
  callerNumber: string;
  dialledNumber: string;
  startedAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  endReason: string | null;
  digits: string;
  recordingCount: number;
}

export interface CallRecord extends Omit<CallListItem, 'recordingCount'> {
  sipCallId: string;
  workflowDefinitionId: string | null;
  workflowInstanceId: string | null;
  householdId: string | null;
  path: CallPathStep[];
  recordings: CallRecording[];
}

export interface CallSearch {
  number?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export type CallbackStatus = 'Open' | 'Done';

export interface CallbackTask {
  id: string;
  callRecordId: string;
  phoneNumber: string;
  topic: string;
  recordingId: string | null;
  status: CallbackStatus;
  createdAt: string;
  completedAt: string | null;
}

export interface HeatingInterruption {
  id: string;
  stationId: string;
  stationName: string | null;
  communities: string[];
  startsAt: string;
  expectedRestorationAt: string;
  endedAt: string | null;
  message: string;
  isActive: boolean;
  concurrencyStamp: string;
}

export interface HeatingInterruptionInput {
  stationId: string;
  communities: string[];
  startsAt: string;
  expectedRestorationAt: string;
  message: string;
}

export type PromptSource = 'Generated' | 'Uploaded';

export interface VoicePrompt {
  id: string;
  key: string;
  name: string;
  text: string | null;
  source: PromptSource;
  durationMs: number;
  updatedAt: string;
}

export const voiceApi = {
  searchCalls: (q: CallSearch) => api.get<PagedResult<CallListItem>>('/api/calls', { ...q }),
  getCall: (id: string) => api.get<CallRecord>(`/api/calls/${id}`),
  recordingUrl: (id: string) => `/api/calls/recordings/${id}`,
  callbacks: (status?: CallbackStatus) => api.get<CallbackTask[]>('/api/calls/callbacks', { status }),
  completeCallback: (id: string) => api.post<CallbackTask>(`/api/calls/callbacks/${id}/complete`),

  interruptions: (activeOnly: boolean) => api.get<HeatingInterruption[]>('/api/interruptions', { activeOnly }),
  createInterruption: (input: HeatingInterruptionInput) => api.post<HeatingInterruption>('/api/interruptions', input),
  updateInterruption: (id: string, input: HeatingInterruptionInput) => api.put<HeatingInterruption>(`/api/interruptions/${id}`, input),
  endInterruption: (id: string) => api.post<HeatingInterruption>(`/api/interruptions/${id}/end`),

  prompts: () => api.get<VoicePrompt[]>('/api/prompts'),
  promptAudioUrl: (prompt: VoicePrompt) => `/api/prompts/${prompt.id}/audio?v=${encodeURIComponent(prompt.updatedAt)}`,
  generatePrompt: (input: { key: string; name: string; text: string }) => api.post<VoicePrompt>('/api/prompts/generate', input),
  uploadPrompt: (key: string, name: string, file: File) => {
    const form = new FormData();
    form.append('key', key);
    form.append('name', name);
    form.append('file', file);
    return api.post<VoicePrompt>('/api/prompts/upload', form);
  },
};
