import { useId } from 'react';
import { ENDPOINT_ROUTES, type BotSetup, type EndpointRoute } from '../catalog/types';
import { TextField } from '../components/ui/text-field';
import { endpointProblems, messagingEndpoint, type BotEndpointInput, type EndpointProblem } from './bot-endpoint';
import type { BotInput } from './bot-steps';

/** What the admin types for the bot; the plan gets it as a `BotInput` when the bot is to be created. */
export interface BotForm {
  create: boolean;
  name: string;
  subscription: string;
  resourceGroup: string;
  route: EndpointRoute;
  engine: string;
  port: string;
  server: string;
  instance: string;
}

const ROUTE_LABELS: Record<EndpointRoute, [string, string]> = {
  engine: ['Through an engine', "The engine's address and the instance's listen port (or the server's, when the instance runs there)."],
  'xsoar-6': ['Cortex XSOAR 6 server', 'The server reroutes /instance/execute/<instance name> to the instance.'],
  'xsoar-8': ['Cortex XSOAR 8 server', 'The server reroutes https://ext-<server>/xsoar/instance/execute/<instance name>.'],
  xsiam: ['Cortex XSIAM', 'As Cortex XSOAR 8, with "crtx" in place of "xdr" in the address.'],
};

/** The bot's first values: a handle of its own (unique across Azure), the listen port the sheet may already hold. */
export function initialBotForm(bot: BotSetup, values: Record<string, string>): BotForm {
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(3)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return {
    create: true,
    name: `xsoar-teams-${suffix}`,
    subscription: '',
    resourceGroup: '',
    route: 'engine',
    engine: '',
    port: values[bot.portParameter] ?? '',
    server: '',
    instance: '',
  };
}

export function endpointInputOf(form: BotForm): BotEndpointInput {
  return form.route === 'engine'
    ? { route: 'engine', engine: form.engine, port: form.port }
    : { route: form.route, server: form.server, instance: form.instance };
}

/** The plan's input for the bot, or undefined when the admin leaves the bot to the checklist. */
export function botInputOf(form: BotForm): BotInput | undefined {
  if (!form.create) return undefined;
  return {
    name: form.name.trim(),
    resourceGroup: `/subscriptions/${form.subscription.trim()}/resourceGroups/${form.resourceGroup.trim()}`,
    endpoint: endpointInputOf(form),
  };
}

/** The Azure Bot's name, place and messaging endpoint, on the registration page of an integration that answers as a bot. */
export function BotFields({ bot, form, onChange }: { bot: BotSetup; form: BotForm; onChange: (form: BotForm) => void }) {
  const id = useId();
  const input = endpointInputOf(form);
  const endpoint = messagingEndpoint(bot, input);
  // A field's problem shows once something is typed in it; the list above the plan names the empty ones.
  const problems = endpointProblems(input);
  const errorOf = (field: EndpointProblem['field']) =>
    form[field].trim() ? problems.find((problem) => problem.field === field)?.message : undefined;
  const field = (name: 'name' | 'subscription' | 'resourceGroup' | 'engine' | 'port' | 'server' | 'instance') => ({
    value: form[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...form, [name]: event.target.value }),
    autoComplete: 'off',
    spellCheck: false,
  });
  return (
    <fieldset className="grid gap-4 rounded-md border border-line p-4">
      <legend className="px-1 font-semibold">Azure Bot</legend>
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          checked={form.create}
          onChange={(event) => onChange({ ...form, create: event.target.checked })}
          aria-describedby={`${id}-create-hint`}
          className="mt-1"
        />
        <span>
          Create the Azure Bot for this app
          <span id={`${id}-create-hint`} className="block text-xs text-subtle">
            Single-tenant, in your tenant, with its messaging endpoint and the Microsoft Teams channel. Without it, the checklist says how
            in the portal.
          </span>
        </span>
      </label>
      {form.create && (
        <>
          <TextField
            label="Bot name"
            hint='Its handle: 2 to 64 letters, digits, "_", "." or "-", unique across Azure. A bot this app already has is kept, whatever its name.'
            {...field('name')}
          />
          <TextField
            label="Bot subscription ID"
            hint="The subscription the bot is created in (Azure portal › Subscriptions)."
            {...field('subscription')}
          />
          <TextField label="Bot resource group" hint="An existing resource group of that subscription." {...field('resourceGroup')} />
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">How Teams reaches the instance</legend>
            {ENDPOINT_ROUTES.map((route) => (
              <label key={route} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name={`${id}-route`}
                  value={route}
                  checked={form.route === route}
                  onChange={() => onChange({ ...form, route })}
                  aria-describedby={`${id}-${route}-hint`}
                  className="mt-1"
                />
                <span>
                  {ROUTE_LABELS[route][0]}
                  <span id={`${id}-${route}-hint`} className="block text-xs text-subtle">
                    {ROUTE_LABELS[route][1]}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          {form.route === 'engine' ? (
            <>
              <TextField
                label="Engine address"
                hint="As Teams reaches it from the internet, e.g. https://xsoar-engine.example.com: Teams posts over HTTPS only (a certificate on the instance, or a reverse proxy)."
                inputMode="url"
                error={errorOf('engine')}
                {...field('engine')}
              />
              <TextField
                label="Listen port"
                hint="The instance's Listen port, free on the engine, e.g. 7000. The sheet gets the same."
                inputMode="numeric"
                error={errorOf('port')}
                {...field('port')}
              />
            </>
          ) : (
            <>
              <TextField
                label="Server address"
                hint="e.g. https://xsoar.example.com"
                inputMode="url"
                error={errorOf('server')}
                {...field('server')}
              />
              <TextField
                label="Instance name"
                hint="The name you save the instance under: lowercase, one word, e.g. teams."
                error={errorOf('instance')}
                {...field('instance')}
              />
            </>
          )}
          <p className="text-sm" aria-live="polite">
            Messaging endpoint:{' '}
            {endpoint ? <code className="font-mono break-all">{endpoint}</code> : <span className="text-subtle">not complete yet</span>}
            <span className="block text-xs text-subtle">Once the instance is saved, {bot.endpointCommand} prints the one it expects.</span>
          </p>
        </>
      )}
    </fieldset>
  );
}
