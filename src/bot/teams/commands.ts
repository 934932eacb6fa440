/**
 * Whole-message commands, as listed in the manifest's command list: help, tour and examples, in
 * Vietnamese or English. Each pattern is anchored (the whole message, optional "/" and trailing
 * punctuation): teams-ai's string routes match anywhere in the text, and "Hướng dẫn nấu phở bò"
 * must reach the engine (which declines it), not start the tour.
 */
import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Language } from '../../intents/answer.js';
import type { Engine } from '../../intents/engine.js';
import { answerTurn } from './ask.js';
import { welcomeCard, welcomeText } from './cards/welcome-card.js';
import { cardMessage } from './replies.js';
import type { TeamsConversations } from './state.js';

export type CommandName = 'help' | 'tour' | 'examples';

const END = String.raw`\s*[.!?]*\s*$`;
/** Each command in each language. Matched against NFC-normalised text. */
export const COMMAND_PATTERNS: ReadonlyArray<{ name: CommandName; language: Language; pattern: RegExp }> = [
  { name: 'help', language: 'vi', pattern: new RegExp(String.raw`^\s*\/?(?:trợ giúp|tro giup|giúp đỡ)${END}`, 'iu') },
  { name: 'help', language: 'en', pattern: new RegExp(String.raw`^\s*\/?help${END}`, 'iu') },
  { name: 'tour', language: 'vi', pattern: new RegExp(String.raw`^\s*\/?(?:hướng dẫn|huong dan)${END}`, 'iu') },
  { name: 'tour', language: 'en', pattern: new RegExp(String.raw`^\s*\/?(?:tour|guided tour)${END}`, 'iu') },
  { name: 'examples', language: 'vi', pattern: new RegExp(String.raw`^\s*\/?(?:ví dụ|vi du)${END}`, 'iu') },
  { name: 'examples', language: 'en', pattern: new RegExp(String.raw`^\s*\/?examples?${END}`, 'iu') },
];

/** The command a whole message is, if it is one. */
export function matchCommand(text: unknown): { name: CommandName; language: Language } | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.normalize('NFC');
  const hit = COMMAND_PATTERNS.find((c) => c.pattern.test(t));
  return hit ? { name: hit.name, language: hit.language } : undefined;
}

/** The command a message is, if it is one. */
const commandIn = (context: TurnContext) =>
  context.activity.type === 'message' ? matchCommand(context.activity.text) : undefined;

/**
 * One route for the three commands: its selector tests the message against the patterns once (an
 * ordinary question is tested by this selector alone before it reaches the engine's route).
 */
export function registerCommands(app: Application, conversations: TeamsConversations, engine: Engine): void {
  app.message(
    async (context) => commandIn(context) !== undefined,
    async (context) => {
      const { name, language } = commandIn(context)!;
      if (name === 'help')
        await answerTurn(context, conversations, engine, (ctx) =>
          engine.ask(language === 'vi' ? 'trợ giúp' : 'help', ctx),
        );
      else if (name === 'tour')
        await answerTurn(context, conversations, engine, (ctx) => engine.tour('start', ctx, language));
      else await context.sendActivity(cardMessage(welcomeCard(language), welcomeText(language)));
    },
  );
}
