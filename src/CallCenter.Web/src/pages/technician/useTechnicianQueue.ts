import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import type { WorkOrder } from '../../api/workorders';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { useActionQueue } from '../../offline/useActionQueue';
import { setAppliedHandler, technicianQueue } from './technicianQueue';
import { queryKeys } from '../../api/queryKeys';

/** The queue as the technician's pages use it: refetch what changed, say what the server refused. */
export function useTechnicianQueue() {
  const { user } = useAuth();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  useEffect(() => {
    setAppliedHandler((action, result) => {
      const key = ['work-order', action.workOrderId];
      if ('workOrder' in result) queryClient.setQueryData(key, result.workOrder);
      else if ('url' in result) {
        queryClient.setQueryData<WorkOrder>(key, (old) =>
          old && !old.photos.some((p) => p.id === result.id) ? { ...old, photos: [...old.photos, result] } : old,
        );
      }
    });
    return () => setAppliedHandler(null);
  }, [queryClient]);
  return useActionQueue(technicianQueue, user?.userName, {
    onSent: (actions) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.myJobs.all });
      for (const id of new Set(actions.map((a) => a.workOrderId))) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.detail(id) });
      }
    },
    onRejected: (action, error) => {
      message.error(t('tech.rejected', { action: t(`tech.actions.${action.kind}`), error }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.workOrders.detail(action.workOrderId) });
    },
  });
}
