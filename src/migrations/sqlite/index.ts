import * as migration_20261121_165912_initial from './20261121_165912_initial';

export const migrations = [
  {
    up: migration_20261121_165912_initial.up,
    down: migration_20261121_165912_initial.down,
    name: '20261121_165912_initial'
  },
];
