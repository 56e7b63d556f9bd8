import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

export const settingsKeys = { all: ['settings'] as const };

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.all, queryFn: () => api.settings.get() });
}

/** Saves changed settings; the core's answer (what it kept) becomes the cached settings. */
export function useSaveSettings(onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Parameters<typeof api.settings.update>[0]) =>
      api.settings.update(changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.all, saved);
      onSaved();
    },
  });
}
