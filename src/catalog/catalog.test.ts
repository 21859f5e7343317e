import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLOUDS } from './clouds';
import { compareVersions } from './drift';
import { everyVersion, findIntegration, INTEGRATIONS } from './integrations';
import { FLOWS } from './flows';
import { API_NAMES, AREAS, CLOUD_HOSTS, CLOUD_IDS, ENDPOINT_ROUTES, FLOW_IDS, PARAMETER_TYPES, type Integration } from './types';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const host = z.enum(CLOUD_HOSTS);
const cloudId = z.enum(CLOUD_IDS);
const flowId = z.enum(FLOW_IDS);

const source = z.discriminatedUnion('from', [
  z.object({
    from: z.enum([
      'client-id',
      'tenant-id',
      'client-secret',
      'certificate-thumbprint',
      'private-key',
      'redirect-uri',
      'auth-code',
      'self-deployed',
      'cloud-label',
    ]),
  }),
  z.object({ from: z.literal('cloud-host'), host, picksCloud: z.literal(true).optional() }),
  z.object({ from: z.literal('flow-choice'), values: z.partialRecord(flowId, z.string().min(1)) }),
  z.object({ from: z.literal('cloud-option'), values: z.partialRecord(cloudId, z.string().min(1)) }),
  z.object({ from: z.literal('constant'), value: z.string() }),
  z.object({ from: z.literal('admin'), placeholder: z.string().min(1), format: z.literal('guid').optional() }),
]);

const flowsSchema = z
  .array(
    z.strictObject({
      id: flowId,
      recommended: z.boolean().optional(),
      signIn: z
        .union([
          z.strictObject({ endpoint: z.literal('v1'), resource: host }),
          // A scope names a cloud host only through a known placeholder, e.g. "{graph}/.default", or an API by
          // its application ID, the same in every tenant.
          z.strictObject({
            endpoint: z.literal('v2'),
            scopes: z
              .array(
                z
                  .string()
                  .regex(
                    new RegExp(
                      `^(\\{(${CLOUD_HOSTS.join('|')}|value:[a-z_]+)\\}/|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)?[A-Za-z0-9._-]+$`,
                    ),
                  ),
              )
              .min(1),
            api: z.enum(API_NAMES).optional(),
          }),
        ])
        .optional(),
      permissions: z.array(
        z.strictObject({
          api: z.enum(API_NAMES),
          name: z.string().min(1),
          type: z.enum(['Delegated', 'Application']),
        }),
      ),
      consentResource: host.optional(),
      hostedAppUrl: z.url().optional(),
      defaultAppId: guid.optional(),
      nextCommands: z.array(z.string().min(3)).min(1),
      loginUrlCommand: z
        .string()
        .regex(/^![a-z0-9-]+-generate-login-url$/)
        .optional(),
      authorizeTenant: z.enum(['common', 'organizations']).optional(),
      multiTenantApp: z.literal(true).optional(),
    }),
  )
  .min(1);

const parametersSchema = z
  .array(
    z.strictObject({
      name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
      label: z.string().min(1),
      secret: z.boolean(),
      type: z.union(PARAMETER_TYPES.map((type) => z.literal(type))),
      part: z.enum(['identifier', 'password']).optional(),
      options: z.array(z.string().min(1)).min(1).optional(),
      required: z.boolean().optional(),
      source,
      flows: z.array(flowId).min(1).optional(),
      note: z.string().optional(),
    }),
  )
  .min(1);

const olderVersionSchema = z.strictObject({
  id: z.string().regex(/^[0-9]+(\.[0-9]+)*$/),
  label: z.string().regex(/^Versions up to [0-9]+\.[0-9]+\.[0-9]+/),
  upTo: z.string().regex(/^[0-9]+\.[0-9]+\.[0-9]+$/),
  productName: z.string().min(1).optional(),
  clouds: z.array(cloudId).min(1).optional(),
  flows: flowsSchema,
  parameters: parametersSchema,
  sources: z.array(z.string().min(10)).min(1),
  resetCommand: z
    .string()
    .regex(/^![a-z0-9-]+$/)
    .optional(),
});

const integrationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  area: z.enum(AREAS),
  keywords: z.array(z.string().regex(/^[a-z0-9 .-]+$/)).min(1),
  clouds: z.array(cloudId).min(1).optional(),
  sources: z.array(z.string().min(10)).min(1),
  productName: z.string().min(1),
  summary: z.string().min(10),
  docsUrl: z.url(),
  setup: z.array(z.string().min(10)).min(1).optional(),
  tenantFromProduct: z.literal(true).optional(),
  bot: z
    .strictObject({
      channel: z.literal('MsTeamsChannel'),
      portParameter: z.string().min(1),
      endpointCommand: z.string().regex(/^![a-z0-9-]+$/),
      endpoints: z.record(z.enum(ENDPOINT_ROUTES), z.string().regex(/^(https:\/\/|\{server\})/)),
      rewrites: z
        .partialRecord(z.enum(ENDPOINT_ROUTES), z.strictObject({ replace: z.string().min(1), with: z.string().min(1) }))
        .optional(),
      tokenTenant: z.enum(['botframework.com', 'own']),
      sources: z
        .array(
          z.union([
            z.strictObject({ repo: z.string(), commit: z.string().regex(/^[0-9a-f]{40}$/), path: z.string() }),
            z.strictObject({ url: z.url() }),
          ]),
        )
        .min(1),
    })
    .optional(),
  rightsFromRoles: z.literal(true).optional(),
  role: z.string().min(8).optional(),
  roleName: z.string().min(4).optional(),
  roleAssignedIn: z.string().min(8).optional(),
  permissionsByUse: z.object({ api: z.enum(API_NAMES), what: z.string().min(10) }).optional(),
  resetCommand: z
    .string()
    .regex(/^![a-z0-9-]+-auth-reset$/)
    .optional(),
  deprecated: z.strictObject({ note: z.string().min(10), replacedBy: z.string().optional() }).optional(),
  currentSince: z
    .string()
    .regex(/^[0-9]+\.[0-9]+\.[0-9]+$/)
    .optional(),
  olderVersions: z.array(olderVersionSchema).min(1).optional(),
  version: olderVersionSchema.optional(),
  leftOut: z
    .array(
      z.strictObject({
        parameters: z.array(z.string().min(1)).min(1).optional(),
        flows: z.array(flowId).min(1).optional(),
        why: z.string().min(20),
      }),
    )
    .min(1)
    .optional(),
  flows: flowsSchema,
  parameters: parametersSchema,
});

/** Every entry as each of its versions signs in, named with the version where it is an older one. */
const VARIANTS = everyVersion().map(
  (integration) => [`${integration.id}${integration.version ? `@${integration.version.id}` : ''}`, integration] as const,
);

