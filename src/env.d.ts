interface ImportMetaEnv {
  /** The host's multi-tenant SPA app that registers apps from the browser; empty when the build has none. */
  readonly WIZARD_CLIENT_ID: string;
}
