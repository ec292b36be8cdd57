import { CameraOutlined, CheckCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signatureUrl, type TechnicianQueueKind, type WorkOrder } from '../../api/workorders';
import type { QueuedAction, QueuedFile } from '../../offline/types';
import PendingPhoto from './PendingPhoto';
import SignaturePad, { type SignaturePadHandle } from './SignaturePad';
import { downscaleImage } from './imageDownscale';

type Act = (kind: TechnicianQueueKind, body?: unknown, label?: string, file?: QueuedFile) => Promise<void>;

/** What a technician records at the customer's: temperature, photos, parts, the signature, then completion. */
export default function OnSitePanel({ order, pending, act, addedNotes }: { order: WorkOrder; pending: QueuedAction[]; act: Act; addedNotes: string[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  // Starts empty: the technician measures; the customer's figure is only a hint (a pre-filled box gets saved unmeasured).
  const [temperature, setTemperature] = useState<number | null>(order.measuredIndoorTempC);
  const [partName, setPartName] = useState('');
  const [partQuantity, setPartQuantity] = useState<number | null>(1);
  const [partUnit, setPartUnit] = useState('');
  // Completing replaces the order's notes with this text, so progress notes (sent or still queued) start in it.
  const [notes, setNotes] = useState(() =>
    [order.resolutionNotes ?? '', ...pending.filter((a) => a.kind === 'AddNote').map((a) => a.label ?? '')].filter(Boolean).join('\n'),
  );
  const lastNote = addedNotes.at(-1);
  useEffect(() => {
    if (lastNote) setNotes((text) => (text.includes(lastNote) ? text : text ? `${text}\n${lastNote}` : lastNote));
  }, [lastNote, addedNotes.length]);
  const [signatureEmpty, setSignatureEmpty] = useState(true);
  const [busy, setBusy] = useState(false);
  const [resigning, setResigning] = useState(false);
  const signature = useRef<SignaturePadHandle>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const pendingOf = (kind: string) => pending.filter((a) => a.kind === kind);
  const pendingSignature = pendingOf('Signature').at(-1)?.body as { dataUrl?: string } | undefined;
  const signed = order.hasSignature || !!pendingSignature;
  const signatureSrc = pendingSignature?.dataUrl ?? (order.hasSignature ? signatureUrl(order.id) : undefined);

  const onPhotos = async (files: FileList | null) => {
    if (!files) return;
    setBusy(true);
    try {
      for (const file of Array.from(files)) {
        try {
          const small = await downscaleImage(file);
          await act('Photo', undefined, small.name, { field: 'file', name: small.name, blob: small });
        } catch {
          message.error(t('tech.notAnImage', { name: file.name }));
        }
      }
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const saveSignature = async () => {
    const dataUrl = signature.current?.toDataUrl();
    if (!dataUrl) return;
    await act('Signature', { dataUrl }, t('tech.signature'));
    setResigning(false);
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', marginBottom: 12 }}>
      <Card size="small" title={t('workOrder.indoorTemp')}>
        <Space.Compact block>
          <InputNumber
            style={{ width: '100%' }}
            inputMode="decimal"
            min={-30}
            max={45}
            step={0.5}
            value={temperature}
            onChange={(v) => setTemperature(v)}
            placeholder={order.reportedIndoorTempC != null ? t('tech.reportedTempHint', { temp: order.reportedIndoorTempC }) : undefined}
            suffix="°C"
            data-testid="tech-temp-input"
          />
          <Button
            type="primary"
            disabled={temperature == null}
            onClick={() => void act('RecordTemperature', { indoorTempC: temperature }, `${temperature} °C`)}
            data-testid="tech-temp-save"
          >
            {t('tech.record')}
          </Button>
        </Space.Compact>
      </Card>

      <Card size="small" title={t('tech.photos')}>
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          hidden
          onChange={(e) => void onPhotos(e.target.files)}
          data-testid="tech-photo-input"
        />
        <Button block icon={<CameraOutlined />} loading={busy} onClick={() => fileInput.current?.click()} style={{ marginBottom: 8 }}>
          {t('tech.addPhoto')}
        </Button>
        <div className="cc-tech-photos" data-testid="tech-photos">
          {order.photos.map((photo) => (
            <img key={photo.id} src={photo.url} alt={photo.fileName} data-testid="tech-photo" loading="lazy" />
          ))}
          {pendingOf('Photo').map((a) => a.file && <PendingPhoto key={a.key} blob={a.file.blob} name={a.file.name} />)}
        </div>
      </Card>

      <Card size="small" title={t('tech.parts')}>
        <List
          size="small"
          dataSource={[
            ...order.parts.map((p, i) => ({ key: `${i}`, text: `${p.name} × ${p.quantity}${p.unit ? ` ${p.unit}` : ''}`, waiting: false })),
            ...pendingOf('RecordParts').map((a) => ({ key: a.key, text: a.label ?? '', waiting: true })),
          ]}
          locale={{ emptyText: t('tech.noParts') }}
          renderItem={(item) => (
            <List.Item data-testid="tech-part">
              {item.text} {item.waiting && <Tag color="gold">{t('tech.waitingForNetwork')}</Tag>}
            </List.Item>
          )}
        />
        <Space.Compact block style={{ marginTop: 8 }}>
          <Input placeholder={t('tech.partName')} value={partName} onChange={(e) => setPartName(e.target.value)} maxLength={100} data-testid="tech-part-name" />
          <InputNumber style={{ width: 72 }} min={0.01} value={partQuantity} onChange={(v) => setPartQuantity(v)} data-testid="tech-part-quantity" />
          <Input style={{ width: 64 }} placeholder={t('tech.partUnit')} value={partUnit} onChange={(e) => setPartUnit(e.target.value)} maxLength={16} />
          <Button
            icon={<PlusOutlined />}
            aria-label={t('tech.addPart')}
            disabled={!partName.trim() || !partQuantity}
            onClick={() => {
              const body = { name: partName.trim(), quantity: partQuantity, unit: partUnit.trim() || null };
              void act('RecordParts', { parts: [body] }, `${body.name} × ${body.quantity}${body.unit ? ` ${body.unit}` : ''}`);
              setPartName('');
              setPartQuantity(1);
            }}
            data-testid="tech-part-add"
          />
        </Space.Compact>
      </Card>

      <Card size="small" title={t('tech.signature')} extra={signed && <Tag color="green" icon={<CheckCircleOutlined />} data-testid="tech-signed">{t('tech.signed')}</Tag>}>
        {signed && !resigning ? (
          <>
            {signatureSrc && <img src={signatureSrc} alt={t('tech.signature')} className="cc-signature-preview" data-testid="tech-signature-preview" />}
            <Button onClick={() => setResigning(true)}>{t('tech.signAgain')}</Button>
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>
              {t('tech.signHint')}
            </Typography.Paragraph>
            <SignaturePad ref={signature} onChange={setSignatureEmpty} testId="tech-signature" />
            <Space style={{ marginTop: 8 }}>
              <Button onClick={() => signature.current?.clear()}>{t('tech.clearSignature')}</Button>
              <Button type="primary" disabled={signatureEmpty} onClick={() => void saveSignature()} data-testid="tech-signature-save">
                {t('tech.saveSignature')}
              </Button>
            </Space>
          </>
        )}
      </Card>

      <Card size="small" title={t('workOrder.resolutionNotes')}>
        <Input.TextArea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} data-testid="tech-notes" />
        <div className="cc-tech-step" style={{ marginTop: 12 }}>
          <Button
            type="primary"
            block
            icon={<CheckCircleOutlined />}
            disabled={!signed || !notes.trim()}
            onClick={() => void act('Resolve', { resolutionNotes: notes.trim() })}
            data-testid="tech-complete"
          >
            {t('tech.actions.Resolve')}
          </Button>
        </div>
        {!signed && <Typography.Text type="secondary">{t('tech.signBeforeComplete')}</Typography.Text>}
      </Card>
    </Space>
  );
}
