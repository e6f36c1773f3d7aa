/**
 * The driver of user-taught CRMs, built from the definitions the user saved (they come
 * from settings at run time, so this is a factory).
 */
import type { CrmDriver } from '../driver';
import type { CustomDefinition } from './definition';
import { createCustomReader } from './reader';
import { customSite } from './site';

export function createCustomDriver(definitions: readonly CustomDefinition[]): CrmDriver {
  return { site: customSite, reader: createCustomReader(definitions) };
}
