export { OutboxIndicator } from './outbox-indicator';
export { addToOutbox, type OutboxSnapshot, sendOutboxNow, startOutboxSender } from './outbox-live';
export { OutboxPage } from './outbox-page';
export type {
  AbortBody,
  AbortKind,
  NewOutboxEntry,
  OutboxEntry,
  OutboxUser,
  RegistrationBody,
  RegistrationKind,
} from './outbox-types';
export { registrationKinds, savedByOther } from './outbox-types';
export { useOutbox } from './use-outbox';
export { useOutboxUser } from './use-outbox-user';
