import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import PageHeader from '../../components/PageHeader';
import DispatchOrdersTab from './DispatchOrdersTab';
import MassIncidentsTab from './MassIncidentsTab';
import SupervisionTab from './SupervisionTab';

/** The dispatcher's board: the queue with SLA countdowns, mass incidents and the supervision list (督办). */
export default function DispatchBoardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'orders';
  return (
    <>
      <PageHeader
        title={user?.stationName ? `${t('dispatch.title')} · ${user.stationName}` : t('dispatch.title')}
        testId="dispatch-title"
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'orders', label: t('dispatch.tabs.orders'), children: <DispatchOrdersTab /> },
          { key: 'mass', label: t('dispatch.tabs.massIncidents'), children: <MassIncidentsTab /> },
          { key: 'supervision', label: t('dispatch.tabs.supervision'), children: <SupervisionTab /> },
        ]}
      />
    </>
  );
}
