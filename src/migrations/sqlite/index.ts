import * as migration_20261205_062240_initial from './20261205_062240_initial';

export const migrations = [
  {
    up: migration_20261205_062240_initial.up,
    down: migration_20261205_062240_initial.down,
    name: '20261205_062240_initial'
  },
];
