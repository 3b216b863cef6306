// Fuzz target: reading a case file.
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

#include "engine/case.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    Gpsi::Case c;
    QString error;
    if (Gpsi::Case::fromJson(doc.object(), &c, &error))
        (void)c.toJson();
    return 0;
}
