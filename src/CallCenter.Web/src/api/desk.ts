// The agent desktop's SignalR connection (/hubs/agent-desk). Mirrors src/CallCenter.Voice/Acd/Desk/* and
// src/CallCenter.HttpApi.Host/Acd/* by hand: the hub is not part of the OpenAPI document.
import { HubConnectionBuilder, LogLevel, type HubConnection, type ILogger } from '@microsoft/signalr';
import { Permissions } from './generated/permissions';
import type { CallPathStep } from './voice';

export const DeskPermissions = { Desk: Permissions.Acd.Desk } as const;

export type AgentState = 'LoggedOut' | 'Ready' | 'NotReady' | 'Reserved' | 'OnCall' | 'Hold' | 'WrapUp';

export interface DeskCall {
  callRecordId: string;
  callerNumber: string;
  householdId: string | null;
  queueId: string;
  queueName: string;
  ivrPath: CallPathStep[];
  digits: string;
  attachedData: Record<string, unknown> | null;
  transferNotes: string | null;
  transferredBy: string | null;
  enteredQueueAt: string;
  offeredAt: string;
  answeredAt: string | null;
  onHold: boolean;
  /** A queued callback (回拨): the agent's phone rings first, the customer is called once the agent answers. */
  callback?: boolean;
  /** While a consult transfer is up: who is being consulted (name and extension, or a number). */
  consultTarget?: string | null;
  /** The consulted party answered: the transfer can be completed. */
  consultConnected?: boolean;
}

export interface AgentDeskSnapshot {
  agentId: string;
  displayName: string;
  extension: string;
  state: AgentState;
  notReadyReason: string | null;
  stateSince: string;
  wrapUpUntil: string | null;
  queues: string[];
  phoneRegistered: boolean;
  call: DeskCall | null;
  callsToday: number;
  /** .NET TimeSpan: "hh:mm:ss[.fffffff]" or "d.hh:mm:ss". */
  talkToday: string;
  wrapUpToday: string;
}

export interface DeskHubResult {
  succeeded: boolean;
  code: string | null;
  message: string | null;
  desk: AgentDeskSnapshot | null;
}

export interface DeskQueueOption {
  id: string;
  name: string;
  member: boolean;
}

export interface DeskAgentOption {
  id: string;
  displayName: string;
  extension: string;
  state: AgentState | null;
}

export interface DeskOptions {
  notReadyReasons: string[];
  queues: DeskQueueOption[];
  agents: DeskAgentOption[];
}

export type DeskTransferTarget = 'Agent' | 'Queue' | 'Number';

export interface DeskTransfer {
  kind: DeskTransferTarget;
  target: string;
  consult: boolean;
  notes: string | null;
}

/** The hub's methods with their arguments, so a call site cannot misspell one. */
export interface DeskCommands {
  GetDesk: [];
  Login: [queues: string[] | null];
  Logout: [];
  SetReady: [];
  SetNotReady: [reason: string];
  EndWrapUp: [difficult: boolean];
  ExtendWrapUp: [seconds: number];
  DispositionRecorded: [callRecordId: string, contactId: string, resolvedFirstContact: boolean];
  Hold: [hold: boolean];
  Transfer: [transfer: DeskTransfer];
  CompleteTransfer: [];
  CancelTransfer: [];
  Hangup: [];
}

export const deskHubPath = '/hubs/agent-desk';

/** A .NET TimeSpan as JSON ("01:02:03", "1.02:03:04.5") in seconds; 0 for anything else. */
export function timeSpanSeconds(value: string | null | undefined): number {
  const match = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value ?? '');
  if (!match) return 0;
  const [, minus, days, h, m, s] = match;
  const total = Number(days ?? 0) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
  return minus ? -total : total;
}

/** SignalR's own messages go to the console as warnings at most: a reconnect is shown on the page, not as an error. */
const quietLogger: ILogger = {
  log(level, message) {
    if (level >= LogLevel.Warning && level !== LogLevel.None) console.warn(`[desk] ${message}`);
  },
};

/**
 * The desk connection: rides the session cookie (same origin), asks for messages in the UI language, and reconnects
 * for as long as the page is open — quickly at first, then every 10 s (a restarting node takes longer than SignalR's
 * default four tries).
 */
export function createDeskConnection(language: string): HubConnection {
  return new HubConnectionBuilder()
    .withUrl(`${deskHubPath}?ui-culture=${encodeURIComponent(language)}`)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 1000, 2000, 5000][previousRetryCount] ?? 10_000 })
    .configureLogging(quietLogger)
    .build();
}
