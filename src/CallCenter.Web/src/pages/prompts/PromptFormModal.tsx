import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client';
import { voiceApi, type VoicePrompt } from '../../api/voice';

interface Values {
  key: string;
  name: string;
  text?: string;
}

/** Generate a prompt from text, or upload a WAV (the server converts it to 8 kHz telephone audio). */
export default function PromptFormModal({
  kind,
  prompt,
  onClose,
}: {
  kind: 'generate' | 'upload';
  prompt?: VoicePrompt;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) =>
      kind === 'generate'
        ? voiceApi.generatePrompt({ key: v.key, name: v.name, text: v.text ?? '' })
        : voiceApi.uploadPrompt(v.key, v.name, file as File),
    onSuccess: () => {
      void message.success(t('common.saved'));
      onClose(true);
    },
    onError: (e) => {
      const fields = e instanceof ApiError ? e.problem.errors : undefined;
      if (fields) form.setFields(Object.entries(fields).map(([name, errors]) => ({ name: (name === 'file' ? 'key' : name) as keyof Values, errors })));
      void message.error(errorMessage(e, t('common.requestFailed')));
    },
  });

  return (
    <Modal
      open
      title={kind === 'generate' ? t('voice.prompts.generate') : t('voice.prompts.upload')}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: kind === 'upload' && !file, ...({ 'data-testid': 'prompt-save' } as Record<string, string>) }}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ key: prompt?.key, name: prompt?.name, text: prompt?.text ?? '' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="key" label={t('voice.prompts.key')} extra={t('voice.prompts.keyHint')} rules={[{ required: true }]}>
          <Input disabled={!!prompt} data-testid="prompt-key" />
        </Form.Item>
        <Form.Item name="name" label={t('voice.prompts.name')} rules={[{ required: true }]}>
          <Input data-testid="prompt-name" />
        </Form.Item>
        {kind === 'generate' ? (
          <Form.Item name="text" label={t('voice.prompts.text')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="prompt-text" />
          </Form.Item>
        ) : (
          <Form.Item label={t('voice.prompts.file')} extra={t('voice.prompts.fileHint')}>
            <Upload
              accept=".wav,audio/wav"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <a>{t('voice.prompts.chooseFile')}</a>
            </Upload>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
