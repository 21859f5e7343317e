import type { ProductMessage } from './types';

export const COLLABORATION_AZURE_MESSAGES: ProductMessage[] = [];
