import type { ProductMessage } from './types';

export const SECURITY_IDENTITY_MESSAGES: ProductMessage[] = [];
