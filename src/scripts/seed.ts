/** `npm run seed`: loads the corpus of seeds/ into the database, idempotently. */
import { seedCorpus } from '../seed/corpus'
import { bootForCli, exitWhenFlushed } from './boot'

const payload = await bootForCli()
const result = await seedCorpus(payload)
console.log(`corpus: ${result.total} sources (${result.created} created, ${result.updated} updated)`)
await exitWhenFlushed(payload)
