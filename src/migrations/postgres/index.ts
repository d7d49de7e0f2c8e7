import * as migration_20261205_062251_initial from './20261205_062251_initial';
import * as migration_20261205_150714_source_index_version from './20261205_150714_source_index_version';

export const migrations = [
  {
    up: migration_20261205_062251_initial.up,
    down: migration_20261205_062251_initial.down,
    name: '20261205_062251_initial',
  },
  {
    up: migration_20261205_150714_source_index_version.up,
    down: migration_20261205_150714_source_index_version.down,
    name: '20261205_150714_source_index_version'
  },
];
