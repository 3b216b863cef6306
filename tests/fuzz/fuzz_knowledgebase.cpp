// Fuzz target: the knowledge-base loader and, when a document loads, its evaluation.
#include <QByteArray>

#include <cstdint>

#include "engine/diagnosis.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Gpsi::KnowledgeBase kb;
    QStringList errors;
    if (Gpsi::KnowledgeBase::load(json, &kb, &errors)) {
        Gpsi::FactSet facts;
        Gpsi::Fact f;
        f.key = QStringLiteral("path.kind");
        f.value = QStringLiteral("unc");
        f.subject = QStringLiteral("s");
        facts.add(f);
        (void)kb.evaluate(facts, {QStringLiteral("s")});
    }
    return 0;
}
