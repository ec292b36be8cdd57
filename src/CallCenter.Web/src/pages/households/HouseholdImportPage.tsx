import { useState } from 'react';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Row, Statistic, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { householdApi } from '../../api/households';
import type { HouseholdImportResult, ImportRowError } from '../../api/types';
import PageHeader from '../../components/PageHeader';
import { useFieldLabel } from '../../components/ChangeList';
import { queryKeys } from '../../api/queryKeys';

export default function HouseholdImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const fieldLabel = useFieldLabel();
  const [fileName, setFileName] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: (file: File) => householdApi.import(file),
    onSuccess: async (result) => {
      message.success(t('import.done', { created: result.created, updated: result.updated, failed: result.failed }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.households.all });
    },
  });
  const result: HouseholdImportResult | undefined = upload.data;

  return (
    <>
      <PageHeader
        title={t('import.title')}
        testId="page-title"
        extra={
          <a href={householdApi.templateUrl} download data-testid="import-template">
            <Button icon={<DownloadOutlined />}>{t('import.template')}</Button>
          </a>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('import.help')}</Typography.Paragraph>
        <Upload.Dragger
          accept=".csv,text/csv"
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            setFileName(file.name);
            upload.mutate(file);
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{fileName ? t('import.file', { name: fileName }) : t('import.hint')}</p>
        </Upload.Dragger>
      </Card>
      {upload.isError && (
        <Alert
          type="error"
          showIcon
          title={errorMessage(upload.error, t('import.failed'))}
          style={{ marginBottom: 16 }}
          data-testid="import-error"
        />
      )}
      {upload.isPending && <Alert type="info" showIcon title={t('import.uploading')} style={{ marginBottom: 16 }} />}
      {result && (
        <Card title={t('import.result')} data-testid="import-result">
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Statistic title={t('import.totalRows')} value={result.totalRows} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('import.created')} value={result.created} styles={{ content: { color: '#389e0d' } }} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('import.updated')} value={result.updated} styles={{ content: { color: '#0958d9' } }} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('import.failedRows')}
                value={result.failed}
                styles={{ content: { color: result.failed ? '#cf1322' : undefined } }}
              />
            </Col>
          </Row>
          <Table<ImportRowError>
            rowKey={(row, index) => `${row.row}-${row.field}-${index}`}
            size="small"
            dataSource={result.errors}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 600 }}
            locale={{ emptyText: t('import.noErrors') }}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 70 },
              { title: t('household.accountNumber'), dataIndex: 'accountNumber', width: 130 },
              { title: t('import.field'), dataIndex: 'field', width: 140, render: (f: string) => fieldLabel(f) },
              { title: t('import.message'), dataIndex: 'message' },
            ]}
            data-testid="import-errors"
          />
        </Card>
      )}
    </>
  );
}
