import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { DemoCitySeeder } from './demo-city.seeder';

@Module({ imports: [IdentityModule], providers: [DemoCitySeeder], exports: [DemoCitySeeder] })
export class DemoCityModule {}
