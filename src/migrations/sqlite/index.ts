import * as migration_20261205_062240_initial from './20261205_062240_initial';
import * as migration_20261205_150709_source_index_version from './20261205_150709_source_index_version';

export const migrations = [
  {
    up: migration_20261205_062240_initial.up,
    down: migration_20261205_062240_initial.down,
    name: '20261205_062240_initial',
  },
  {
    up: migration_20261205_150709_source_index_version.up,
    down: migration_20261205_150709_source_index_version.down,
    name: '20261205_150709_source_index_version'
  },
];
