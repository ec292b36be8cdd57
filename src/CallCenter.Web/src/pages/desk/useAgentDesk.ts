import { useCallback, useEffect, useRef, useState } from 'react';
import { App } from 'antd';
import { HubConnectionState, type HubConnection } from '@microsoft/signalr';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import {
  createDeskConnection,
  type AgentDeskSnapshot,
  type DeskCall,
  type DeskCommands,
  type DeskHubResult,
  type DeskOptions,
} from '../../api/desk';
import { readIntent, writeIntent } from './deskIntent';

export type DeskConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** Where the call on screen is: the phone rings (screen pop), the agent talks, or it ended and wrap-up follows. */
export type CallPhase = 'ringing' | 'connected' | 'ended';

/** The call's phase as the agent's state tells it (the ACD keeps the call on the desk through wrap-up). */
function phaseOf(desk: AgentDeskSnapshot): CallPhase {
  return desk.state === 'Reserved' ? 'ringing' : desk.state === 'WrapUp' ? 'ended' : 'connected';
}

const lastCallKey = (agentId: string) => `callcenter.desk.lastCall.${agentId}`;

/**
 * The agent desktop's live state over SignalR: the desk (state, queues, figures), the call on screen and the commands.
 * On every (re)connect the desk is read again and, if the agent had logged in on this browser, the login is repeated
 * (a restarted node knows nobody: ADR 0600 D3). Refusals are shown as the server's localized message.
 */
