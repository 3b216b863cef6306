// Fuzz target: reading Event Viewer / wevtutil text exports, with the full XML render and one
// worker (the thread pool is exercised by the unit tests; here every record must be reached
// deterministically).
#include <QByteArrayView>

#include <cstdint>

#include "eventlog/texteventreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Gpsi::TextEventReader reader;
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
