/** The migration only the next release has (next-release.ts): its name, without loading it. */
export const NEXT_RELEASE_MIGRATION = 'FaultSuiteNextRelease1999999999999';
