// The few facts about an OLE compound file (MS-CFB: .doc, and an encrypted .docx) that decide how
// to read it, without a parser library: the names of its streams and the first bytes of one.
// Password-protected Office files are compound files too: an encrypted .docx is one holding an
// `EncryptedPackage` stream (MS-OFFCRYPTO), an encrypted .doc has fEncrypted set in the FIB at the
// start of its `WordDocument` stream. Every read is bounds-checked and every sector chain is cut at
// the number of sectors the file has, so a damaged or looping file costs no more than its size.

const FREE = -1; // FREESECT and ENDOFCHAIN are both negative
const HEADER = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const DIRECTORY_ENTRY = 128;

export interface OleEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root */
  type: number;
  start: number;
  size: number;
}

export interface OleFile {
  entries: OleEntry[];
  /** the first `length` bytes of a stream (fewer when it is shorter), or null when it cannot be read */
  head(entry: OleEntry, length: number): Uint8Array | null;
}

/** The directory of a compound file, or null when the bytes are not a readable one. */
export function readOle(bytes: Uint8Array): OleFile | null {
  if (bytes.byteLength < HEADER) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const sectors = Math.floor((bytes.byteLength - HEADER) / sectorSize);
  const offsetOf = (sector: number) => HEADER + sector * sectorSize;
  const int = (offset: number) => (offset + 4 <= bytes.byteLength ? view.getInt32(offset, true) : FREE);

  // the FAT's own sectors: 109 in the header, the rest through the DIFAT chain
  const fatSectors: number[] = [];
  for (let index = 0; index < 109; index++) fatSectors.push(int(76 + index * 4));
  for (let difat = int(68), hops = 0; difat >= 0 && difat < sectors && hops < sectors; hops++) {
    for (let index = 0; index < sectorSize / 4 - 1; index++) fatSectors.push(int(offsetOf(difat) + index * 4));
    difat = int(offsetOf(difat) + sectorSize - 4);
  }
  const fat: number[] = [];
  for (const sector of fatSectors) {
    if (sector < 0 || sector >= sectors) continue;
    for (let index = 0; index < sectorSize / 4; index++) fat.push(int(offsetOf(sector) + index * 4));
  }
  const chain = (start: number, table: number[], limit: number): number[] => {
    const found: number[] = [];
    for (let sector = start; sector >= 0 && sector < limit && found.length < limit; sector = table[sector] ?? FREE) found.push(sector);
    return found;
  };
  const read = (start: number, length: number): Uint8Array => {
    const out = new Uint8Array(Math.min(length, sectors * sectorSize));
    let at = 0;
    for (const sector of chain(start, fat, sectors)) {
      if (at >= out.length) break;
      const piece = bytes.subarray(offsetOf(sector), Math.min(offsetOf(sector) + sectorSize, bytes.byteLength));
      out.set(piece.subarray(0, out.length - at), at);
      at += piece.length;
    }
    return out.subarray(0, Math.min(at, out.length));
  };

  const directory = read(int(48), sectors * sectorSize);
  const entries: OleEntry[] = [];
  const directoryView = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  for (let at = 0; at + DIRECTORY_ENTRY <= directory.length; at += DIRECTORY_ENTRY) {
    const nameBytes = Math.min(64, directoryView.getUint16(at + 64, true));
    const type = directory[at + 66]!;
    if (nameBytes < 2 || type === 0) continue;
    const name = Buffer.from(directory.buffer, directory.byteOffset + at, nameBytes - 2).toString('utf16le');
    entries.push({ name, type, start: directoryView.getInt32(at + 116, true), size: directoryView.getUint32(at + 120, true) });
  }
  const root = entries.find((entry) => entry.type === 5);
  if (!root) return null;

  // streams under 4096 bytes live in the mini stream (the root's data), in 64-byte sectors
  let mini: { fat: number[]; stream: Uint8Array } | null = null;
  const miniOf = () => {
    if (!mini) {
      const miniFat: number[] = [];
      const table = read(int(60), Math.max(0, int(64)) * sectorSize);
      for (let at = 0; at + 4 <= table.length; at += 4) miniFat.push(new DataView(table.buffer, table.byteOffset).getInt32(at, true));
      mini = { fat: miniFat, stream: read(root.start, root.size) };
    }
    return mini;
  };
  const head = (entry: OleEntry, length: number): Uint8Array | null => {
    const wanted = Math.min(length, entry.size);
    if (entry.size >= MINI_CUTOFF) return read(entry.start, wanted);
    const { fat: miniFat, stream } = miniOf();
    const out = new Uint8Array(wanted);
    let at = 0;
    for (const sector of chain(entry.start, miniFat, Math.floor(stream.length / MINI_SECTOR))) {
      if (at >= wanted) break;
      out.set(stream.subarray(sector * MINI_SECTOR, sector * MINI_SECTOR + Math.min(MINI_SECTOR, wanted - at)), at);
      at += MINI_SECTOR;
    }
    return at >= wanted ? out : null;
  };
  return { entries, head };
}

/**
 * Why a compound file is password-protected, or null when it is not (as far as its structure shows):
 * an `EncryptedPackage` stream (an encrypted .docx/.xlsx), or the FIB's fEncrypted bit (0x0100 of
 * the flags at offset 0x0A of `WordDocument`, whose first word is the Word signature 0xA5EC).
 */
export function oleEncryption(ole: OleFile): string | null {
  if (ole.entries.some((entry) => entry.name === 'EncryptedPackage')) return 'an encrypted Office Open XML package';
  const word = ole.entries.find((entry) => entry.name === 'WordDocument' && entry.type === 2);
  const fib = word ? ole.head(word, 12) : null;
  if (fib && fib.length >= 12) {
    const view = new DataView(fib.buffer, fib.byteOffset, fib.byteLength);
    if (view.getUint16(0, true) === 0xa5ec && (view.getUint16(10, true) & 0x0100) !== 0) return 'an encrypted Word 97–2003 document';
  }
  return null;
}
