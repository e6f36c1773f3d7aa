/**
 * The definition format version, restated here because custom-definition.ts imports zod
 * and the picker's bundle must not: importing the constant would pull the schema in. A unit
 * test (definition.test.ts) fails when the two disagree.
 */
export const CUSTOM_DEFINITION_VERSION_LITERAL = 1 as const;