export function useAgentDesk() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const connectionRef = useRef<HubConnection | null>(null);
  const acknowledged = useRef(new Set<string>());
  const [status, setStatus] = useState<DeskConnectionStatus>('connecting');
  const [desk, setDesk] = useState<AgentDeskSnapshot | null>(null);
  const [notAgent, setNotAgent] = useState<string | null>(null);
  const [options, setOptions] = useState<DeskOptions | null>(null);
  const [call, setCall] = useState<DeskCall | null>(null);
  const [phase, setPhase] = useState<CallPhase | null>(null);
  const language = useRef(i18n.language);
  // The latest desk for callbacks that must not re-subscribe (the hub's handlers, wrap-up).
  const deskRef = useRef<AgentDeskSnapshot | null>(null);
  useEffect(() => {
    deskRef.current = desk;
  }, [desk]);

  const invoke = useCallback(
    async <K extends keyof DeskCommands>(method: K, ...args: DeskCommands[K]): Promise<DeskHubResult | null> => {
      const connection = connectionRef.current;
      if (!connection || connection.state !== HubConnectionState.Connected) {
        message.error(t('desk.notConnected'));
        return null;
      }
      try {
        const result = await connection.invoke<DeskHubResult>(method, ...args);
        if (result.desk) setDesk(result.desk);
        if (!result.succeeded) message.error(result.message ?? result.code ?? t('common.requestFailed'));
        return result;
      } catch (error) {
        message.error(errorMessage(error, t('common.requestFailed')));
        return null;
      }
    },
    [message, t],
  );

  useEffect(() => {
    const connection = createDeskConnection(language.current);
    connectionRef.current = connection;
    let stopped = false;
    let retry: number | undefined;

    const sync = async () => {
      const result = await connection.invoke<DeskHubResult>('GetDesk');
      if (!result.succeeded || !result.desk) {
        setNotAgent(result.message ?? result.code);
        return;
      }
      setNotAgent(null);
      let current = result.desk;
      const intent = readIntent(current.agentId);
      if (current.state === 'LoggedOut' && intent.loggedIn) {
        const login = await connection.invoke<DeskHubResult>('Login', intent.queues);
        if (login.desk) current = login.desk;
      }
      setDesk(current);
      if (current.call) {
        setCall(current.call);
        setPhase(phaseOf(current));
      } else if (current.state === 'WrapUp') {
        // A reload during wrap-up: the call the form is for comes back from this tab's memory.
        try {
          const saved = sessionStorage.getItem(lastCallKey(current.agentId));
          if (saved) {
            setCall(JSON.parse(saved) as DeskCall);
            setPhase('ended');
          }
        } catch {
          // Nothing saved: the form opens without the call.
        }
      }
      setOptions(await connection.invoke<DeskOptions>('GetOptions'));
    };

    const keep = (c: DeskCall) => {
      const agentId = deskRef.current?.agentId;
      if (!agentId) return;
      try {
        sessionStorage.setItem(lastCallKey(agentId), JSON.stringify(c));
      } catch {
        // Private mode: a reload during wrap-up loses the call id, nothing else.
      }
    };

    connection.on('AgentChanged', (snapshot: AgentDeskSnapshot) => {
      setDesk(snapshot);
      if (snapshot.call) {
        setCall(snapshot.call);
        setPhase(phaseOf(snapshot));
      }
    });
    connection.on('CallOffered', (c: DeskCall) => {
      setCall(c);
      setPhase('ringing');
    });
    connection.on('CallConnected', (c: DeskCall) => {
      setCall(c);
      setPhase('connected');
      keep(c);
    });
    connection.on('CallEnded', (c: DeskCall) => {
      // A call answered ends in wrap-up (the form stays); one that only rang (moved on, caller gone) leaves the screen.
      if (c.answeredAt) {
        setCall(c);
        setPhase('ended');
        keep(c);
      } else {
        setCall((current) => (current?.callRecordId === c.callRecordId ? null : current));
        setPhase((p) => (p === 'ringing' ? null : p));
      }
    });
    connection.onreconnecting(() => setStatus('reconnecting'));
    connection.onreconnected(() => {
      setStatus('connected');
      void sync().catch(() => undefined);
    });

    const start = async () => {
      if (stopped) return;
      try {
        setStatus((s) => (s === 'disconnected' ? 'reconnecting' : s));
        await connection.start();
        if (stopped) return;
        setStatus('connected');
        await sync();
      } catch {
        if (stopped) return;
        setStatus('disconnected');
        retry = window.setTimeout(() => void start(), 5000);
      }
    };
    // Automatic reconnect gives up only when the page is left; if the connection still closes, start over.
    connection.onclose(() => {
      if (stopped) return;
      setStatus('disconnected');
      retry = window.setTimeout(() => void start(), 2000);
    });
    void start();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      connectionRef.current = null;
      void connection.stop();
    };
  }, []);

  const login = useCallback(
    async (queues: string[] | null) => {
      const result = await invoke('Login', queues);
      if (result?.succeeded && result.desk) writeIntent(result.desk.agentId, { loggedIn: true, queues });
      return result;
    },
    [invoke],
  );

  const logout = useCallback(async () => {
    const result = await invoke('Logout');
    if (result?.succeeded && result.desk) writeIntent(result.desk.agentId, { loggedIn: false, queues: null });
    return result;
  }, [invoke]);

  /** Wrap-up done: the contact was saved; tell the ACD, then end wrap-up (Ready, or the recovery pause when difficult). */
  const finishWrapUp = useCallback(
    async (callRecordId: string, contactId: string, resolvedFirstContact: boolean, difficult: boolean) => {
      const recorded = await invoke('DispositionRecorded', callRecordId, contactId, resolvedFirstContact);
      if (!recorded?.succeeded) return false;
      // Wrap-up may already be over (its time ran out): then there is nothing to end, only the form to close.
      if (recorded.desk?.state === 'WrapUp') {
        const ended = await invoke('EndWrapUp', difficult);
        if (!ended?.succeeded) return false;
      }
      setCall(null);
      setPhase(null);
      return true;
    },
    [invoke],
  );

  /** The page rendered the pop of this call: the hub's ring-to-screen-pop clock stops (once per call). */
  const screenPopShown = useCallback((callRecordId: string) => {
    if (acknowledged.current.has(callRecordId)) return;
    acknowledged.current.add(callRecordId);
    void connectionRef.current?.send('ScreenPopShown', callRecordId).catch(() => undefined);
  }, []);

  return { status, desk, notAgent, options, call, phase, invoke, login, logout, finishWrapUp, screenPopShown };
}
