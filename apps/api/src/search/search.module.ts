import { Module } from '@nestjs/common';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OutboxModule } from '../outbox/outbox.module';
import { MeilisearchOpportunitySearch } from './meilisearch-opportunity-search';
import { OpportunitySearchService } from './opportunity-search.service';
import { PostgresOpportunitySearch } from './postgres-opportunity-search';
import { QuickSearchService } from './quick-search.service';
import { SearchIndexService } from './search-index.service';
import { SearchOutboxWorker } from './search-outbox.worker';
import { SearchResolver } from './search.resolver';

@Module({
  imports: [OpportunitiesModule, OutboxModule],
  providers: [
    SearchIndexService,
    SearchOutboxWorker,
    MeilisearchOpportunitySearch,
    PostgresOpportunitySearch,
    OpportunitySearchService,
    QuickSearchService,
    SearchResolver,
  ],
  exports: [SearchIndexService, SearchOutboxWorker],
})
export class SearchModule {}
