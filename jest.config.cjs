// Jest: TypeScript tests under test/, compiled by ts-jest with the root tsconfig (Node-side code).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
};
