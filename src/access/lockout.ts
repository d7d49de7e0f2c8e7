import type { Config } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

/**
 * A locked account answers a login exactly as a wrong password or an unknown account does, over REST and
 * GraphQL alike: "locked" would tell that the account exists. (The lock itself still holds: a correct
 * password is refused until it ends or an admin unlocks the account.)
 */
export const lockedLikeWrongPassword: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if ((original as { name?: string }).name !== 'LockedAuth') return
  const message = req.t('error:emailOrPasswordIncorrect')
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, name: 'AuthenticationError' } },
    }
  }
  return { status: 401, response: { errors: [{ message }] } }
}
