import { redirect } from 'next/navigation';
import type { Account } from '@/lib/api-types';
import { getViewer, signInPath } from '@/lib/session';

/** For the school counsellor's pages: a signed-in counsellor, or a redirect to sign in. */
export async function requireCounsellor(next: string): Promise<Account> {
  const viewer = await getViewer();
  if (viewer?.role !== 'COUNSELLOR') redirect(signInPath(next));
  return viewer;
}
