/** Team rulesets: policy, fetch, signatures, the last-good state machine and layers. Pure (the status in words: components/team/status.ts). */
export * from './policy';
export * from './fetch';
export * from './signature';
export * from './state';
export * from './layers';
export * from './protocol-types';
export * from './workbench';