describe('catalog', () => {
  it('the schema and the Integration type describe the same shape (the type-check fails where they part)', () => {
    type Parsed = z.infer<typeof integrationSchema>;
    const parsedIsAnIntegration = (value: Parsed): Integration => value;
    const integrationParses = (value: Integration): Parsed => value;
    const sentinel = findIntegration('azure-sentinel')!;
    expect(parsedIsAnIntegration(integrationSchema.parse(sentinel))).toEqual(integrationParses(sentinel));
  });

  it.each(INTEGRATIONS.map((integration) => [integration.id, integration] as const))('%s matches the schema', (_, integration) => {
    expect(() => integrationSchema.parse(integration)).not.toThrow();
  });

  it('an older version is told apart by its id, and names a pack version before the current one', () => {
    for (const integration of INTEGRATIONS)
      for (const older of integration.olderVersions ?? []) {
        expect(integration.currentSince, integration.id).toBeDefined();
        expect(findIntegration(integration.id, older.id)?.version, integration.id).toBe(older);
        expect(compareVersions(older.upTo, integration.currentSince!), integration.id).toBeLessThan(0);
      }
    expect(findIntegration('azure-sentinel', 'no-such-version')?.version).toBeUndefined();
  });

  it('a deprecated integration names a replacement that is in the catalog', () => {
    for (const integration of INTEGRATIONS)
      if (integration.deprecated?.replacedBy) expect(findIntegration(integration.deprecated.replacedBy), integration.id).toBeDefined();
  });

  it('has the integrations of the reference docs, each id once', () => {
    const ids = INTEGRATIONS.map((integration) => integration.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'azure-sentinel',
        'microsoft-graph-user',
        'azure-storage',
        'azure-ad-identity-protection',
        'microsoft-graph-mail',
      ]),
    );
  });

  it.each(VARIANTS)('%s: flows are unique, parameters are unique per flow and only name flows it supports', (_, integration) => {
    const flows = integration.flows.map((flow) => flow.id);
    expect(new Set(flows).size).toBe(flows.length);
    for (const flow of flows) {
      const names = integration.parameters
        .filter((parameter) => !parameter.flows || parameter.flows.includes(flow))
        .map((parameter) => `${parameter.name}${parameter.part === 'identifier' ? '.identifier' : ''}`);
      expect(new Set(names).size, `${flow}: ${names.join(',')}`).toBe(names.length);
    }
    for (const parameter of integration.parameters) for (const flow of parameter.flows ?? []) expect(flows).toContain(flow);
  });

  it.each(VARIANTS)('%s: every flow that captures a code has a sign-in request and a parameter for the code', (_, integration) => {
    for (const flow of integration.flows.filter((candidate) => candidate.id === 'auth-code')) {
      expect(flow.signIn).toBeDefined();
      expect(
        integration.parameters.some(
          (parameter) => parameter.source.from === 'auth-code' && (!parameter.flows || parameter.flows.includes('auth-code')),
        ),
      ).toBe(true);
    }
  });

  it.each(VARIANTS)('%s: every flow has the parameters it needs', (_, integration) => {
    for (const flow of integration.flows) {
      const used = integration.parameters.filter((parameter) => !parameter.flows || parameter.flows.includes(flow.id));
      const fills = (from: string) => used.some((parameter) => parameter.source.from === from);
      const asks = FLOWS[flow.id].asks;
      if (asks.client) expect(fills('client-id'), `${flow.id}: client ID`).toBe(true);
      if (asks.tenant && flow.id !== 'device-code' && !integration.tenantFromProduct)
        expect(fills('tenant-id'), `${flow.id}: tenant ID`).toBe(true);
      if (asks.secret) expect(fills('client-secret'), `${flow.id}: secret`).toBe(true);
      if (flow.id === 'auth-code') expect(fills('auth-code') && fills('redirect-uri'), `${flow.id}: code and redirect URI`).toBe(true);
      if (flow.id === 'managed-identity') {
        const selectsIt = used.some((parameter) => parameter.source.from === 'flow-choice' && parameter.source.values['managed-identity']);
        expect(selectsIt, 'managed identity is switched on by a parameter').toBe(true);
      }
      for (const parameter of used) {
        if (parameter.source.from === 'flow-choice')
          expect(
            parameter.source.values[flow.id] ?? (parameter.type === 8 ? 'n/a' : undefined),
            `${parameter.name} for ${flow.id}`,
          ).toBeDefined();
        if (parameter.options && parameter.source.from === 'flow-choice')
          expect(parameter.options).toContain(parameter.source.values[flow.id]);
      }
    }
  });

  it.each(VARIANTS)(
    '%s: a row fills a half exactly when its parameter is a credentials field (type 9), and options only for selects',
    (_, integration) => {
      for (const parameter of integration.parameters) {
        expect(parameter.part !== undefined, `${parameter.name}: type ${parameter.type}, part ${parameter.part}`).toBe(
          parameter.type === 9,
        );
        if (parameter.options) expect([15, 16], parameter.name).toContain(parameter.type);
        const rows = integration.parameters.filter((candidate) => candidate.name === parameter.name);
        expect(new Set(rows.map((row) => row.type)).size, `${parameter.name}: one type`).toBe(1);
      }
    },
  );

  it('knows the default application IDs of the vendor docs', () => {
    const defaultApp = (id: string) =>
      INTEGRATIONS.find((integration) => integration.id === id)?.flows.find((flow) => flow.defaultAppId)?.defaultAppId;
    expect(defaultApp('azure-ad-identity-protection')).toBe('4ffef4a4-601f-4393-a789-432f3f3b8470');
    expect(defaultApp('azure-storage')).toBe('55f9764e-300a-474a-a2bb-549cece85439');
  });

  it('defines every national cloud with https hosts and no trailing slash', () => {
    expect(Object.keys(CLOUDS).sort()).toEqual(CLOUD_IDS.filter((id) => id !== 'custom').sort());
    for (const cloud of Object.values(CLOUDS)) {
      for (const value of [cloud.login, cloud.graph, cloud.resourceManager, cloud.managementV1Resource, cloud.portal]) {
        expect(value).toMatch(/^https:\/\/[^/]+$/);
      }
    }
    expect(CLOUDS['gcc-high'].login).toBe('https://login.microsoftonline.us');
    expect(CLOUDS.gcc.login).toBe('https://login.microsoftonline.com');
    expect(CLOUDS.china.login).toBe('https://login.chinacloudapi.cn');
  });
});
