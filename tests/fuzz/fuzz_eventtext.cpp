// Fuzz target: EventText::extract on pasted text.
#include <QString>

#include <cstdint>

#include "eventlog/eventtext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Gpsi::EventText e = Gpsi::EventText::extract(text);
    (void)e.summary();
    return 0;
}
