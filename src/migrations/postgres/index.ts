import * as migration_20261121_165917_initial from './20261121_165917_initial';

export const migrations = [
  {
    up: migration_20261121_165917_initial.up,
    down: migration_20261121_165917_initial.down,
    name: '20261121_165917_initial'
  },
];
