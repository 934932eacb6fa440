/**
 * The Adaptive Card envelope every Teams reply uses: schema 1.5 (what Teams renders on desktop,
 * web and mobile), full width in Teams, and a plain-text fallback for clients that cannot render
 * cards. Element and action shapes are kept as plain JSON objects.
 */

/** The Adaptive Card schema version the bot targets. */
export const CARD_VERSION = '1.5';

/** The attachment content type of an Adaptive Card. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Any card element (TextBlock, RichTextBlock, Container, ActionSet …) as JSON. */
export interface CardElement {
  type: string;
  [property: string]: unknown;
}

/** A card action (Action.Submit, Action.ToggleVisibility …) as JSON. */
export interface CardAction {
  type: 'Action.Submit' | 'Action.ToggleVisibility' | 'Action.OpenUrl';
  title?: string;
  [property: string]: unknown;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: typeof CARD_VERSION;
  /** Shown by clients that cannot render the card. */
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
  /** Teams-only: use the full width of the conversation. */
  msteams: { width: 'Full' };
}

/** Wraps body elements and card-level actions into a schema 1.5 card. */
export function adaptiveCard(body: CardElement[], actions: CardAction[], fallbackText: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    fallbackText,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** Size of a card as Teams counts it (UTF-8 bytes of its JSON). */
export function cardBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
