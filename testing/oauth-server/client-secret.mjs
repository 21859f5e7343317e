// Entra's check of a client secret (client_secret_post) for the apps of the Graph stand-in's directory: any of the
// app's current secrets signs it in (an app may hold several: the old and the new overlap while one is rotated), a
// wrong or removed one is refused with AADSTS7000215 and an ended one with AADSTS7000222, in the words of Microsoft's
// error reference. oidc-provider holds one secret per client (the app's newest, graph-server clientOf): a valid older
// one is checked here and handed on as that one.
import { refuse } from './client-assertion.mjs';
import { secretStatusOf } from './directory.mjs';

/** Returns false when it has answered the token request itself. */
export async function checkClientSecret(ctx, provider, form) {
  const secret = form.get('client_secret');
  const clientId = form.get('client_id');
  if (!secret || !clientId) return true;
  const status = await secretStatusOf(clientId, secret);
  // Not an app of the directory: oidc-provider checks its own clients.
  if (!status) return true;
  if (status === 'wrong') {
    refuse(
      ctx,
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    );
    return false;
  }
  if (status === 'expired') {
    refuse(
      ctx,
      7000222,
      `The provided client secret keys for app '${clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
    );
    return false;
  }
  const held = (await provider.Client.find(clientId))?.clientSecret;
  if (held && held !== secret) ctx.request.body = { ...ctx.request.body, client_secret: held };
  return true;
}
