/**
 * Text on cards. Every piece of text that comes from the directive, the engine or the user is put
 * on a card as a `TextRun` inside a `RichTextBlock`: TextRuns are never parsed as markdown, so
 * `**`, `[link](…)`, `<script>` or a leading "1." are shown exactly as written. `escapeMarkdown` is
 * for the few places that do parse markdown (a TextBlock) and `escapeHtml` for the message
 * extension's preview cards, whose text Teams reads as HTML.
 */
import type { CardElement } from './card.js';

export interface RunStyle {
  weight?: 'Bolder';
  size?: 'Small' | 'Medium' | 'Large';
  isSubtle?: boolean;
  italic?: boolean;
  color?: 'Accent' | 'Good' | 'Warning' | 'Attention';
}

export interface TextRun extends CardElement {
  type: 'TextRun';
  text: string;
}

/** A run of literal text (never markdown). */
export function run(text: string, style: RunStyle = {}): TextRun {
  return { type: 'TextRun', text, ...style };
}

export interface BlockOptions {
  id?: string;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  separator?: boolean;
}

/** A paragraph of literal text: one string, or several styled runs. Empty runs are dropped. */
export function paragraph(content: string | TextRun[], options: BlockOptions = {}, style: RunStyle = {}): CardElement {
  const inlines = (typeof content === 'string' ? [run(content, style)] : content).filter((r) => r.text !== '');
  return { type: 'RichTextBlock', inlines, ...options };
}

/** Backslash-escapes what markdown gives meaning to, for text placed in a markdown field. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]()#+!<>~|])/gu, '\\$1')
    .replace(/^(\s*)([-=])/gmu, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gmu, '$1\\$2');
}

/** Escapes the characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
