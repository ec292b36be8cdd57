import { useQuery } from '@tanstack/react-query';
import { roleApi } from '../../api/identity';
import { queryKeys } from '../../api/queryKeys';

export function useRoles(enabled = true) {
  return useQuery({ queryKey: queryKeys.roles.all, queryFn: roleApi.list, enabled, staleTime: 60_000 });
}
