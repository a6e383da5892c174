import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { SearchIndexService } from '../search/search-index.service';

interface ServiceHealth {
  ok: boolean;
  latencyMs: number;
}

async function probe(check: () => Promise<unknown>): Promise<ServiceHealth> {
  const started = performance.now();
  try {
    await check();
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}

/**
 * Postgres is required (503 without it); Meilisearch is not, since search falls back to
 * Postgres, so its absence makes the status "degraded" with 200.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly searchIndex: SearchIndexService,
  ) {}

  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<object> {
    const [postgres, meilisearch, pending] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.searchIndex.client.health()),
      this.dataSource
        .query<{ count: string }[]>('SELECT count(*) FROM outbox_event WHERE processed_at IS NULL')
        .then((rows) => Number(rows[0]?.count ?? 0))
        .catch(() => null),
    ]);
    const status = !postgres.ok ? 'down' : meilisearch.ok ? 'ok' : 'degraded';
    res.status(postgres.ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status, postgres, meilisearch, searchOutboxPending: pending };
  }
}
