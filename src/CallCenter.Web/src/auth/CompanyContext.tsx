import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { settingsApi } from '../api/account';
import type { CompanySettings } from '../api/types';
import { setCompanyTimeZone } from '../utils/time';
import { queryKeys } from '../api/queryKeys';

const CompanyContext = createContext<CompanySettings | null>(null);

/** Loads the company settings once signed in; dates wait for the time zone so none shows in the browser's. */
export function CompanyProvider({ children }: { children: ReactNode }) {
  const company = useQuery({
    queryKey: queryKeys.settings.company,
    queryFn: async () => {
      const settings = await settingsApi.company();
      setCompanyTimeZone(settings.timeZone);
      return settings;
    },
    staleTime: Infinity,
  });
  return <CompanyContext.Provider value={company.data ?? null}>{children}</CompanyContext.Provider>;
}

export function useCompany(): CompanySettings | null {
  return useContext(CompanyContext);
}
