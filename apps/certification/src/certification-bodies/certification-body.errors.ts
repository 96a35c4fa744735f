import { ConflictError, UnprocessableError } from '@hb/platform';

export class CertificationBodyAlreadyRegistered extends ConflictError {
  constructor(readonly certificationBodyId: string) {
    super(`certification body ${certificationBodyId} is already registered`, { certificationBodyId });
  }
}

/** An application is assigned to a registered body. */
export class CertificationBodyNotRegistered extends UnprocessableError {
  constructor(readonly certificationBodyId: string) {
    super(
      `certification body ${certificationBodyId} is not registered: GET /v1/certification-bodies lists those you may choose`,
      { certificationBodyId },
    );
  }
}
