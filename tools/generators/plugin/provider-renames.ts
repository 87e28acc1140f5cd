// What a copy renames beyond the plugin's folder name: the provider's word in file names
// (`slack-connector.ts` -> `teams-connector.ts`), the identifiers named after those files
// (`SlackConnector` -> `TeamsConnector`), and environment variable prefixes (`SLACK_*` -> `TEAMS_*`).

/** `ms-teams` -> `MsTeams`. */
export const pascalCase = (words: string) =>
  words
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
/** `ms-teams` -> `MS_TEAMS`. */
export const envPrefix = (words: string) => `${words.toUpperCase().replace(/-/g, '_')}_`;

export interface ProviderRenames {
  /** A path relative to the plugin folder, with the provider word renamed in each file name. */
  path(rel: string): string;
  /** Text with every renamed file stem, the identifiers named after them and env prefixes renamed. */
  text(text: string): string;
  /** The environment variables of the source found in a text, as they are named in the copy. */
  envVarsIn(text: string): string[];
}

export function providerRenames(oldPart: string, newPart: string, paths: string[]): ProviderRenames {
  const fileStart = `${oldPart}-`;
  const renamedPath = (rel: string) =>
    rel
      .split('/')
      .map((segment) => (segment.startsWith(fileStart) ? `${newPart}-${segment.slice(fileStart.length)}` : segment))
      .join('/');
  // `src/slack-connector.ts` -> stems `slack-connector` -> `teams-connector`, identifier `SlackConnector` -> `TeamsConnector`.
  const stems = [
    ...new Set(
      paths
        .map((p) =>
          p
            .split('/')
            .pop()!
            .replace(/(\.spec)?\.[a-z]+$/, ''),
        )
        .filter((stem) => stem.startsWith(fileStart)),
    ),
  ];
  const pairs: [RegExp, string][] = stems.flatMap((stem) => {
    const renamed = `${newPart}-${stem.slice(fileStart.length)}`;
    return [
      [new RegExp(`\\b${stem}\\b`, 'g'), renamed],
      [new RegExp(`\\b${pascalCase(stem)}`, 'g'), pascalCase(renamed)],
    ] as [RegExp, string][];
  });
  const env = new RegExp(`(?<![A-Za-z0-9_])${envPrefix(oldPart)}(?=[A-Z0-9])`, 'g');
  return {
    path: renamedPath,
    text: (text) => pairs.reduce((t, [re, to]) => t.replace(re, to), text).replace(env, envPrefix(newPart)),
    envVarsIn: (text) => [
      ...new Set(
        [...text.matchAll(new RegExp(`${env.source}[A-Z0-9_]+`, 'g'))].map((m) =>
          m[0].replace(env, envPrefix(newPart)),
        ),
      ),
    ],
  };
}
