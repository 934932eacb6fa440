/**
 * The welcome card on conversationUpdate / membersAdded: when the bot itself is added to a
 * personal chat, group chat or team, and when a user is added to a personal chat that has not been
 * welcomed yet. New members of a group or channel are not greeted one by one (that would be noise).
 */
import type { Application } from '@microsoft/teams-ai';
import { welcomeCard, welcomeText } from './cards/welcome-card.js';
import { cardMessage } from './replies.js';
import type { TeamsTurnState } from './state.js';

/** The parts of a conversationUpdate activity the decision reads. */
export interface MembersAdded {
  membersAdded?: ReadonlyArray<{ id: string }> | undefined;
  recipient?: { id: string } | undefined;
  conversation?: { conversationType?: string | undefined } | undefined;
}

/** Whether this membersAdded activity should be answered with the welcome. */
export function shouldWelcome(activity: MembersAdded, alreadyWelcomed: boolean): boolean {
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  if (added.some((m) => m.id === botId)) return true;
  const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
  return personal && !alreadyWelcomed && added.some((m) => m.id !== botId);
}

export function registerWelcome(app: Application<TeamsTurnState>): void {
  app.conversationUpdate('membersAdded', async (context, state) => {
    if (!shouldWelcome(context.activity, state.conversation.welcomed === true)) return;
    state.conversation.welcomed = true;
    await context.sendActivity(cardMessage(welcomeCard('vi'), welcomeText('vi')));
  });
}
