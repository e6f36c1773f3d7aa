/** A category rule's reason: what fired, the value, the threshold and one sentence. */
import { reasonFor } from './reason';

export const reason = reasonFor('category');
