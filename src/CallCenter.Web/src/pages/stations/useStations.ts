import { useQuery } from '@tanstack/react-query';
import { stationApi } from '../../api/stations';
import { Permissions } from '../../api/permissions';
import { useAuth } from '../../auth/AuthContext';
import { queryKeys } from '../../api/queryKeys';

/** The station list for pickers and filters; empty for users who may not read stations. */
export function useStations() {
  const { hasPermission } = useAuth();
  return useQuery({
    queryKey: queryKeys.stations.all,
    queryFn: stationApi.list,
    enabled: hasPermission(Permissions.Stations.Default),
    staleTime: 60_000,
  });
}
