import type { ReactNode } from 'react';
import { Typography } from 'antd';

export default function PageHeader({ title, extra, testId }: { title: ReactNode; extra?: ReactNode; testId?: string }) {
  return (
    <div className="cc-page-header">
      <Typography.Title level={3} data-testid={testId}>
        {title}
      </Typography.Title>
      {extra && <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>{extra}</div>}
    </div>
  );
}
