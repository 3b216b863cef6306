#!/usr/bin/python3
"""Dumps an EVTX file with python-evtx (Debian's python3-evtx) as JSON lines, for the
differential tests of GPSI Doctor's own EVTX reader.

    pyevtx_dump.py FILE

One line per record: {"id", "recordId", "offset", "time", "written", "provider", "eventId",
"xml"}
  id        the record number in the record header
  recordId  System/EventRecordID from the XML (-1 when absent); differs from id in saved logs
  offset    file offset of the record
  time      TimeCreated/@SystemTime as python-evtx renders it ("2012-03-14 04:17:38.276340"),
            or the record header's time when the XML has none
  written   the record header's FILETIME (100 ns ticks)
  provider  Provider/@Name (else @EventSourceName), eventId the EventID text as an integer
  xml       python-evtx's record.xml()
and {"error": "...", "offset": N} for a record (or chunk) python-evtx fails on; it goes on with
the next one. Exit status 0 unless the file cannot be opened; 3 when python-evtx is missing.

Two deliberate changes to python-evtx 0.6:
 - binary values (type 0x0e) are written as upper-case hex, as Windows writes them, instead of
   base64;
 - string arrays (type 0x81) are split at their NUL characters. python-evtx's own splitter
   searches for the next non-empty string anywhere ahead, so an empty item before a non-empty
   one comes out in the wrong place ("", "0" became "0", ""). The output form is python-evtx's:
   "<string>item</string>\n" per item.
"""
import json
import re
import struct
import sys

try:
    import Evtx.Evtx as evtx
    import Evtx.Nodes as nodes
except ImportError as e:  # pragma: no cover
    print(json.dumps({"fatal": "python-evtx is not installed: %s" % e}))
    sys.exit(3)

nodes.BinaryTypeNode.string = lambda self: bytes(self.binary()).hex().upper()


def _string_array(self):
    items = bytes(self.binary()).decode("utf-16-le").split("\x00")
    if items and items[-1] == "":
        items.pop()  # the last item's terminator
    return "".join("<string>%s</string>\n" % item for item in items)


nodes.WstringArrayTypeNode.string = _string_array

SYSTEM_TIME = re.compile(r'<TimeCreated SystemTime="([^"]*)"')
PROVIDER = re.compile(r'<Provider\b([^>]*)>')
ATTR = re.compile(r'(\w+)="([^"]*)"')
EVENT_ID = re.compile(r'<EventID\b[^>]*>\s*(-?\d+)\s*</EventID>')
RECORD_ID = re.compile(r'<EventRecordID>\s*(\d+)\s*</EventRecordID>')


def provider_of(xml):
    m = PROVIDER.search(xml)
    if not m:
        return ""
    attrs = dict(ATTR.findall(m.group(1)))
    return attrs.get("Name") or attrs.get("EventSourceName") or ""


def main():
    if len(sys.argv) != 2:
        print("usage: pyevtx_dump.py FILE", file=sys.stderr)
        return 2
    out = sys.stdout
    try:
        log = evtx.Evtx(sys.argv[1])
        log.__enter__()
    except Exception as e:
        print(json.dumps({"fatal": "%s: %s" % (type(e).__name__, e)}))
        return 1
    try:
        for chunk in log.chunks():
            try:
                records = chunk.records()
                for record in records:
                    offset = record.offset()
                    try:
                        xml = record.xml()
                        written = struct.unpack_from("<Q", bytes(record.data()[16:24]))[0]
                        m = SYSTEM_TIME.search(xml)
                        time = m.group(1) if m else record.timestamp().isoformat(" ")
                        m = RECORD_ID.search(xml)
                        record_id = int(m.group(1)) if m else -1
                        m = EVENT_ID.search(xml)
                        line = {
                            "id": record.record_num(),
                            "recordId": record_id,
                            "offset": offset,
                            "time": time,
                            "written": written,
                            "provider": provider_of(xml),
                            "eventId": int(m.group(1)) if m else -1,
                            "xml": xml,
                        }
                    except Exception as e:
                        line = {"error": "record at 0x%x: %s: %s" % (offset, type(e).__name__, e),
                                "offset": offset}
                    out.write(json.dumps(line) + "\n")
            except Exception as e:
                out.write(json.dumps({"error": "chunk at 0x%x: %s: %s"
                                      % (chunk.offset(), type(e).__name__, e),
                                      "offset": chunk.offset()}) + "\n")
    finally:
        log.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
