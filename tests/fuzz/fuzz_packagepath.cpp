// Fuzz target: PackagePath::parse on arbitrary UTF-8 / UTF-16 text.
#include <QString>

#include <cstdint>

#include "engine/packagepath.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &text :
         {QString::fromUtf8(bytes),
          QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData()),
                             bytes.size() / 2)}) {
        const Gpsi::PackagePath p = Gpsi::PackagePath::parse(text);
        (void)p.kindTitle();
        (void)p.canonicalUnc();
        (void)Gpsi::PackagePath::parse(p.normalized);
    }
    return 0;
}
