'use client'
import { type RefObject, useEffect } from 'react'

import { FLAGGED_STATUSES, type FlaggedStatus } from '../claimStatus'

/** Name of the CSS custom highlight of a status; styled with `::highlight(factcheck-conflict)`. */
export const highlightName = (status: FlaggedStatus) => `factcheck-${status}`

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th'

interface TextPoint {
  node: Text
  offset: number
}

/**
 * The editor's text with white space collapsed (as claims are fingerprinted), and for each character the
 * DOM position it came from. Blocks and line breaks count as white space, so a sentence never runs across them.
 */
function indexText(root: HTMLElement): { text: string; points: TextPoint[] } {
  let text = ''
  const points: TextPoint[] = []
  let pendingSpace = false
  let block: Element | null = null
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof HTMLBRElement) pendingSpace = true
    if (!(node instanceof Text)) continue
    const nodeBlock = node.parentElement?.closest(BLOCKS) ?? root
    if (nodeBlock !== block) pendingSpace = true
    block = nodeBlock
    for (let offset = 0; offset < node.data.length; offset++) {
      const char = node.data[offset]
      if (/\s/.test(char)) {
        pendingSpace = true
        continue
      }
      if (pendingSpace && text) {
        text += ' '
        points.push({ node, offset })
      }
      pendingSpace = false
      text += char
      points.push({ node, offset })
    }
  }
  return { text, points }
}

function rangesOf(root: HTMLElement, sentences: string[]): Range[] {
  const { text, points } = indexText(root)
  const ranges: Range[] = []
  for (const sentence of sentences) {
    const needle = sentence.replace(/\s+/g, ' ').trim()
    if (!needle) continue
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const first = points[at]
      const last = points[at + needle.length - 1]
      const range = document.createRange()
      range.setStart(first.node, first.offset)
      range.setEnd(last.node, last.offset + 1)
      ranges.push(range)
    }
  }
  return ranges
}

const supportsHighlights = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'

/**
 * Highlights flagged sentences inside the document's Lexical editor with the CSS Custom Highlight API:
 * decoration only, the editor's DOM and content are never touched. Recomputed whenever the form's DOM changes
 * (typing, the editor re-mounting after a save), so an edited sentence loses its highlight at once.
 */
export function useClaimHighlights(
  anchor: RefObject<HTMLElement | null>,
  richTextField: string,
  sentences: Record<FlaggedStatus, string[]>,
) {
  const key = JSON.stringify(sentences)
  useEffect(() => {
    if (!supportsHighlights()) return
    const flagged = JSON.parse(key) as Record<FlaggedStatus, string[]>
    const scope: ParentNode = anchor.current?.closest('form') ?? document
    const selector = `.rich-text-lexical[data-field-path="${CSS.escape(richTextField)}"] [data-lexical-editor="true"]`
    let frame = 0
    const paint = () => {
      frame = 0
      const editor = scope.querySelector<HTMLElement>(selector)
      for (const status of FLAGGED_STATUSES) {
        const ranges = editor ? rangesOf(editor, flagged[status]) : []
        CSS.highlights.set(highlightName(status), new Highlight(...ranges))
      }
    }
    paint()
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(paint)
    })
    observer.observe(scope, { subtree: true, childList: true, characterData: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
      for (const status of FLAGGED_STATUSES) CSS.highlights.delete(highlightName(status))
    }
  }, [anchor, richTextField, key])
}
