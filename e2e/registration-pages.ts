// What the registration specs do with the wizard and the Graph stand-in.
import type { Page } from '@playwright/test';
import { LOCAL_GRAPH } from '../testing/local-apis.mjs';
import { deepLink, expect, signInAtLocalServer } from './fixtures';

/** The stand-in's changes made by one admin (each spec signs in as its own, so files running side by side stay apart). */
export async function standInChanges(page: Page, admin: string): Promise<string[]> {
  const response = await page.request.get(`${LOCAL_GRAPH}/_stand-in/changes?user=${admin}`, { ignoreHTTPSErrors: true });
  return ((await response.json()) as { changes: string[] }).changes;
}

/** App details of an integration and flow in the worldwide cloud, whose hosts the test browser resolves to the stand-ins. */
export async function openAppDetails(page: Page, integration: string, flow: string, extra: Record<string, string> = {}) {
  await page.goto(deepLink({ integration, flow, cloud: 'global', ...extra }));
}

/** The registration page, reached as an admin does: from App details. */
export async function openRegistration(page: Page, integration: string, flow: string, extra: Record<string, string> = {}) {
  await openAppDetails(page, integration, flow, extra);
  const managed = flow === 'managed-identity';
  await page.getByRole('link', { name: managed ? 'Assign the rights' : 'Register the app' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(managed ? 'Give the managed identity its rights' : 'Register the app');
}

/**
 * Presses a button that signs in with the registrar app (Register the app for me, Preview, a rotation's buttons), signs
 * in as `user` at the local identity provider in the popup, and waits for the popup to close; the run goes on in the page.
 */
export async function signInThrough(page: Page, button: string | RegExp, user: string) {
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: button }).click();
  const signIn = await popup;
  await signInAtLocalServer(signIn, user);
  await signIn.waitForEvent('close');
}

/** The registration's run button, first run or again. */
export const RUN_BUTTON = /Register the app for me|Run it again/;

/** On App details: Certificate › Generate certificate, waiting until it is made (the RSA key takes a moment). */
export async function generateCertificate(page: Page) {
  await page.getByRole('radio', { name: /^Certificate/ }).check();
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  await expect(page.getByRole('button', { name: 'Download certificate (.crt)' })).toBeVisible({ timeout: 15_000 });
}
