'use client'
import { Button, toast, useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import { useRef, useState } from 'react'

import { usePluginSlugs } from '../usePluginSlugs'
import { interpolate } from '../interpolate'
import { apiUrl } from '../urls'
import { useFactCheckTranslation } from '../useFactCheckTranslation'
import './index.scss'

/** Lines per request: the endpoint takes at most 1,000 and imports each request in one transaction. */
const LINES_PER_REQUEST = 200

interface Summary {
  added: number
  updated: number
  unchanged: number
}

type ManifestEntry = { file: string } & Record<string, unknown>

/**
 * Files → JSON lines for the import endpoint: `.jsonl` lines as they are, every other file as its raw content
 * (the server reads text, Markdown and HTML), with what a selected manifest.json says about it.
 */
async function importLines(files: File[]): Promise<string[]> {
  const manifestFile = files.find((file) => file.name === 'manifest.json')
  const manifest = new Map<string, ManifestEntry>()
  if (manifestFile) {
    const { sources = [] } = JSON.parse(await manifestFile.text()) as { sources?: ManifestEntry[] }
    for (const entry of sources) manifest.set(entry.file.replace(/^.*\//, ''), entry)
  }
  const lines: string[] = []
  for (const file of files) {
    if (file === manifestFile) continue
    const content = await file.text()
    if (file.name.toLowerCase().endsWith('.jsonl')) {
      lines.push(...content.split('\n').filter((line) => line.trim()))
      continue
    }
    const { file: _name, ...entry } = manifest.get(file.name) ?? { file: file.name }
    const fields = Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== null && value !== undefined))
    lines.push(JSON.stringify({ ...fields, file: file.name, content }))
  }
  return lines
}

async function postLines(apiRoute: string, lines: string[], dryRun: boolean): Promise<Summary> {
  const response = await fetch(apiUrl(apiRoute, '/factcheck/sources/import', new URLSearchParams({ dryRun: String(dryRun) })), {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/x-ndjson' },
    body: lines.join('\n'),
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) {
    throw new Error(body?.errors?.map((error: { message: string }) => error.message).join('\n') || `${response.status} ${response.statusText}`)
  }
  return body as Summary
}

/** Above the sources list, for users who may create sources: upload files into the corpus (Sources → import). */
export function SourcesImportClient() {
  const { permissions } = useAuth()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const slugs = usePluginSlugs()
  const { t } = useFactCheckTranslation()
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<null | string>(null)
  const [errors, setErrors] = useState<null | string>(null)
  if (!permissions?.collections?.[slugs.sources]?.create) return null

  const run = async (dryRun: boolean) => {
    const files = [...(input.current?.files ?? [])]
    if (files.length === 0) {
      setErrors(t('factcheck:importChooseFiles'))
      return
    }
    setBusy(true)
    setErrors(null)
    setReport(null)
    const total: Summary = { added: 0, updated: 0, unchanged: 0 }
    try {
      const lines = await importLines(files)
      for (let start = 0; start < lines.length; start += LINES_PER_REQUEST) {
        const part = await postLines(apiRoute, lines.slice(start, start + LINES_PER_REQUEST), dryRun)
        total.added += part.added
        total.updated += part.updated
        total.unchanged += part.unchanged
        setReport(t('factcheck:importProgress', { done: Math.min(lines.length, start + LINES_PER_REQUEST), total: lines.length }))
      }
      setReport(t(dryRun ? 'factcheck:importDryRunResult' : 'factcheck:importResult', { ...total }))
      if (!dryRun) {
        toast.success(t('factcheck:importDone'))
        router.refresh()
      }
    } catch (error) {
      setErrors((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="factcheck-sources-import">
      <summary>{t('factcheck:importSources')}</summary>
      <p>{interpolate(t('factcheck:importHelp'), { seeds: <code>seeds/</code> })}</p>
      <input
        accept=".txt,.md,.html,.htm,.jsonl,.json"
        aria-label={t('factcheck:importFiles')}
        disabled={busy}
        multiple
        ref={input}
        type="file"
      />
      <div className="factcheck-sources-import__actions">
        <Button buttonStyle="secondary" disabled={busy} onClick={() => void run(true)} size="small">
          {t('factcheck:importDryRun')}
        </Button>
        <Button disabled={busy} onClick={() => void run(false)} size="small">
          {t('factcheck:importRun')}
        </Button>
      </div>
      {report ? <p className="factcheck-sources-import__report" role="status">{report}</p> : null}
      {errors ? <pre className="factcheck-sources-import__errors" role="alert">{errors}</pre> : null}
    </details>
  )
}
