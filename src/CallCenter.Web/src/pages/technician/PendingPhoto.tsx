import { Badge } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A photo still on the phone: shown from its Blob, marked as waiting. */
export default function PendingPhoto({ blob, name }: { blob: Blob; name: string }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return (
    <Badge.Ribbon text={t('tech.waitingForNetwork')} color="gold">
      {url && <img src={url} alt={name} data-testid="tech-photo-pending" />}
    </Badge.Ribbon>
  );
}
