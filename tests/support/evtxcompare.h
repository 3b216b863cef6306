#pragma once

// Differential testing of EVTX readers against python-evtx (Debian's python3-evtx), which
// tests/support/pyevtx_dump.py drives. Used by the EVTX reader tests and the test-writer tests.

#include <QList>
#include <QString>
#include <QStringList>

namespace Gpsi {

// One record as python-evtx reads it.
struct PyEvtxRecord
{
    quint64 number = 0;   // the record number in the record header
    qint64 recordId = -1; // System/EventRecordID from the XML, -1 when absent
    qint64 offset = -1;   // file offset of the record
    QString time;         // TimeCreated/@SystemTime as python-evtx writes it (see pyEvtxTimeText)
    qint64 written = 0;   // the record header's FILETIME
    QString provider;     // Provider/@Name, else @EventSourceName
    int eventId = -1;     // the EventID text, -1 when there is none
    QString xml;          // record.xml()
};

// Where pyevtx_dump.py is: $GPSI_SOURCE_DIR/tests/support, else next to this source file.
QString pyEvtxScript();

// Runs pyevtx_dump.py on file with /usr/bin/python3. Returns false with why set when the
// interpreter, python3-evtx or the script is missing (callers QSKIP) or the run fails outright;
// records python-evtx could not read are listed in errors ("record at 0x1200: ...").
bool runPyEvtx(const QString &file, QList<PyEvtxRecord> *records, QStringList *errors,
               QString *why);

// FILETIME ticks in python-evtx's text ("2012-03-14 04:17:38.276340"; no fraction when the
// microseconds are 0). Our reader renders SystemTime the same way.
QString pyEvtxTimeText(qint64 fileTime);

// A canonical form of one event's XML so two renderings of the same event compare equal:
//  - whitespace-only text between tags is dropped (python-evtx puts "\n" after end tags);
//  - character and entity references are decoded, then &, <, >, " and ' are escaped again
//    everywhere; attribute values are written in double quotes (python-evtx does not escape
//    quotes inside attribute values: a quote ends the value only where an attribute or the tag
//    end follows);
//  - characters XML 1.0 cannot carry (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F) and U+007F
//    are dropped (python-evtx drops most of them, our XML drops them all);
//  - attributes with an empty value are dropped (python-evtx writes an optional substitution
//    without a value as Name="", Windows and our reader leave the attribute out);
//  - <x/> becomes <x></x>; CDATA sections become escaped text;
//  - an element whose only content is python-evtx's rendering of a string array
//    ("<string>a</string>\n<string>b</string>\n", escaped) becomes one element per item, which
//    is how Windows (MS-EVEN6 "Array Types") and our reader render arrays.
QString normaliseEventXml(const QString &xml);

} // namespace Gpsi
