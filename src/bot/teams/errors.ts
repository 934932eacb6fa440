/**
 * What happens when a turn fails unexpectedly: the error is logged with the activity's ids only
 * (never the message text), the user gets a short apology (a search invoke gets an apology as its
 * result, so Teams does not wait for a timeout), and the process stays up. (A context write that
 * loses an eTag race is re-run by the conversations (state/conversations.ts) before any reply is
 * sent; one that keeps losing reaches here like any other failure, and no answer was sent.)
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { apologyText } from '../text/apology.js';
import { apologyCard } from './cards/apology-card.js';
import { cardMessage } from './replies.js';

/** Ids that locate a turn in the logs; nothing the user wrote. */
export function turnIds(context: TurnContext): Record<string, string | undefined> {
  const a = context.activity;
  return {
    activityId: a?.id,
    activityType: a?.type,
    invokeName: a?.name,
    conversationId: a?.conversation?.id,
    channelId: a?.channelId,
  };
}

async function apologise(context: TurnContext): Promise<void> {
  const a = context.activity;
  if (a?.type === 'invoke') {
    const body =
      a.name === 'composeExtension/query'
        ? { composeExtension: { type: 'message', text: apologyText('vi') } }
        : undefined;
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: body ? 200 : 500, body } });
    return;
  }
  if (a?.type === 'message' || a?.type === 'conversationUpdate') {
    await context.sendActivity(cardMessage(apologyCard(), apologyText('vi')));
  }
}

/** The turn error handler (teams-ai `app.error`, i.e. the adapter's onTurnError). */
export function turnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    logger.error(
      { ...turnIds(context), err: { type: error?.name, message: error?.message, stack: error?.stack } },
      'teams: turn failed',
    );
    try {
      await apologise(context);
    } catch (sendError) {
      logger.warn(
        { ...turnIds(context), err: { type: (sendError as Error)?.name, message: (sendError as Error)?.message } },
        'teams: the apology could not be sent',
      );
    }
  };
}
