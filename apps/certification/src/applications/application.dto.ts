import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  APPLICATION_STAGES,
  CERTIFICATION_SCHEMES,
  POVERTY_STATUSES,
  type ApplicationStage,
  type CertificationScheme,
  type PovertyStatus,
  ROLES,
  type Role,
} from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { CERTIFICATION_BODY_ID } from '../certification-bodies/certification-body.dto';
import type { ApplicationStep } from './application-step.entity';
import type { Application } from './application.entity';
import { isOverdue } from './stage-deadlines';

export const MAX_PRODUCTS_PER_APPLICATION = 100;
export const MAX_DOCUMENTS_PER_APPLICATION = 50;

export class DocumentInput {
  @ApiProperty({ example: 'Zhaojue tartary buckwheat tea — production site environment report.pdf' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({
    example: 'environment_report',
    description:
      'What the document is, in lower-case words joined by underscores (business_licence, production_plan, ' +
      'environment_report, test_report, origin_proof, …).',
  })
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'kind must be lower-case words joined by underscores' })
  kind!: string;

  @ApiPropertyOptional({
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'SHA-256 of the file, hexadecimal, so the reviewer can tell it is the one submitted.',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/i, { message: 'sha256 must be 64 hexadecimal digits' })
  sha256?: string;
}

export class SubmitApplicationRequest {
  @ApiPropertyOptional({
    example: 'green-food-center-sichuan',
    description:
      'The certification body that is to review the application (GET /v1/certification-bodies): only its ' +
      'certifiers see and move it. Optional for one release: without it the application goes to the ' +
      "service's default body (CERT_DEFAULT_BODY_ID), and is a 400 where none is set.",
  })
  @IsOptional()
  @Matches(CERTIFICATION_BODY_ID, { message: 'certificationBodyId must be the id of a certification body' })
  certificationBodyId?: string;

