import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { choicesFromQuery, choicesToQuery, type Choices } from './choices';
import type { RoutePath } from './paths';

/** The wizard's choices, read from and written to the current step's query. */
export function useChoices() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const choices = useMemo(() => choicesFromQuery(params), [params]);
  return {
    choices,
    /**
     * Changes choices in place (replacing the history entry, so typing does not flood back/forward), rendered at once:
     * in a transition, a radio or select bound to the URL would spring back until the transition commits.
     */
    update(change: Partial<Choices>) {
      setParams(choicesToQuery({ ...choices, ...change }), { replace: true, flushSync: true });
    },
    goTo(step: RoutePath, change: Partial<Choices> = {}) {
      navigate(`${step}?${choicesToQuery({ ...choices, ...change })}`);
    },
    linkTo(step: RoutePath): string {
      return `${step}?${choicesToQuery(choices)}`;
    },
  };
}
