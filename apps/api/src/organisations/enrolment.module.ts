import { Module } from '@nestjs/common';
import { EnrolmentService } from './enrolment.service';

/**
 * Only what sign-up needs (class code → cohort, employer → owner), in a module of its own so the
 * identity module can import it without a cycle (the organisations module imports identity).
 */
@Module({ providers: [EnrolmentService], exports: [EnrolmentService] })
export class EnrolmentModule {}
