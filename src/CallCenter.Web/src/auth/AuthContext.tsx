import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, setUnauthorizedHandler } from '../api/client';
import { accountApi } from '../api/account';
import type { CurrentUser } from '../api/types';
import { queryKeys } from '../api/queryKeys';

interface AuthState {
  user: CurrentUser | null;
  loading: boolean;
  hasPermission: (permission: string) => boolean;
  signIn: (userName: string, password: string) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);
export const meQueryKey = queryKeys.account.me;

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      try {
        return await accountApi.me();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

  useEffect(() => {
    // A 401 anywhere means the cookie is gone: forget the user, the router sends them to sign-in.
    setUnauthorizedHandler(() => {
      queryClient.setQueryData(meQueryKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  const user = me.data ?? null;
  const permissions = useMemo(() => new Set(user?.permissions ?? []), [user]);
  const hasPermission = useCallback((p: string) => permissions.has(p), [permissions]);

  const signIn = useCallback(
    async (userName: string, password: string) => {
      const signedIn = await accountApi.login(userName, password);
      // Drop the previous user's data but keep the `me` query itself: its observer must see the new value.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, signedIn);
      return signedIn;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await accountApi.logout();
    } finally {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    }
  }, [queryClient]);

  const value = useMemo<AuthState>(
    () => ({ user, loading: me.isPending, hasPermission, signIn, signOut }),
    [user, me.isPending, hasPermission, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
