import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Memory-hard password hashing (argon2id). */
@Injectable()
export class PasswordHasher {
  // Verified against when the account does not exist, so a miss costs as much time as a hit.
  private decoyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      this.decoyHash ??= this.hash('decoy-password-for-timing');
      await verify(await this.decoyHash, password);
      return false;
    }
    return verify(passwordHash, password);
  }
}
