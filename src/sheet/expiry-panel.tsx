import { useState } from 'react';
import { Link } from 'react-router';
import type { Cloud, Integration } from '../catalog/types';
import { Button } from '../components/ui/button';
import { downloadText } from '../components/ui/download';
import { Notice } from '../components/ui/notice';
import { SelectField } from '../components/ui/select-field';
import { wizardAddress } from '../state/address';
import { PATHS } from '../state/paths';
import { useSession } from '../state/session';
import { useChoices } from '../state/use-choices';
import { credentialEnd } from './expiry';
import { credentialWord, REMINDER_DAYS, reminderFileName, reminderIcs, type ReminderDays } from './reminder';

/** When the credential on the sheet ends, a calendar reminder to rotate it, and where to. */
export function ExpiryPanel({
  integration,
  credential,
  clientId,
  tenantId,
  cloud,
}: {
  integration: Pick<Integration, 'id' | 'name'>;
  credential: 'secret' | 'certificate' | 'none';
  clientId?: string;
  tenantId?: string;
  cloud?: Pick<Cloud, 'portal'>;
}) {
  const { credentialExpiry, certificate } = useSession();
  const { linkTo } = useChoices();
  const [daysBefore, setDaysBefore] = useState<ReminderDays>(14);
  const end = credentialEnd(credential, credentialExpiry, certificate?.certificate);
  if (!end) return null;

  const what = credentialWord(end.kind);
  // Rotation: a new credential beside the old, tested, then the old one removed.
  const rotateLink = linkTo(PATHS.rotate);
  function download() {
    if (!end) return;
    const portal =
      cloud?.portal && clientId
        ? `${cloud.portal}/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${encodeURIComponent(clientId)}`
        : undefined;
    const ics = reminderIcs(
      {
        integration: integration.name,
        appName: end.appName ?? (clientId ? `the app ${clientId}` : `Cortex XSOAR - ${integration.name}`),
        clientId: clientId || undefined,
        tenantId: tenantId || undefined,
        credential: end.kind,
        endDateTime: end.endDateTime,
        daysBefore,
        rotateUrl: `${wizardAddress()}#${rotateLink}`,
        portalUrl: portal,
      },
      new Date(),
    );
    downloadText(reminderFileName(integration.id, end.endDateTime), ics, 'text/calendar');
  }

  return (
    <Notice tone="info" title={`The ${what} ends on ${end.endDateTime.slice(0, 10)}`} live={false}>
      {end.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      <div className="flex flex-wrap items-end gap-3 whitespace-normal">
        <SelectField
          label="Remind me"
          value={String(daysBefore)}
          options={REMINDER_DAYS.map((days) => ({ value: String(days), label: `${days} days before` }))}
          onChange={(value) => setDaysBefore(Number(value) as ReminderDays)}
        />
        <Button variant="secondary" onClick={download}>
          Download reminder (.ics)
        </Button>
      </div>
      <p>
        The reminder names the app and where to rotate, never the {what}. To rotate it:{' '}
        <Link to={rotateLink} className="underline">
          Rotate the credential of {integration.name}
        </Link>
        .
      </p>
    </Notice>
  );
}
