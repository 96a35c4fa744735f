import { DomainError } from '@hb/platform';

/** Approval by the person who put the application into review: a second person must approve (409). */
export class FourEyesError extends DomainError {
  readonly status = 409;
  readonly code = 'four-eyes';
  readonly title = 'A second person must approve';
  constructor(applicationId: string, subject: string) {
    super(
      `${subject} moved application ${applicationId} into review, so another certifier of the body must approve it`,
      { applicationId },
    );
  }
}
