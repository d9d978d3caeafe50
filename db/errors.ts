/** A database file that cannot be opened or migrated. The message is Vietnamese and names the file. */
export class DatabaseError extends Error {
  readonly path: string;
  constructor(message: string, path: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseError';
    this.path = path;
  }
}
