import { MODULE_MESSAGES } from './module';
import type { ProductMessage } from './types';

export type { ProductMessage } from './types';

/** Every product message the troubleshooter knows, the shared module's first. */
export const PRODUCT_MESSAGES: ProductMessage[] = [...MODULE_MESSAGES];
