import { QueryFailedError } from 'typeorm';

/** A unique constraint refused the write (SQLSTATE 23505): usually a duplicate that a rival committed first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}
