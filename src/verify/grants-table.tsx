import type { Permission } from '../catalog/types';
import { compareGrants, type GrantRow, type GrantedSummary } from './grants';

const STATUS = {
  granted: { label: 'Granted', className: 'text-green-800 dark:text-green-300' },
  missing: { label: 'Missing', className: 'text-red-800 dark:text-red-300' },
  unchecked: { label: 'Not in this token', className: 'text-muted' },
};

function statusOf(row: GrantRow): keyof typeof STATUS {
  if (!row.checked) return 'unchecked';
  return row.granted ? 'granted' : 'missing';
}

/** What the sign-in proved: who, which tenant and app, and each required permission granted or missing. */
export function GrantsTable({
  summary,
  required,
  tokenApi,
  fixLink,
}: {
  summary: GrantedSummary;
  required: Permission[];
  /** The API the access token is for; other APIs' permissions are shown as not checked. */
  tokenApi?: Permission['api'];
  fixLink?: { href: string; label: string };
}) {
  const rows = compareGrants(required, summary.grantedScopes, summary.roles, tokenApi);
  const missing = rows.filter((row) => row.checked && !row.granted);
  const unchecked = rows.filter((row) => !row.checked);
  return (
    <div className="grid gap-3">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Tenant ID</dt>
        <dd className="font-mono break-all">{summary.tenantId || '(not in the token)'}</dd>
        <dt className="font-medium">Signed in as</dt>
        <dd className="font-mono break-all">{summary.user || '(not in the token)'}</dd>
        <dt className="font-medium">Application ID</dt>
        <dd className="font-mono break-all">{summary.applicationId || '(not in the token)'}</dd>
        <dt className="font-medium">Granted scopes</dt>
        <dd className="font-mono break-all">{summary.grantedScopes.join(' ') || '(none)'}</dd>
        {summary.roles.length > 0 && (
          <>
            <dt className="font-medium">App roles</dt>
            <dd className="font-mono break-all">{summary.roles.join(' ')}</dd>
          </>
        )}
      </dl>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Granted vs. required</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-1 pr-2">
              API
            </th>
            <th scope="col" className="py-1 pr-2">
              Permission
            </th>
            <th scope="col" className="py-1 pr-2">
              Type
            </th>
            <th scope="col" className="py-1">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={4} className="py-1">
                The catalog lists no permissions for this flow.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={`${row.permission.api}/${row.permission.name}`} className="border-b border-line">
              <td className="py-1 pr-2">{row.permission.api}</td>
              <td className="py-1 pr-2 font-mono">{row.permission.name}</td>
              <td className="py-1 pr-2">{row.permission.type}</td>
              <td className={`py-1 font-semibold ${STATUS[statusOf(row)].className}`}>{STATUS[statusOf(row)].label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unchecked.length > 0 && (
        <p className="text-sm">
          This token is for {tokenApi}: a sign-in cannot show permissions of another API. Check them on the app’s API permissions page.
        </p>
      )}
      {missing.length > 0 && fixLink && (
        <p className="text-sm">
          {missing.length} required permission{missing.length > 1 ? 's are' : ' is'} missing: add {missing.length > 1 ? 'them' : 'it'} on
          the app and grant consent.{' '}
          <a href={fixLink.href} target="_blank" rel="noreferrer noopener" className="underline">
            {fixLink.label}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
    </div>
  );
}
