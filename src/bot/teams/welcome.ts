/**
 * The welcome card on conversationUpdate / membersAdded: when the bot itself is added to a
 * personal chat, group chat or team, and when a user is added to a personal chat that has not been
 * welcomed yet. New members of a group or channel are not greeted one by one (that would be noise).
 */
import type { Application } from '@microsoft/teams-ai';
import { welcomeCard, welcomeText } from './cards/welcome-card.js';
import { cardMessage } from './replies.js';
import type { TeamsConversations } from './state.js';

/** The parts of a conversationUpdate activity the decision reads. */
export interface MembersAdded {
  membersAdded?: ReadonlyArray<{ id: string }> | undefined;
  recipient?: { id: string } | undefined;
  conversation?: { conversationType?: string | undefined } | undefined;
}

/**
 * Whether this membersAdded activity is answered with the welcome: 'always' when the bot itself
 * was added, 'first-time' when a user joined a personal chat (welcomed only if it never was),
 * 'never' otherwise.
 */
export function welcomeFor(activity: MembersAdded): 'always' | 'first-time' | 'never' {
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  if (added.some((m) => m.id === botId)) return 'always';
  const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
  return personal && added.some((m) => m.id !== botId) ? 'first-time' : 'never';
}

export function registerWelcome(app: Application, conversations: TeamsConversations): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const when = welcomeFor(context.activity);
    if (when === 'never') return;
    // Recorded before it is sent: two instances handling the same join cannot both welcome.
    const first = await conversations.markWelcomed(context);
    if (when === 'first-time' && !first) return;
    await context.sendActivity(cardMessage(welcomeCard('vi'), welcomeText('vi')));
  });
}
