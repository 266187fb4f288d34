/** Team rulesets: policy, fetch, signatures, the last-good state machine, status words and layers. Pure. */
export * from './policy';
export * from './fetch';
export * from './signature';
export * from './state';
export * from './status';
export * from './layers';
export * from './protocol-types';
export * from './workbench';
