import { COLLABORATION_AZURE_MESSAGES } from './collaboration-azure';
import { MODULE_MESSAGES } from './module';
import { SECURITY_IDENTITY_MESSAGES } from './security-identity';
import type { ProductMessage } from './types';

export type { ProductMessage } from './types';

/** Every product message the troubleshooter knows: the shared module's first, then the integrations' own. */
export const PRODUCT_MESSAGES: ProductMessage[] = [...MODULE_MESSAGES, ...SECURITY_IDENTITY_MESSAGES, ...COLLABORATION_AZURE_MESSAGES];
