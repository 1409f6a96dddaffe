export * from './announcements.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './klic.ts';
export * from './mail.ts';
export * from './organisations.ts';
export * from './profiles.ts';
export * from './settings.ts';
