import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Empty, List, Radio, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DeskCall } from '../../api/desk';
import { householdApi } from '../../api/households';
import { KnowledgePermissions } from '../../api/knowledge';
import { queryKeys } from '../../api/queryKeys';
import { voiceApi, VoicePermissions } from '../../api/voice';
import { useAuth } from '../../auth/AuthContext';
import QueryError from '../../components/QueryError';
import { CareFlagTags, StatusTag } from '../../components/tags';
import { formatPhone } from '../../utils/phone';
import { formatDateTime } from '../../utils/time';
import CallPathTimeline from '../calls/CallPathTimeline';
import KnowledgeSuggestionPanel from '../knowledge/KnowledgeSuggestionPanel';
import { attachedFields, ivrChoiceText } from './attachedData';

interface Props {
  call: DeskCall;
  /** The household the contact will be filed under (the IVR's match, the agent's choice, or the only one). */
  householdId: string | null;
  onHousehold: (id: string | null) => void;
  /** Called once the caller is on screen (household, or that none matches): stops the ring-to-screen-pop clock. */
  onShown: (callRecordId: string) => void;
}

/**
 * The screen pop: who is calling before hello — the household with its care flags, an interruption in its community,
 * recent contacts and open orders (one /api/screen-pop request), how the caller came through the IVR, the data the
 * flow and earlier agents attached, transfer notes, and knowledge for the caller's choice.
 */
