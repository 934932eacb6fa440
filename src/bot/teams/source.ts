/**
 * The full text of a cited record when its item is clicked and the card had no room to hold it:
 * Action.Submit {verb:'source', id} → engine.source(id) → a card with the record in full. A
 * lookup does not change the conversation's context.
 */
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import type { Engine } from '../../intents/engine.js';
import { answerTurn } from './ask.js';
import { sourceCard, sourceText } from './cards/source-card.js';
import { cardMessage } from './replies.js';
import type { TeamsConversations } from './state.js';

const SourceData = z.object({ verb: z.literal('source'), id: z.string().trim().min(1).max(40) });

export function registerSourceButton(app: Application, conversations: TeamsConversations, engine: Engine): void {
  app.adaptiveCards.actionSubmit('source', async (context, _state, data) => {
    const parsed = SourceData.safeParse(data);
    const lang = await conversations.language(context);
    const record = parsed.success ? engine.source(parsed.data.id, lang) : undefined;
    if (!record) {
      // Not a record (an old or altered card): let the engine say what it knows about it.
      const asked = parsed.success ? parsed.data.id : '';
      await answerTurn(context, conversations, engine, (ctx) => engine.ask(asked, ctx));
      return;
    }
    await context.sendActivity(
      cardMessage(sourceCard(record, lang, { relatedButtons: true }), sourceText(record, lang)),
    );
  });
}
