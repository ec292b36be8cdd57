import { useEffect, useRef } from 'react';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Alert,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError, errorMessage } from '../../api/client';
import { householdApi } from '../../api/households';
import {
  accountStatuses,
  careFlagValues,
  heatingTypes,
  type AccountStatus,
  type CareFlag,
  type CreateUpdateHousehold,
  type HeatingType,
  type Household,
} from '../../api/types';
import PageHeader from '../../components/PageHeader';
import QueryError from '../../components/QueryError';
import { applyServerErrors } from '../../utils/formErrors';
import { formatCareFlags, parseCareFlags } from '../../utils/careFlags';
import { useStations } from '../stations/useStations';
import { queryKeys } from '../../api/queryKeys';

interface FormValues {
  accountNumber: string;
  name: string;
  phones: { number: string; isPrimary: boolean }[];
  district: string;
  community: string;
  building?: string;
  unit?: string;
  room?: string;
  heatingAreaM2: number;
  stationId?: string;
  heatingType: HeatingType;
  status: AccountStatus;
  careFlags: CareFlag[];
  notes?: string;
}

const conflictCode = 'CallCenter:General:409';

function toFormValues(h: Household): FormValues {
  return {
    accountNumber: h.accountNumber,
    name: h.name,
    phones: h.phones.map((p) => ({ number: p.display || p.number, isPrimary: p.isPrimary })),
    district: h.address.district,
    community: h.address.community,
    building: h.address.building ?? undefined,
    unit: h.address.unit ?? undefined,
    room: h.address.room ?? undefined,
    heatingAreaM2: h.heatingAreaM2,
    // Only an explicit station is sent back; otherwise it keeps following the community.
    stationId: h.stationSetExplicitly ? (h.stationId ?? undefined) : undefined,
    heatingType: h.heatingType,
    status: h.status,
    careFlags: parseCareFlags(h.careFlags),
    notes: h.notes ?? undefined,
  };
}

const emptyToNull = (value?: string) => (value && value.trim() ? value.trim() : null);

