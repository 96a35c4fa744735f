/** Certification schema migrations, oldest first (the shared messaging tables run before them). */
export const certificationMigrations: Function[] = [];
