#!/usr/bin/python3
"""Builds a large .evtx for the event-reading benchmark from the REAL chunks of the shared
samples (../shared/data/evtx/*.evtx).

Chunks are self-contained (records never span chunks, names and templates are chunk-relative),
so a big file is a fresh 4 KiB file header followed by real chunks copied unchanged, round robin
over the samples until the size is reached. Only chunks whose magic, header CRC32 and records
CRC32 check out are used. The new header gets the chunk count, the last chunk number, the next
record id (highest last record id of the chunks + 1) and its CRC32; format 3.1, not dirty.

usage: makebigevtx.py OUTPUT SIZE_MIB [SOURCE_DIR]
       (SOURCE_DIR defaults to $GPSI_SHARED_DIR/data/evtx or ../shared/data/evtx next to the repo)
Prints one line: chunks, records, bytes, and how many source chunks were usable.
"""

import glob
import os
import struct
import sys
import zlib

HEADER_SIZE = 4096
CHUNK_SIZE = 65536


def good_chunks(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"ElfFile\x00":
        return []
    out = []
    for off in range(HEADER_SIZE, len(data) - CHUNK_SIZE + 1, CHUNK_SIZE):
        chunk = data[off:off + CHUNK_SIZE]
        if chunk[:8] != b"ElfChnk\x00":
            continue
        free = struct.unpack_from("<I", chunk, 48)[0]
        if free < 512 or free > CHUNK_SIZE:
            continue
        header_crc = zlib.crc32(chunk[:120] + chunk[128:512]) & 0xFFFFFFFF
        data_crc = zlib.crc32(chunk[512:free]) & 0xFFFFFFFF
        if header_crc != struct.unpack_from("<I", chunk, 124)[0]:
            continue
        if data_crc != struct.unpack_from("<I", chunk, 52)[0]:
            continue
        first_id, last_id = struct.unpack_from("<QQ", chunk, 24)
        records = last_id - first_id + 1 if last_id >= first_id else 0
        out.append((chunk, last_id, records))
    return out


def main():
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    output = sys.argv[1]
    size_mib = float(sys.argv[2])
    if len(sys.argv) > 3:
        source = sys.argv[3]
    else:
        shared = os.environ.get("GPSI_SHARED_DIR") or os.path.join(
            os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared")
        source = os.path.join(shared, "data", "evtx")
    files = sorted(glob.glob(os.path.join(source, "*.evtx")))
    per_file = [good_chunks(p) for p in files]
    per_file = [c for c in per_file if c]
    usable = sum(len(c) for c in per_file)
    if not usable:
        sys.stderr.write("makebigevtx: no usable chunks in %s\n" % source)
        return 1
    # Round robin over the files so every sample's chunks are mixed through the file.
    order = []
    depth = max(len(c) for c in per_file)
    for i in range(depth):
        for chunks in per_file:
            if i < len(chunks):
                order.append(chunks[i])
    target = int(size_mib * 1024 * 1024)
    count = max(1, (target - HEADER_SIZE + CHUNK_SIZE - 1) // CHUNK_SIZE)
    if count > 0xFFFF:
        sys.stderr.write("makebigevtx: at most 65535 chunks (4 GiB)\n")
        return 2
    last_id = 0
    records = 0
    with open(output, "wb") as out:
        out.write(b"\0" * HEADER_SIZE)
        for i in range(count):
            chunk, chunk_last_id, chunk_records = order[i % len(order)]
            out.write(chunk)
            last_id = max(last_id, chunk_last_id)
            records += chunk_records
        header = bytearray(HEADER_SIZE)
        header[0:8] = b"ElfFile\x00"
        struct.pack_into("<QQQIHHHH", header, 8, 0, count - 1, last_id + 1, 128, 1, 3,
                         HEADER_SIZE, count)
        struct.pack_into("<I", header, 120, 0)
        struct.pack_into("<I", header, 124, zlib.crc32(bytes(header[:120])) & 0xFFFFFFFF)
        out.seek(0)
        out.write(header)
    print("%s: %d chunks, %d records, %d bytes (from %d usable chunks of %d files)" %
          (output, count, records, HEADER_SIZE + count * CHUNK_SIZE, usable, len(per_file)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