export default function ScreenPop({ call, householdId, onHousehold, onShown }: Props) {
  const { t, i18n } = useTranslation();
  const { hasPermission } = useAuth();
  const pop = useQuery({
    queryKey: queryKeys.screenPop.byPhone(call.callerNumber),
    queryFn: () => householdApi.screenPop(call.callerNumber),
    staleTime: 10_000,
  });
  const households = pop.data?.households ?? [];
  const chosen = households.find((h) => h.id === householdId) ?? (households.length === 1 ? households[0] : undefined);

  // The IVR's match wins; otherwise the only household; several: the agent chooses.
  useEffect(() => {
    if (householdId || !pop.data) return;
    const preferred = pop.data.households.find((h) => h.id === call.householdId) ?? (pop.data.households.length === 1 ? pop.data.households[0] : undefined);
    if (preferred) onHousehold(preferred.id);
  }, [pop.data, householdId, call.householdId, onHousehold]);

  // Effects run after the browser has the DOM: the pop is on screen when this fires.
  const shown = pop.isSuccess || pop.isError;
  const popRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!shown) return;
    onShown(call.callRecordId);
    // When it was on screen, in the browser's clock: the browser test compares it with the phone's ring.
    popRef.current?.setAttribute('data-shown-at', String(Date.now()));
  }, [shown, call.callRecordId, onShown]);

  // The community decides whether an interruption concerns this caller (ADR: station + community, or the whole station).
  const detail = useQuery({
    queryKey: queryKeys.households.detail(chosen?.id),
    queryFn: () => householdApi.get(chosen!.id),
    enabled: !!chosen,
  });
  const canSeeInterruptions = hasPermission(VoicePermissions.Interruptions);
  const interruptions = useQuery({
    queryKey: queryKeys.interruptions.list(true),
    queryFn: () => voiceApi.interruptions(true),
    enabled: canSeeInterruptions && !!detail.data,
    staleTime: 60_000,
  });
  const community = detail.data?.address.community;
  const active = (interruptions.data ?? []).filter(
    (i) => i.isActive && i.stationId === detail.data?.stationId && (i.communities.length === 0 || (!!community && i.communities.includes(community))),
  );

  const fields = attachedFields(call.attachedData, t, i18n);
  const choice = ivrChoiceText(call.attachedData, call.digits, t, i18n) || call.queueName.replace(/组$/, '');
  const waited = Math.max(0, Math.round((new Date(call.offeredAt).getTime() - new Date(call.enteredQueueAt).getTime()) / 1000));

  return (
    <Row gutter={[16, 16]} data-testid="screen-pop" data-call={call.callRecordId} ref={popRef}>
      <Col xs={24} lg={14}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('desk.household')} data-testid="screen-pop-household">
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('desk.caller')}>
                <span data-testid="screen-pop-caller">{formatPhone(call.callerNumber)}</span>
                {call.callback && (
                  <Tag color="orange" style={{ marginLeft: 8 }} data-testid="screen-pop-callback">
                    {t('desk.callback')}
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('desk.queue')}>
                {call.queueName} · {t('desk.waited')} {t('desk.seconds', { count: waited })}
              </Descriptions.Item>
            </Descriptions>
            {pop.isError && <QueryError error={pop.error} onRetry={() => void pop.refetch()} />}
            {pop.isSuccess && households.length === 0 && <Alert type="info" showIcon title={t('desk.unknownCaller')} data-testid="screen-pop-unknown" />}
            {households.length > 1 && (
              <div style={{ marginBottom: 8 }}>
                <Typography.Text type="secondary">{t('desk.chooseHousehold')}</Typography.Text>
                <Radio.Group value={chosen?.id} onChange={(e) => onHousehold(e.target.value as string)} style={{ display: 'block' }}>
                  <Space orientation="vertical">
                    {households.map((h) => (
                      <Radio key={h.id} value={h.id}>
                        {h.name} · {h.accountNumber} · {h.fullAddress}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </div>
            )}
            {chosen && (
              <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered data-testid="screen-pop-household-detail">
                <Descriptions.Item label={t('desk.household')}>
                  <Link to={`/households/${chosen.id}`} target="_blank" data-testid="screen-pop-household-name">
                    {chosen.name}
                  </Link>{' '}
                  <StatusTag status={chosen.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('desk.account')}>{chosen.accountNumber}</Descriptions.Item>
                <Descriptions.Item label={t('desk.address')} span={2}>
                  {chosen.fullAddress}
                </Descriptions.Item>
                <Descriptions.Item label={t('desk.station')}>
                  {chosen.stationName}
                  {chosen.stationDispatchPhone ? ` · ${formatPhone(chosen.stationDispatchPhone)}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('desk.careFlags')}>
                  <CareFlagTags value={chosen.careFlags} />
                </Descriptions.Item>
              </Descriptions>
            )}
            {active.map((i) => (
              <Alert
                key={i.id}
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={t('desk.interruption', { message: i.message, until: formatDateTime(i.expectedRestorationAt) })}
                data-testid="screen-pop-interruption"
              />
            ))}
          </Card>
          {(call.transferNotes || call.transferredBy) && (
            <Alert
              type="info"
              showIcon
              title={call.transferredBy ? t('desk.transferredBy', { name: call.transferredBy }) : t('desk.transferNotes')}
              description={call.transferNotes}
              data-testid="screen-pop-transfer"
            />
          )}
          {fields.length > 0 && (
            <Card size="small" title={t('desk.attachedData')}>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small" data-testid="screen-pop-attached">
                {fields.map((f) => (
                  <Descriptions.Item key={f.key} label={f.label}>
                    {f.value}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          )}
          <Card size="small" title={t('desk.ivr')} extra={call.digits ? `${t('desk.keys')}: ${call.digits}` : undefined}>
            <CallPathTimeline steps={call.ivrPath} />
          </Card>
        </Space>
      </Col>
      <Col xs={24} lg={10}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('desk.openOrders')}>
            <List
              size="small"
              dataSource={pop.data?.openWorkOrders ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.noOrders')} /> }}
              renderItem={(o) => (
                <List.Item data-testid="screen-pop-order">
                  <div>
                    <Link to={`/work-orders/${o.id}`} target="_blank">
                      {o.number}
                    </Link>{' '}
                    <Tag>{t(`workOrder.status.${o.status}`, { defaultValue: o.status })}</Tag>
                    <div>
                      <Typography.Text type="secondary">
                        {formatDateTime(o.creationTime)} {o.category ? `· ${o.category}` : ''}
                      </Typography.Text>
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('desk.recentContacts')}>
            <List
              size="small"
              dataSource={pop.data?.recentContacts ?? []}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('desk.noContacts')} /> }}
              renderItem={(c) => (
                <List.Item data-testid="screen-pop-contact">
                  <div>
                    <Typography.Text type="secondary">
                      {formatDateTime(c.time)} · {t(`contact.channels.${c.channel}`, { defaultValue: c.channel })}
                    </Typography.Text>
                    <div>
                      {c.category} {c.summary ? `· ${c.summary}` : ''}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
          {hasPermission(KnowledgePermissions.Default) && choice && <KnowledgeSuggestionPanel text={choice} take={3} />}
        </Space>
      </Col>
    </Row>
  );
}
