// The kinds of client feedback the AM logs, as the forms and timelines name them.
export const KIND_LABEL: Record<string, string> = {
  approval: 'Approval',
  revision_request: 'Revision request',
  complaint: 'Complaint',
  praise: 'Praise',
  question: 'Question',
  other: 'Other',
};