  @ApiProperty({ enum: CERTIFICATION_SCHEMES, example: 'green_food' })
  @IsIn(CERTIFICATION_SCHEMES)
  scheme!: CertificationScheme;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: MAX_PRODUCTS_PER_APPLICATION,
    example: ['3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b'],
    description: `The products to certify (1 to ${MAX_PRODUCTS_PER_APPLICATION}, each once), all the applicant's own.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PRODUCTS_PER_APPLICATION)
  @ArrayUnique({ message: 'productIds must name each product once' })
  @IsUUID('all', { each: true })
  productIds!: string[];

  @ApiPropertyOptional({
    example: 'GF-2026-000123-7KQ2M',
    description:
      'The certificate this application renews (same scheme, yours, active). Renewal opens 3 months before ' +
      'the certificate ends; the renewed certificate carries on from the day after.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  renewsCertificate?: string;

  @ApiPropertyOptional({
    type: [DocumentInput],
    maxItems: MAX_DOCUMENTS_PER_APPLICATION,
    example: [
      { name: 'Business licence.pdf', kind: 'business_licence' },
      {
        name: 'Production site environment report.pdf',
        kind: 'environment_report',
        sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      },
    ],
    description: `Metadata of the supporting documents (up to ${MAX_DOCUMENTS_PER_APPLICATION}).`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DOCUMENTS_PER_APPLICATION)
  @ValidateNested({ each: true })
  @Type(() => DocumentInput)
  documents?: DocumentInput[];
}

export class TransitionRequest {
  @ApiProperty({
    enum: APPLICATION_STAGES,
    example: 'inspection',
    description: 'The stage to move to: the next review stage, approved (from review) or rejected.',
  })
  @IsIn(APPLICATION_STAGES)
  to!: ApplicationStage;

  @ApiPropertyOptional({
    example:
      'On-site inspection of the Sikai township tea gardens booked for 12 March; soil samples to be taken.',
    description: 'What the certifier notes about the step; required (the reason) for a rejection.',
  })
  @ValidateIf((request: TransitionRequest) => request.to === 'rejected' || request.note !== undefined)
  @IsString({ message: 'note must be text; a rejection needs its reason in note' })
  @Length(1, 2000)
  note?: string;
}

export class WithdrawRequest {
  @ApiPropertyOptional({ example: 'The 2026 harvest was lost to hail; we will apply again next year.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class ApplicationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STAGES, example: 'submitted' })
  @IsOptional()
  @IsIn(APPLICATION_STAGES)
  stage?: ApplicationStage;

  @ApiPropertyOptional({ enum: CERTIFICATION_SCHEMES, example: 'organic' })
  @IsOptional()
  @IsIn(CERTIFICATION_SCHEMES)
  scheme?: CertificationScheme;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    example: 'true',
    description: 'Only applications whose current stage is past its due date (true) or not (false).',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    example: 'true',
    description:
      'Only the applications still under review, from submitted to review (true), or only the approved, rejected or withdrawn ones (false).',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  open?: 'true' | 'false';

  @ApiPropertyOptional({
    format: 'uuid',
    example: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
    description: 'Applications of one producer (producers always see only their own).',
  })
  @IsOptional()
  @IsUUID()
  producerId?: string;
}

export class DocumentView {
  @ApiProperty({ example: 'Business licence.pdf' }) name!: string;
  @ApiProperty({ example: 'business_licence' }) kind!: string;
  @ApiPropertyOptional({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256?: string;
}

export class ApplicationStepView {
  @ApiProperty({ enum: APPLICATION_STAGES, nullable: true, example: 'accepted' })
  from!: ApplicationStage | null;
  @ApiProperty({ enum: APPLICATION_STAGES, example: 'inspection' }) to!: ApplicationStage;
  @ApiProperty({ example: 'inspector-li-wei', description: 'The user who made the step.' }) by!: string;
  @ApiProperty({ enum: ROLES, example: 'certifier' }) role!: Role;
  @ApiProperty({
    example: 'green-food-center-sichuan',
    description: "The organisation the user acted for (a certifier's certification body, the applicant).",
  })
  organisation!: string;
  @ApiProperty({ example: '2026-03-04T02:15:00.000Z' }) at!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Site visit booked for 12 March.' })
  note!: string | null;
}

export class ApplicationView {
  @ApiProperty({ format: 'uuid', example: '0b8f3c52-6a1d-4f2e-9c7b-2d4e6f8a0b1c' }) id!: string;
  @ApiProperty({ format: 'uuid', example: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }) producerId!: string;
  @ApiProperty({ enum: CERTIFICATION_SCHEMES, example: 'green_food' }) scheme!: CertificationScheme;
  @ApiProperty({ example: 'green-food-center-sichuan', description: 'The certification body reviewing it.' })
  certificationBodyId!: string;
  @ApiProperty({ type: [String], example: ['3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b'] }) productIds!: string[];
  @ApiProperty({ type: [DocumentView] }) documents!: DocumentView[];
  @ApiProperty({ nullable: true, type: String, example: null }) renewsCertificate!: string | null;
  @ApiProperty({ enum: APPLICATION_STAGES, example: 'inspection' }) stage!: ApplicationStage;
  @ApiProperty({
    example: true,
    description: "Priority lane: the applicant's county was in key or deep poverty status when it applied.",
  })
  priority!: boolean;
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ enum: POVERTY_STATUSES, example: 'deep', description: 'When the producer applied.' })
  povertyStatus!: PovertyStatus;
  @ApiProperty({ example: 800_000, description: "The scheme's fee for these products, in cents." })
  feeCents!: number;
  @ApiProperty({
    example: 800_000,
    description: 'Fee relief for applicants from poverty counties (default: key 50%, deep 100%).',
  })
  feeReliefCents!: number;
  @ApiProperty({ example: 0, description: 'feeCents − feeReliefCents.' }) amountDueCents!: number;
  @ApiProperty({ type: [ApplicationStepView], description: 'Every step, oldest first, from the submission.' })
  history!: ApplicationStepView[];
  @ApiProperty({ example: '2026-03-02T01:00:00.000Z' }) submittedAt!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2026-03-14T02:15:00.000Z',
    description:
      "When the current stage is due (its time limit in the application's lane); null once decided.",
  })
  stageDueAt!: string | null;
  @ApiProperty({ example: false, description: 'The current stage is past its due date.' }) overdue!: boolean;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'Set on approval.' })
  certificateNumber!: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) rejectionReason!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'inspector-li-wei',
    description:
      'The user who last moved the application into review (null before then): that person may not also ' +
      'approve it, another certifier of the body must (four eyes, /problems/four-eyes).',
  })
  movedIntoReviewBy!: string | null;
}

export class ApplicationPage {
  @ApiProperty({ type: [ApplicationView] }) items!: ApplicationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export function toApplicationView(
  application: Application,
  steps: ApplicationStep[],
  now: Date,
): ApplicationView {
  const rejection = steps.find((step) => step.toStage === 'rejected');
  const intoReview = steps.findLast((step) => step.toStage === 'review');
  return {
    id: application.id,
    producerId: application.producerId,
    scheme: application.scheme,
    certificationBodyId: application.certificationBodyId,
    productIds: application.productIds,
    documents: application.documents,
    renewsCertificate: application.renewsCertificate,
    stage: application.stage,
    priority: application.priority,
    countyCode: application.countyCode,
    povertyStatus: application.povertyStatus,
    feeCents: application.feeCents,
    feeReliefCents: application.feeReliefCents,
    amountDueCents: application.feeCents - application.feeReliefCents,
    history: steps.map((step) => ({
      from: step.fromStage,
      to: step.toStage,
      by: step.actor,
      role: step.actorRole,
      organisation: step.actorOrganisation,
      at: step.at.toISOString(),
      note: step.note,
    })),
    submittedAt: application.submittedAt.toISOString(),
    stageDueAt: application.stageDueAt?.toISOString() ?? null,
    overdue: isOverdue(application.stageDueAt, now),
    certificateNumber: application.certificateNumber,
    rejectionReason: rejection?.note ?? null,
    movedIntoReviewBy: intoReview?.actor ?? null,
  };
}
