import * as migration_20261205_062251_initial from './20261205_062251_initial';

export const migrations = [
  {
    up: migration_20261205_062251_initial.up,
    down: migration_20261205_062251_initial.down,
    name: '20261205_062251_initial'
  },
];