export default function HouseholdEditPage() {
  const { id } = useParams();
  const isNew = !id;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const stations = useStations();
  const household = useQuery({
    queryKey: queryKeys.households.detail(id),
    queryFn: () => householdApi.get(id!),
    enabled: !isNew,
  });

  useEffect(() => {
    if (household.data) form.setFieldsValue(toFormValues(household.data));
  }, [household.data, form]);

  const save = useMutation({
    mutationFn: (values: FormValues) => {
      const body: CreateUpdateHousehold = {
        accountNumber: values.accountNumber.trim(),
        name: values.name.trim(),
        phones: (values.phones ?? [])
          .filter((p) => p?.number?.trim())
          .map((p) => ({ number: p.number.trim(), isPrimary: !!p.isPrimary })),
        district: values.district.trim(),
        community: values.community.trim(),
        building: emptyToNull(values.building),
        unit: emptyToNull(values.unit),
        room: emptyToNull(values.room),
        heatingAreaM2: values.heatingAreaM2 ?? 0,
        stationId: values.stationId ?? null,
        heatingType: values.heatingType,
        status: values.status,
        careFlags: formatCareFlags(values.careFlags),
        notes: values.notes ?? null,
        concurrencyStamp: household.data?.concurrencyStamp ?? null,
      };
      return isNew ? householdApi.create(body) : householdApi.update(id!, body);
    },
    onSuccess: async (saved) => {
      message.success(t('common.saved'));
      queryClient.setQueryData(['household', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: queryKeys.households.all });
      await queryClient.invalidateQueries({ queryKey: queryKeys.households.history(saved.id) });
      navigate(`/households/${saved.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 409 || error.problem.code === conflictCode)) {
        message.error({ content: errorMessage(error, t('household.conflict')), key: 'conflict', duration: 6 });
        return;
      }
      const unmatched = applyServerErrors(form, error);
      message.error(
        [errorMessage(error, t('common.requestFailed')), ...unmatched].filter(Boolean).join(' '),
      );
    },
  });

  const conflict =
    save.error instanceof ApiError && (save.error.status === 409 || save.error.problem.code === conflictCode);
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The save button is at the bottom of a long form; bring the explanation into view.
    if (conflict) conflictRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [conflict]);

  if (!isNew && household.isPending) return <Skeleton active />;
  if (!isNew && household.isError) return <QueryError error={household.error} onRetry={() => void household.refetch()} />;


  return (
    <>
      <PageHeader
        title={isNew ? t('household.createTitle') : t('household.editTitle', { name: household.data?.name })}
        testId="page-title"
      />
      <div ref={conflictRef} style={{ scrollMarginTop: 16 }} />
      {conflict && (
        <Alert
          type="warning"
          showIcon
          title={t('household.conflict')}
          action={
            <Button
              onClick={() => {
                save.reset();
                void household.refetch();
              }}
              data-testid="conflict-reload"
            >
              {t('household.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
          data-testid="conflict-alert"
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        initialValues={{
          phones: [{ number: '', isPrimary: true }],
          heatingType: 'Radiator',
          status: 'Normal',
          careFlags: [],
          heatingAreaM2: 0,
        }}
        scrollToFirstError
        data-testid="household-form"
      >
        <Card title={t('household.basics')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="accountNumber" label={t('household.accountNumber')} rules={[{ required: true, max: 32 }]}>
                <Input data-testid="household-account-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="name" label={t('household.name')} rules={[{ required: true, max: 64 }]}>
                <Input data-testid="household-name-input" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="status" label={t('household.status')} rules={[{ required: true }]}>
                <Select
                  options={accountStatuses.map((s) => ({ value: s, label: t(`enums.accountStatus.${s}`) }))}
                  data-testid="household-status-input"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label={t('household.phones')} required>
            <Form.List name="phones">
              {(fields, { add, remove }, { errors }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                      <Form.Item
                        name={[field.name, 'number']}
                        rules={[{ required: true, message: t('household.phoneRequired') }, { max: 32 }]}
                        style={{ marginBottom: 8 }}
                      >
                        <Input
                          placeholder={t('household.phonePlaceholder')}
                          style={{ width: 'clamp(140px, 50vw, 240px)' }}
                          data-testid={`household-phone-input-${index}`}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'isPrimary']} valuePropName="checked" style={{ marginBottom: 8 }}>
                        <Checkbox
                          onChange={(e) => {
                            if (!e.target.checked) return;
                            // One primary phone: ticking one unticks the others.
                            const phones = (form.getFieldValue('phones') ?? []) as FormValues['phones'];
                            form.setFieldValue(
                              'phones',
                              phones.map((p, i) => ({ ...p, isPrimary: i === field.name })),
                            );
                          }}
                        >
                          {t('household.primary')}
                        </Checkbox>
                      </Form.Item>
                      {fields.length > 1 && (
                        <MinusCircleOutlined
                          onClick={() => remove(field.name)}
                          aria-label={t('household.removePhone')}
                          data-testid={`household-phone-remove-${index}`}
                        />
                      )}
                    </Space>
                  ))}
                  {fields.length < 5 && (
                    <Button
                      type="dashed"
                      onClick={() => add({ number: '', isPrimary: fields.length === 0 })}
                      icon={<PlusOutlined />}
                      data-testid="household-phone-add"
                    >
                      {t('household.addPhone')}
                    </Button>
                  )}
                  <Form.ErrorList errors={errors} />
                </>
              )}
            </Form.List>
          </Form.Item>
        </Card>
        <Card title={t('household.addressAndHeating')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="district" label={t('household.district')} rules={[{ required: true, max: 32 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="community" label={t('household.community')} rules={[{ required: true, max: 64 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={8} md={8}>
              <Form.Item name="building" label={t('household.building')} rules={[{ max: 16 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={8} md={8}>
              <Form.Item name="unit" label={t('household.unit')} rules={[{ max: 16 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={8} md={8}>
              <Form.Item name="room" label={t('household.room')} rules={[{ max: 16 }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="heatingAreaM2"
                label={t('household.heatingAreaM2')}
                rules={[{ required: true }, { type: 'number', min: 0, max: 10000 }]}
              >
                <InputNumber min={0} max={10000} step={0.01} style={{ width: '100%' }} suffix="m²" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="heatingType" label={t('household.heatingType')} rules={[{ required: true }]}>
                <Select options={heatingTypes.map((v) => ({ value: v, label: t(`enums.heatingType.${v}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="stationId" label={t('household.station')} extra={t('household.stationHint')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('household.stationByCommunity')}
                  options={stations.data?.map((s) => ({ value: s.id, label: `${s.code} ${s.name}` }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('household.careAndNotes')} style={{ marginBottom: 16 }}>
          <Form.Item name="careFlags" label={t('household.careFlags')}>
            <Checkbox.Group
              options={careFlagValues.map((f) => ({ value: f, label: t(`enums.careFlags.${f}`) }))}
            />
          </Form.Item>
          <Form.Item name="notes" label={t('household.notes')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={4} showCount maxLength={2000} data-testid="household-notes-input" />
          </Form.Item>
        </Card>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="household-save">
            {t('common.save')}
          </Button>
          <Button onClick={() => navigate(isNew ? '/households' : `/households/${id}`)} data-testid="household-cancel">
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
