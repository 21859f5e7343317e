import { findIntegration } from '../../catalog/integrations';
import type { Integration } from '../../catalog/types';
import { Notice } from '../../components/ui/notice';

/** The vendor's deprecation of an integration, with a link to the one that replaces it. */
export function DeprecationNotice({ integration, hrefFor }: { integration: Integration; hrefFor: (id: string) => string }) {
  if (!integration.deprecated) return null;
  const replacement = integration.deprecated.replacedBy ? findIntegration(integration.deprecated.replacedBy) : undefined;
  return (
    <Notice tone="info" title="The vendor has deprecated this integration" live={false}>
      <p>{integration.deprecated.note}</p>
      {replacement && (
        <p>
          It still works as set up here, but new instances should use{' '}
          <a className="underline" href={hrefFor(replacement.id)}>
            {replacement.productName}
          </a>
          .
        </p>
      )}
    </Notice>
  );
}
