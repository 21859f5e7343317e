import { describe, expect, it } from 'vitest';
import type { Source } from '../catalog/fix';
import { API_MESSAGES } from './api-messages';

const MICROSOFT_GITHUB = /^https:\/\/github\.com\/(?:Azure|AzureAD|microsoft|microsoftgraph|MicrosoftDocs|OfficeDev)\//;
const isMicrosoftSource = (source: Source) =>
  'repo' in source
    ? /^[0-9a-f]{40}$/.test(source.commit)
    : new URL(source.url).hostname === 'learn.microsoft.com' || MICROSOFT_GITHUB.test(source.url);

/** A 40–60 character piece of the text around what the pattern keys on, as an admin might copy it. */
function slice(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match) return '';
  const length = Math.min(text.length, Math.max(40, Math.min(60, match[0].length)));
  const start = Math.max(0, Math.min(match.index - Math.floor((length - match[0].length) / 2), text.length - length));
  return text.slice(start, start + length);
}

const recognised = (text: string) => API_MESSAGES.filter((message) => message.pattern.test(text)).map((message) => message.code);

describe('API_MESSAGES', () => {
  it('holds 30 or more messages, each with a meaning, a fix and a Microsoft source', () => {
    expect(API_MESSAGES.length).toBeGreaterThanOrEqual(30);
    for (const message of API_MESSAGES) {
      expect(message.meaning.length, message.text).toBeGreaterThan(15);
      expect(message.fix.length, message.text).toBeGreaterThan(15);
      expect(isMicrosoftSource(message.source), message.text).toBe(true);
    }
  });

  it('recognises each message by its own words', () => {
    for (const message of API_MESSAGES) expect(message.pattern.test(message.text), message.text).toBe(true);
  });

  it('recognises a 40–60 character piece of each message, also broken over lines', () => {
    for (const message of API_MESSAGES) {
      const piece = slice(message.text, message.pattern);
      expect(piece.length, message.text).toBeGreaterThanOrEqual(Math.min(40, message.text.length));
      expect(piece.length, message.text).toBeLessThanOrEqual(60);
      expect(message.pattern.test(piece), piece).toBe(true);
      expect(message.pattern.test(piece.replaceAll(' ', '\r\n   ')), piece).toBe(true);
    }
  });

  it('tells the messages apart: no pattern matches another message’s text', () => {
    for (const message of API_MESSAGES) {
      const others = API_MESSAGES.filter((other) => other !== message && other.pattern.test(message.text));
      expect(
        others.map((other) => other.text),
        message.text,
      ).toEqual([]);
    }
  });

  it('reads the messages out of what the product prints, and nothing out of unrelated text', () => {
    const graph = `Error in API call [403] - Forbidden
{"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges to complete
 the operation.", "innerError": {"date": "2026-11-26T10:00:00"}}}`;
    expect(recognised(graph)).toEqual(['Authorization_RequestDenied']);
    const arm = `{"error":{"code":"AuthorizationFailed","message":"The client '0b8f3c1e-6a2d-4c55-9e7a-3f1d2b4c5a6e' with object id '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' does not have authorization to perform action 'Microsoft.Network/networkSecurityGroups/read' over scope '/subscriptions/1/resourceGroups/soc' or the scope is invalid."}}`;
    expect(recognised(arm)).toEqual(['AuthorizationFailed']);
    expect(recognised("(SubscriptionNotFound) The subscription '11111111-2222-3333-4444-555555555555' could not be found.")).toEqual([
      'SubscriptionNotFound',
    ]);
    expect(recognised("Operation returned an invalid status code Forbidden: The bot isn't part of the conversation roster.")).toEqual([
      'BotNotInConversationRoster',
    ]);
    expect(recognised('The command completed with warnings: 3 items skipped.')).toEqual([]);
  });
});
