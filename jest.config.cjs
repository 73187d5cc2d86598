// Jest: TypeScript tests under test/, transpiled by ts-jest (types are checked by `npm run typecheck`).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/support/global-setup.cjs',
  testTimeout: 60_000,
};
