import { Component, type ReactNode } from 'react';
import { Button } from './button';

interface State {
  failed: boolean;
}

/**
 * Around a lazily loaded part: if its code cannot be fetched (offline, a new deployment replaced the chunk),
 * say so and offer to try again, instead of failing the whole step.
 */
export class LoadBoundary extends Component<{ what: string; children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        role="alert"
        className="grid gap-2 rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
      >
        <p>The {this.props.what} could not be loaded. Check the network connection, then try again (or reload the page).</p>
        <div>
          <Button variant="secondary" onClick={() => window.location.reload()}>
            Reload the page
          </Button>
        </div>
      </div>
    );
  }
}
