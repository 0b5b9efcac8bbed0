/**
 * `../shared` (the design, the source guides, real exports) sits beside the repository in CI
 * and in the team's checkouts, not in a user's clone. Checks that read it run when it is
 * there and are skipped (counted as skipped, and scripts/test.sh says so in one line) when it
 * is not; CI sets REQUIRE_SHARED=1 so that there they can never be skipped.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SHARED = path.resolve(__dirname, '../../../shared');
export const hasShared = fs.existsSync(SHARED);

if (!hasShared && process.env.REQUIRE_SHARED === '1')
  throw new Error(`REQUIRE_SHARED=1 but ${SHARED} does not exist`);

/** `describe` where ../shared exists, `describe.skip` where it does not. */
export const describeWithShared = hasShared ? describe : describe.skip;

/** A file under ../shared. */
export const sharedPath = (...parts: string[]): string => path.join(SHARED, ...parts);
