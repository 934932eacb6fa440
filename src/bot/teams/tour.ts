/**
 * The guided tour's buttons: Action.Submit with data {verb:'tour', op:'start'|'next'|'back'|'exit'}
 * → engine.tour(op, context) → a new card for the step. The position lives in the engine's
 * context, kept in the context store between turns. (Typed "tiếp theo" / "thoát" go to the
 * engine as text and move the same tour.)
 */
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod/v4';
import type { Engine } from '../../intents/engine.js';
import { answerTurn } from './ask.js';
import type { TeamsConversations } from './state.js';

/** What a tour button submits. An unreadable op starts the tour over. */
const TourData = z.object({ verb: z.literal('tour'), op: z.enum(['start', 'next', 'back', 'exit']).catch('start') });

export function registerTourButtons(app: Application, conversations: TeamsConversations, engine: Engine): void {
  app.adaptiveCards.actionSubmit('tour', async (context, _state, data) => {
    const parsed = TourData.safeParse(data);
    const op = parsed.success ? parsed.data.op : 'start';
    await answerTurn(context, conversations, engine, (ctx) => engine.tour(op, ctx, ctx.language ?? 'vi'));
  });
}
