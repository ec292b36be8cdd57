import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { useActionQueue } from '../../offline/useActionQueue';
import { technicianQueue } from './technicianQueue';

/** The queue as the technician's pages use it: refetch what changed, say what the server refused. */
export function useTechnicianQueue() {
  const { user } = useAuth();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useActionQueue(technicianQueue, user?.userName, {
    onSent: (actions) => {
      void queryClient.invalidateQueries({ queryKey: ['my-jobs'] });
      for (const id of new Set(actions.map((a) => a.workOrderId))) {
        void queryClient.invalidateQueries({ queryKey: ['work-order', id] });
      }
    },
    onRejected: (action, error) => {
      message.error(t('tech.rejected', { action: t(`tech.actions.${action.kind}`), error }));
      void queryClient.invalidateQueries({ queryKey: ['work-order', action.workOrderId] });
    },
  });
}
