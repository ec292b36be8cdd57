import { useQuery } from '@tanstack/react-query';
import { roleApi } from '../../api/endpoints';

export function useRoles(enabled = true) {
  return useQuery({ queryKey: ['roles'], queryFn: roleApi.list, enabled, staleTime: 60_000 });
}
