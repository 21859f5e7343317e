import { Link } from 'react-router';
import { Notice } from './ui/notice';
import type { RoutePath } from '../state/paths';

/** Shown when a step is opened before an earlier step's choice was made. */
export function MissingChoice({ what, step, linkTo }: { what: string; step: RoutePath; linkTo: (step: RoutePath) => string }) {
  return (
    <Notice tone="info" title={`Choose ${what} first`}>
      <p>
        <Link to={linkTo(step)} className="underline">
          Go to the step that sets it
        </Link>
        .
      </p>
    </Notice>
  );
}
