/**
 * Fixed-window request counter per key (user), kept in this process's memory: each app instance
 * limits on its own. Returns the seconds to wait when the key is over its limit.
 */
export function createRateLimiter({ max, windowMs }: { max: number; windowMs: number }) {
  const windows = new Map<string, { count: number; start: number }>()
  return function retryAfterSeconds(key: string, now = Date.now()): number | null {
    let window = windows.get(key)
    if (!window || now - window.start >= windowMs) {
      if (windows.size > 10_000) windows.clear()
      window = { count: 0, start: now }
      windows.set(key, window)
    }
    window.count++
    return window.count > max ? Math.ceil((window.start + windowMs - now) / 1000) : null
  }
}
