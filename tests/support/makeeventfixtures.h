#pragma once

// The KB 323304 event sets, described once in C++ and written as every input format GPSI
// Doctor reads (tests/fixtures/events/, see tests/fixtures/README.md). Used by the
// make_event_fixtures program and by tst_evtxwriter, which regenerates the files and checks
// they equal the committed ones byte for byte.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include "eventlog/eventrecord.h"

namespace Gpsi::Test {

// Windows XP, Application log (one file also holds the boots and service noise).
QList<Gpsi::EventRecord> kb323304XpEvents();
// Windows 7, System log.
QList<Gpsi::EventRecord> kb323304Win7SystemEvents();
// Windows 7, Microsoft-Windows-GroupPolicy/Operational.
QList<Gpsi::EventRecord> kb323304Win7OperationalEvents();

// The message Event Viewer shows for one of these events (the real message templates with
// the insertion strings and %%N error texts expanded); empty for an unknown event.
QString renderFixtureMessage(const Gpsi::EventRecord &record);

// Every fixture file by name, with its exact content.
QMap<QString, QByteArray> eventFixtureFiles();

// Seeds for the EVTX fuzz target (tests/fuzz/corpus/evtx): one chunk with typed values and
// awkward strings, two chunks with Windows' string arrays for classic events, two chunks of
// which the first is corrupt, and the one-chunk file cut at 4096 + 2000 bytes.
QMap<QString, QByteArray> evtxFuzzSeeds();

// Writes eventFixtureFiles() into dir (created if missing). Returns an error text, or empty.
QString writeEventFixtures(const QString &dir);
// Writes evtxFuzzSeeds() into dir.
QString writeEvtxFuzzSeeds(const QString &dir);

} // namespace Gpsi::Test
