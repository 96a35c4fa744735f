/** Element types a BinaryArray can hold, by their PostgreSQL type oid. */
export const ARRAY_ELEMENT = { int4: 23, text: 25, float8: 701, timestamptz: 1184 } as const;

export type ArrayElementType = keyof typeof ARRAY_ELEMENT;

/** 2000-01-01T00:00:00Z, PostgreSQL's epoch for binary timestamps, as epoch milliseconds. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const HEADER_BYTES = 20;
const TWO_TO_32 = 2 ** 32;

/**
 * A one-dimensional PostgreSQL array in the binary wire format (what `array_recv` reads), built
 * element by element. node-postgres sends a Buffer parameter in binary format, so a statement
 * that casts the parameter to the same array type (`$1::float8[]`) receives the values without
 * either side writing or parsing them as text: at ingest rate, the shortest decimal of every
 * double and the text of every timestamp cost Node more than the bytes they save.
 */
export class BinaryArray {
  private buffer: Buffer;
  private end = HEADER_BYTES;
  private count = 0;
  private hasNull = false;

  constructor(
    private readonly type: ArrayElementType,
    expectedElements = 64,
  ) {
    this.buffer = Buffer.allocUnsafe(HEADER_BYTES + expectedElements * 12);
  }

  get length(): number {
    return this.count;
  }

  /** NULL for null or undefined. */
  float8(value: number | null | undefined): this {
    if (value === null || value === undefined) return this.null();
    this.reserve(12);
    this.buffer.writeInt32BE(8, this.end);
    this.buffer.writeDoubleBE(value, this.end + 4);
    return this.added(12);
  }

  int4(value: number): this {
    this.reserve(8);
    this.buffer.writeInt32BE(4, this.end);
    this.buffer.writeInt32BE(value, this.end + 4);
    return this.added(8);
  }

  /** An instant given as epoch milliseconds (PostgreSQL keeps microseconds since 2000). */
  timestamptz(epochMs: number): this {
    const micros = (epochMs - POSTGRES_EPOCH_MS) * 1000;
    this.reserve(12);
    this.buffer.writeInt32BE(8, this.end);
    if (Number.isSafeInteger(micros)) {
      const high = Math.floor(micros / TWO_TO_32);
      this.buffer.writeInt32BE(high, this.end + 4);
      this.buffer.writeUInt32BE(micros - high * TWO_TO_32, this.end + 8);
    } else {
      // Beyond 2^53 µs (before 1715 or after 2285) a double no longer holds every microsecond.
      this.buffer.writeBigInt64BE(BigInt(epochMs - POSTGRES_EPOCH_MS) * 1000n, this.end + 4);
    }
    return this.added(12);
  }

  text(value: string): this {
    this.reserve(4 + value.length * 3);
    const bytes = this.buffer.write(value, this.end + 4, 'utf8');
    this.buffer.writeInt32BE(bytes, this.end);
    return this.added(4 + bytes);
  }

  /** The array as PostgreSQL reads it (a view of this builder's memory: add nothing after). */
  toBuffer(): Buffer {
    const buffer = this.buffer;
    if (this.count === 0) {
      // No dimensions: the empty array.
      buffer.writeInt32BE(0, 0);
      buffer.writeInt32BE(0, 4);
      buffer.writeInt32BE(ARRAY_ELEMENT[this.type], 8);
      return buffer.subarray(0, 12);
    }
    buffer.writeInt32BE(1, 0);
    buffer.writeInt32BE(this.hasNull ? 1 : 0, 4);
    buffer.writeInt32BE(ARRAY_ELEMENT[this.type], 8);
    buffer.writeInt32BE(this.count, 12);
    buffer.writeInt32BE(1, 16);
    return buffer.subarray(0, this.end);
  }

  private null(): this {
    this.reserve(4);
    this.buffer.writeInt32BE(-1, this.end);
    this.hasNull = true;
    return this.added(4);
  }

  private added(bytes: number): this {
    this.end += bytes;
    this.count += 1;
    return this;
  }

  private reserve(bytes: number): void {
    if (this.end + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.end + bytes));
    this.buffer.copy(grown, 0, 0, this.end);
    this.buffer = grown;
  }
}
