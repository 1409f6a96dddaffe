export {
  type Ability,
  type Region,
  type Right,
  type Session,
  SessionContext,
  useAbility,
  useSession,
} from './session';
