export declare const TEST_CLIENT: { client_id: string; client_secret: string };
export declare const SPA_CLIENT_ID: string;
export declare const LIMITED_SPA_CLIENT_ID: string;
export declare const DEVICE_CLIENT_ID: string;
export declare const EXPIRING_DEVICE_CLIENT_ID: string;
export declare const IMPATIENT_DEVICE_CLIENT_ID: string;
export declare function startOAuthServer(options: {
  port: number;
  redirectUris: string[];
  corsOrigins: string[];
}): Promise<{ issuer: string; close: () => Promise<void> }>;
