// The ACD's configuration: queues (技能组), agents' extensions, skills and SIP passwords, the ACD-wide settings.
import { api } from './client';
import { Permissions } from './permissions';

export const AcdPermissions = Permissions.Acd;

export type RoutingStrategy = 'RingAll' | 'LongestIdle' | 'RoundRobinMemory' | 'FewestCalls' | 'LeastTalkTime' | 'SkillTopDown';
export const routingStrategies: RoutingStrategy[] = [
  'RingAll',
  'LongestIdle',
  'RoundRobinMemory',
  'FewestCalls',
  'LeastTalkTime',
  'SkillTopDown',
];

export type QueueOverflowKind = 'None' | 'Queue' | 'Voicemail' | 'Number';
export const overflowKinds: QueueOverflowKind[] = ['None', 'Queue', 'Voicemail', 'Number'];

export interface AcdTier {
  minLevel: number;
  afterSeconds: number;
}

export interface AcdQueue {
  id: string;
  name: string;
  skill: string;
  minLevel: number;
  strategy: RoutingStrategy;
  tiers: AcdTier[];
  ringTimeoutSeconds: number;
  wrapUpSeconds: number;
  maxWaitSeconds: number;
  overflowKind: QueueOverflowKind;
  overflowTarget: string | null;
  joinWhenEmpty: boolean;
  announceEverySeconds: number;
  useBusinessHours: boolean;
  callbackEnabled: boolean;
}

export type AcdQueueInput = Omit<AcdQueue, 'id'>;

export interface AcdSettings {
  notReadyReasons: string[];
  recoveryPauseSeconds: number;
  missesBeforeNotReady: number;
}

export interface AgentSkill {
  skill: string;
  level: number;
}

export interface AcdAgent {
  userId: string;
  userName: string;
  displayName: string;
  extension: string | null;
  skills: AgentSkill[];
  enabled: boolean;
  hasSipPassword: boolean;
  sipPasswordSetAt: string | null;
}

export interface AcdAgentInput {
  extension: string;
  skills: AgentSkill[];
  enabled: boolean;
}

export interface SipPassword {
  extension: string;
  realm: string;
  password: string;
}

export const acdApi = {
  queues: () => api.get<AcdQueue[]>('/api/acd/queues'),
  createQueue: (input: AcdQueueInput) => api.post<AcdQueue>('/api/acd/queues', input),
  updateQueue: (id: string, input: AcdQueueInput) => api.put<AcdQueue>(`/api/acd/queues/${id}`, input),
  deleteQueue: (id: string) => api.delete(`/api/acd/queues/${id}`),
  settings: () => api.get<AcdSettings>('/api/acd/settings'),
  updateSettings: (input: AcdSettings) => api.put<AcdSettings>('/api/acd/settings', input),
  agent: (userId: string) => api.get<AcdAgent>(`/api/acd/agents/${userId}`),
  updateAgent: (userId: string, input: AcdAgentInput) => api.put<AcdAgent>(`/api/acd/agents/${userId}`, input),
  resetSipPassword: (userId: string) => api.post<SipPassword>(`/api/acd/agents/${userId}/sip-password`),
};
