export { OutboxIndicator } from './outbox-indicator';
export { addToOutbox, type OutboxSnapshot, startOutboxSender } from './outbox-live';
export { OutboxPage } from './outbox-page';
export type {
  AbortBody,
  AbortKind,
  NewOutboxEntry,
  OutboxEntry,
  RegistrationBody,
  RegistrationKind,
} from './outbox-types';
export { registrationKinds } from './outbox-types';
export { useOutbox } from './use-outbox';
