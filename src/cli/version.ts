/**
 * The package version `--version` prints. The CLI bundle cannot import
 * package.json, so it is repeated here; a test keeps the two equal.
 */
export const packageVersion = '0.2.0';
