/**
 * One customer as the dashboard lists it, and an account with its customer count: the
 * `customers.list` reply's shapes, defined with the protocol.
 */
export type { AccountRef, CustomerRow } from '../../lib/messages/protocol';
