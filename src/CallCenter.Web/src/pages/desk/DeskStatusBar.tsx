import { Button, Card, Checkbox, Col, Dropdown, Row, Space, Statistic, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeSpanSeconds, type AgentDeskSnapshot, type AgentState, type DeskOptions } from '../../api/desk';
import type { DeskConnectionStatus } from './useAgentDesk';
import { formatClock, secondsSince } from './deskTime';

const stateColors: Record<AgentState, string> = {
  LoggedOut: 'default',
  Ready: 'green',
  NotReady: 'orange',
  Reserved: 'blue',
  OnCall: 'red',
  Hold: 'purple',
  WrapUp: 'gold',
};

const connectionColors: Record<DeskConnectionStatus, string> = {
  connecting: 'processing',
  connected: 'success',
  reconnecting: 'warning',
  disconnected: 'error',
};

interface Props {
  desk: AgentDeskSnapshot;
  options: DeskOptions | null;
  status: DeskConnectionStatus;
  now: Date;
  /** A call is on screen whose wrap-up form is not saved yet: Ready waits for the disposition. */
  dispositionPending: boolean;
  onLogin: (queues: string[] | null) => void;
  onLogout: () => void;
  onReady: () => void;
  onNotReady: (reason: string) => void;
  onExtendWrapUp: () => void;
}

/** The agent's state with time in state, the phone's registration, the state buttons and today's own figures. */
export default function DeskStatusBar({ desk, options, status, now, dispositionPending, onLogin, onLogout, onReady, onNotReady, onExtendWrapUp }: Props) {
  const { t } = useTranslation();
  const memberQueues = (options?.queues ?? []).filter((q) => q.member);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? memberQueues.map((q) => q.id);
  const loggedOut = desk.state === 'LoggedOut';
  const busy = desk.state === 'Reserved' || desk.state === 'OnCall' || desk.state === 'Hold';
  const queueNames = (options?.queues ?? []).filter((q) => desk.queues.includes(q.id)).map((q) => q.name);
  const calls = desk.callsToday;
  const averageTalk = calls > 0 ? timeSpanSeconds(desk.talkToday) / calls : 0;
  const averageWrapUp = calls > 0 ? timeSpanSeconds(desk.wrapUpToday) / calls : 0;
  const wrapUpLeft = desk.state === 'WrapUp' && desk.wrapUpUntil ? Math.max(0, (new Date(desk.wrapUpUntil).getTime() - now.getTime()) / 1000) : null;

  return (
    <Card size="small" data-testid="desk-status">
      <Row gutter={[16, 12]} align="middle">
        <Col xs={24} md={12}>
          <Space wrap size={[8, 8]}>
            <Tag color={stateColors[desk.state]} style={{ fontSize: 16, padding: '4px 10px' }} data-testid="desk-state" data-state={desk.state}>
              {t(`desk.states.${desk.state}`)}
              {desk.state === 'NotReady' && desk.notReadyReason ? ` · ${desk.notReadyReason}` : ''}
            </Tag>
            {!loggedOut && (
              <Typography.Text type="secondary" data-testid="desk-time-in-state">
                {t('desk.inState', { time: formatClock(secondsSince(desk.stateSince, now)) })}
              </Typography.Text>
            )}
            {wrapUpLeft !== null && <Tag color="gold">{t('desk.wrapUpLeft', { time: formatClock(wrapUpLeft) })}</Tag>}
          </Space>
          <div style={{ marginTop: 8 }}>
            <Space wrap size={[8, 8]}>
              <Tooltip title={desk.phoneRegistered ? undefined : t('desk.phoneNotRegisteredHint')}>
                <Tag color={desk.phoneRegistered ? 'green' : 'red'} data-testid="desk-phone" data-registered={desk.phoneRegistered}>
                  {desk.phoneRegistered ? t('desk.phoneRegistered') : t('desk.phoneNotRegistered')}
                </Tag>
              </Tooltip>
              <Tag color={connectionColors[status]} data-testid="desk-connection" data-status={status}>
                {t(`desk.connection.${status}`)}
              </Tag>
              {queueNames.map((name) => (
                <Tag key={name}>{name}</Tag>
              ))}
            </Space>
          </div>
        </Col>
        <Col xs={24} md={12}>
          <Row gutter={8}>
            <Col span={8}>
              <Statistic title={t('desk.figures.calls')} value={calls} data-testid="desk-calls-today" />
            </Col>
            <Col span={8}>
              <Statistic title={t('desk.figures.averageTalk')} value={formatClock(averageTalk)} />
            </Col>
            <Col span={8}>
              <Statistic title={t('desk.figures.averageWrapUp')} value={formatClock(averageWrapUp)} />
            </Col>
          </Row>
        </Col>
        <Col span={24}>
          {loggedOut ? (
            <Space wrap>
              <Typography.Text>{t('desk.queues')}:</Typography.Text>
              {memberQueues.length === 0 && <Typography.Text type="secondary">{t('desk.noQueues')}</Typography.Text>}
              <Checkbox.Group
                value={selected}
                onChange={(v) => setChosen(v as string[])}
                options={memberQueues.map((q) => ({ value: q.id, label: q.name }))}
                data-testid="desk-queues"
              />
              <Button type="primary" onClick={() => onLogin(chosen ? selected : null)} data-testid="desk-login">
                {t('desk.login')}
              </Button>
            </Space>
          ) : (
            <Space wrap>
              <Button
                type="primary"
                disabled={busy || desk.state === 'Ready' || dispositionPending}
                onClick={onReady}
                data-testid="desk-ready"
              >
                {t('desk.ready')}
              </Button>
              <Dropdown
                disabled={busy || dispositionPending}
                trigger={['click']}
                menu={{
                  items: (options?.notReadyReasons ?? []).map((r) => ({ key: r, label: r, 'data-testid': `desk-reason-${r}` })),
                  onClick: ({ key }) => onNotReady(key),
                }}
              >
                <Button data-testid="desk-not-ready">{t('desk.notReady')}</Button>
              </Dropdown>
              {desk.state === 'WrapUp' && (
                <Button onClick={onExtendWrapUp} data-testid="desk-extend-wrapup">
                  {t('desk.extendWrapUp')}
                </Button>
              )}
              <Button danger disabled={busy} onClick={onLogout} data-testid="desk-logout">
                {t('desk.logout')}
              </Button>
            </Space>
          )}
        </Col>
      </Row>
    </Card>
  );
}
