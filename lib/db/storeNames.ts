// The stores, by name, without their schemas: what lists, change notices and backups iterate over
// on every page, while zod (schemas.ts) loads only with the first write. schemas.ts checks at
// compile time that it defines a schema for exactly these names.
export const STORE_NAMES = [
  'clients',
  'projects',
  'requests',
  'feedback',
  'changeOrders',
  'upsells',
  'waits',
  'briefs',
] as const;

export type StoreName = (typeof STORE_NAMES)[number];
