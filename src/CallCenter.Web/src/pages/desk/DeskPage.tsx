import { Alert, Button, Card, Empty, Popconfirm, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import PageHeader from '../../components/PageHeader';
import ContactForm from '../contacts/ContactForm';
import { useNow } from '../workorders/useNow';
import DeskStatusBar from './DeskStatusBar';
import ScreenPop from './ScreenPop';
import TransferModal from './TransferModal';
import { useAgentDesk } from './useAgentDesk';

/**
 * 坐席工作台: the agent logs in to queues, goes Ready, sees the caller the moment the phone rings, holds, transfers or
 * hangs up, and files the call in wrap-up with the contact form — Ready again only once a disposition is saved.
 */
export default function DeskPage() {
  const { t } = useTranslation();
  const now = useNow(1000);
  const desk = useAgentDesk();
  const { desk: snapshot, call, phase } = desk;
  const [householdId, setHouseholdId] = useState<string | null>(null);
  const [householdFor, setHouseholdFor] = useState<string | null>(null);
  const [transferOpen, setTransferOpen] = useState(false);
  // The household choice belongs to one call: a new call starts from its own match.
  const household = householdFor === call?.callRecordId ? householdId : null;
  const chooseHousehold = useCallback(
    (id: string | null) => {
      setHouseholdId(id);
      setHouseholdFor(call?.callRecordId ?? null);
    },
    [call?.callRecordId],
  );

  if (desk.notAgent) {
    return <Result status="warning" title={t('desk.notAgent')} subTitle={desk.notAgent} data-testid="desk-not-agent" />;
  }
  if (!snapshot) {
    return (
      <div style={{ textAlign: 'center', padding: 48 }}>
        <Spin />
        <div style={{ marginTop: 12 }}>{t(`desk.connection.${desk.status}`)}</div>
      </div>
    );
  }

  const talking = snapshot.state === 'OnCall' || snapshot.state === 'Hold';
  const inWrapUp = phase === 'ended';
  const onHold = snapshot.state === 'Hold' || !!call?.onHold;

  return (
    <div data-testid="desk-page">
      <PageHeader
        title={t('desk.title')}
        testId="desk-title"
        extra={<Typography.Text type="secondary">{t('desk.subtitle', { name: snapshot.displayName, extension: snapshot.extension })}</Typography.Text>}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {desk.status !== 'connected' && <Alert type="warning" showIcon title={t('desk.notConnected')} data-testid="desk-offline" />}
        <DeskStatusBar
          desk={snapshot}
          options={desk.options}
          status={desk.status}
          now={now}
          dispositionPending={inWrapUp}
          onLogin={(queues) => void desk.login(queues)}
          onLogout={() => void desk.logout()}
          onReady={() => void desk.invoke('SetReady')}
          onNotReady={(reason) => void desk.invoke('SetNotReady', reason)}
          onExtendWrapUp={() => void desk.invoke('ExtendWrapUp', 60)}
        />
        {!call && (
          <Card size="small">
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={snapshot.state === 'LoggedOut' ? t('desk.loggedOutHint') : t('desk.idle')}
              data-testid="desk-idle"
            />
          </Card>
        )}
        {call && (
          <>
            <Card
              size="small"
              title={
                <Typography.Text strong data-testid="desk-call-phase" data-phase={phase}>
                  {phase === 'ringing' ? t('desk.ringing') : inWrapUp ? t('desk.callEnded') : t('desk.onCall')}
                </Typography.Text>
              }
              extra={
                talking && !inWrapUp && call.consultTarget ? (
                  // A consult transfer is up: the caller hears music, the agent talks to the target; then complete or cancel.
                  <Space wrap>
                    <Typography.Text type="secondary" data-testid="desk-consulting">
                      {call.consultConnected
                        ? t('desk.consulting', { target: call.consultTarget })
                        : t('desk.consultRinging', { target: call.consultTarget })}
                    </Typography.Text>
                    <Button
                      type="primary"
                      disabled={!call.consultConnected}
                      onClick={() => void desk.invoke('CompleteTransfer')}
                      data-testid="desk-transfer-complete"
                    >
                      {t('desk.completeTransfer')}
                    </Button>
                    <Button onClick={() => void desk.invoke('CancelTransfer')} data-testid="desk-transfer-cancel">
                      {t('desk.cancelTransfer')}
                    </Button>
                  </Space>
                ) : talking && !inWrapUp ? (
                  <Space wrap>
                    <Button onClick={() => void desk.invoke('Hold', !onHold)} data-testid="desk-hold">
                      {onHold ? t('desk.resume') : t('desk.hold')}
                    </Button>
                    <Button onClick={() => setTransferOpen(true)} data-testid="desk-transfer">
                      {t('desk.transfer')}
                    </Button>
                    <Popconfirm title={t('desk.hangupConfirm')} onConfirm={() => void desk.invoke('Hangup')}>
                      <Button danger data-testid="desk-hangup">
                        {t('desk.hangup')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : undefined
              }
            >
              <ScreenPop call={call} householdId={household} onHousehold={chooseHousehold} onShown={desk.screenPopShown} />
            </Card>
            {phase !== 'ringing' && (
              <div data-testid="desk-wrapup">
                <ContactForm
                  key={call.callRecordId}
                  householdId={household}
                  call={{ id: call.callRecordId, callerNumber: call.callerNumber }}
                  wrapUp={{
                    canSave: inWrapUp,
                    onSaved: async (contact, extra) => {
                      await desk.finishWrapUp(call.callRecordId, contact.id, extra.resolvedOnFirstContact, extra.difficult);
                    },
                  }}
                />
              </div>
            )}
          </>
        )}
      </Space>
      <TransferModal
        open={transferOpen}
        options={desk.options}
        onCancel={() => setTransferOpen(false)}
        onTransfer={async (transfer) => {
          const result = await desk.invoke('Transfer', transfer);
          if (result?.succeeded) setTransferOpen(false);
          return !!result?.succeeded;
        }}
      />
    </div>
  );
}
