import { both, command, content, graphDoc } from './common';
import type { IntegrationCommands } from './types';

const DIR = 'Packs/MicrosoftGraphSearch/Integrations/MicrosoftGraphSearch';
const README = content(`${DIR}/README.md`);
const CODE = content(`${DIR}/MicrosoftGraphSearch.py`);
const DEFINITION = content(`${DIR}/MicrosoftGraphSearch.yml`);
// Authorization code only. Graph's search API reads files with Files.Read.All and sites and list items with Sites.Read.All.
const delegated = (names: string[]) => both('Microsoft Graph')([], names);
const SEARCH_DOC = graphDoc('search-query');

const COMMANDS = [
  command('msgraph-search-generate-login-url', 'Authentication', [], CODE),
  // The test runs a search for driveItem entities, so it needs Files.Read.All beyond the sign-in.
  command('msgraph-search-test', 'Authentication', delegated(['Files.Read.All']), CODE, SEARCH_DOC),
  command('msgraph-search-content', 'Search', delegated(['Files.Read.All', 'Sites.Read.All']), README, CODE, SEARCH_DOC),
];

export const microsoftGraphSearchCommands: IntegrationCommands = {
  integration: 'microsoft-graph-search',
  // The code's dispatcher (main), besides test-module.
  commandNames: ['msgraph-search-test', 'msgraph-search-generate-login-url', 'msgraph-search-content'],
  commands: COMMANDS,
  sources: [DEFINITION, README, CODE],
};
