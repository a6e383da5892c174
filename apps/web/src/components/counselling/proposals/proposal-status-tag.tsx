import { Locale, ProposalStatus, proposalStatusLabel } from '@akselerator/domain';
import type { ProposalStatusName } from './proposal-operations';

function colorOf(status: ProposalStatusName): string {
  switch (status) {
    case 'ACCEPTED':
    case 'EMPLOYER_ACCEPTED':
    case 'PLACED':
      return 'success';
    case 'PROPOSED':
      return 'warning';
    case 'DECLINED':
    case 'EMPLOYER_DECLINED':
      return 'danger';
    case 'WITHDRAWN':
      return 'neutral';
  }
}

const toDomain = (status: ProposalStatusName): ProposalStatus => ProposalStatus[status];

/** A proposal's status as a tag, in words (labels from libs/domain). */
export function ProposalStatusTag({
  status,
  locale,
  statusWord,
}: {
  status: ProposalStatusName;
  locale: Locale;
  statusWord: string;
}) {
  return (
    <span className="ds-tag" data-color={colorOf(status)} data-testid="proposal-status">
      <span className="ds-sr-only">{statusWord}: </span>
      {proposalStatusLabel(toDomain(status), locale)}
    </span>
  );
}
