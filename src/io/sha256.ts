// The content hash every PlanFile records (source.sha256). node:crypto loads on first use: it is ~20
// Node internals to compile, which the extraction thread is spared when its caller hashes.
export async function sha256Of(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}
