import type { Config, Payload } from 'payload'

type ShouldAutoRun = NonNullable<Config['jobs']>['shouldAutoRun']

/**
 * The host's `jobs.shouldAutoRun`, run only once the database adapter is connected. Under `next dev` a
 * config change makes Payload reload: the SQL adapters drop their tables and their client (`destroy`), then
 * rebuild them (`init`) and reconnect (`connect`). Requests wait for the reload, but the autoRun cron does
 * not: a tick in that window failed in Payload's updateJobs ("Cannot read properties of undefined (reading
 * 'id')", or "(reading 'query')") wherever updateJobs runs without a transaction, as on SQLite here.
 * The SQL adapters expose the reconnection as `initializing`, renewed by `destroy` and settled by `connect`
 * (their beginTransaction awaits it too, which is why PostgreSQL was spared); other adapters have none.
 * A run already under way when the reload begins is not held back.
 */
export function afterDatabaseReady(host: ShouldAutoRun): NonNullable<ShouldAutoRun> {
  return async (payload: Payload) => {
    await (payload.db as { initializing?: Promise<void> }).initializing
    return host ? host(payload) : true
  }
}
