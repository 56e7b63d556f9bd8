import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

/** Upcoming items are derived from cases: every case change invalidates `upcomingKeys.all`. */
export const upcomingKeys = {
  all: ['upcoming'] as const,
  range: (now: string, days: number) => ['upcoming', now, days] as const,
};

export function useUpcoming(now: string, days: number) {
  return useQuery({
    queryKey: upcomingKeys.range(now, days),
    queryFn: () => api.hearings.upcoming({ now, days }),
  });
}
