// Fuzz target: reading an EVTX file (file header, chunks, binary XML, templates), with the full XML
// render and one worker (the thread pool is exercised by the unit tests; here every record must be
// reached deterministically).
#include <QByteArrayView>

#include <cstdint>

#include "eventlog/evtxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Gpsi::EvtxReader reader;
    Gpsi::ReadOptions options;
    options.renderXml = true;
    options.threads = 1;
    qint64 count = 0;
    (void)reader.readData(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                          options, [&count](const Gpsi::EventRecord &record) {
                              count += record.data.size() + record.xml.size();
                              return true;
                          });
    return 0;
}
