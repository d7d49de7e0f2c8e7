/**
 * `npm run test:mongo`: the integration suite on MongoDB, the production engine, through a throw-away
 * mongodb-memory-server replica set (transactions need one). It downloads a MongoDB server the first time,
 * so it runs only on machines with that network access.
 */
import { spawn } from 'node:child_process'
import { MongoMemoryReplSet } from 'mongodb-memory-server-core'

async function main() {
  let replSet: MongoMemoryReplSet
  try {
    replSet = await MongoMemoryReplSet.create({ replSet: { count: 1 } })
  } catch (error) {
    console.error(`test:mongo: could not start a MongoDB server (${(error as Error).message})`)
    process.exit(1)
  }
  const uri = new URL(replSet.getUri())
  const code = await new Promise<number>((resolve) => {
    const jest = spawn('npx', ['jest', '--selectProjects', 'integration'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URI: `mongodb://${uri.host}/factcheck${uri.search}`,
        NODE_OPTIONS: '--experimental-vm-modules --no-deprecation',
      },
    })
    jest.on('close', (status) => resolve(status ?? 1))
  })
  await replSet.stop()
  process.exit(code)
}

void main()
