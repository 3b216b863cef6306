// Fuzz target: telling an event log's format from its first bytes.
#include <QByteArray>

#include <cstdint>

#include "eventlog/logformat.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Gpsi::LogFormat::detectBytes(head, head.size());
    return 0;
}
