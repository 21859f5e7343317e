import { Link } from 'react-router';
import { Notice } from '../components/ui/notice';

export function RouteError() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Notice tone="error" title="This page of the wizard does not exist, or something went wrong">
        <p>
          Nothing was sent anywhere.{' '}
          <Link to="/" className="underline">
            Start again from the integration list
          </Link>
          .
        </p>
      </Notice>
    </div>
  );
}
