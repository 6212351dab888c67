// Streaming file input for ingest: bytes in chunks, gunzipped when the file starts with the gzip
// magic number (whatever its name), so a large export is never read into memory at once.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

const GZIP_MAGIC = [0x1f, 0x8b];

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
  } finally {
    await handle.close();
  }
}

/** The file's bytes, decompressed if gzipped; `onRawBytes` sees the on-disk byte count (for progress). */
export async function* readInputBytes(path: string, onRawBytes?: (count: number) => void): AsyncGenerator<Uint8Array> {
  const gzipped = await isGzip(path);
  const raw = createReadStream(path, { highWaterMark: 64 * 1024 });
  if (onRawBytes) raw.on('data', (chunk) => onRawBytes(chunk.length));
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  if (gzipped) raw.on('error', (error) => stream.destroy(error));
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } finally {
    raw.destroy();
    stream.destroy();
  }
}

export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}
