import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewUser, UserData } from '../api/types';
import {
  createUser,
  regionsKey,
  removeUser,
  resendInvitation,
  restoreUser,
  setUserPassword,
  updateUser,
  usersKey,
} from '../api/users-api';

/** After any change the lists (and the regions' user counts) are loaded again. */
function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: usersKey }),
      queryClient.invalidateQueries({ queryKey: regionsKey }),
      queryClient.invalidateQueries({ queryKey: ['logbook'] }),
    ]);
}

export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (body: NewUser) => createUser(body), onSuccess: refresh });
}

export function useUpdateUser(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (changes: Partial<UserData>) => updateUser(id, changes),
    onSuccess: refresh,
  });
}

export function useSetUserPassword(id: string) {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (body: { password: string; mustChangePassword: boolean }) => setUserPassword(id, body),
    onSuccess: refresh,
  });
}

export function useResendInvitation() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (id: string) => resendInvitation(id), onSuccess: refresh });
}

export function useRemoveUser() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (id: string) => removeUser(id), onSuccess: refresh });
}

export function useRestoreUser() {
  const refresh = useRefreshUsers();
  return useMutation({ mutationFn: (id: string) => restoreUser(id), onSuccess: refresh });
}
