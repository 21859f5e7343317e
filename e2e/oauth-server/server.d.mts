export declare const TEST_CLIENT: { client_id: string; client_secret: string };
export declare function startOAuthServer(options: {
  port: number;
  redirectUris: string[];
}): Promise<{ issuer: string; close: () => Promise<void> }>;
