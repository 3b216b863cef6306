#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

#include "fact.h"

namespace Gpsi {

// What a module declares about one fact it provides, in its metadata's "provides" list: the
// single source of truth the runner checks produced values against and the knowledge-base
// loader checks conditions and placeholders against (docs/knowledge-base.md).
struct FactDeclaration
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::FactDeclaration)

public:
    QString key; // "server.os.family", or a family "events.package.*"
    Fact::Type type = Fact::Type::Invalid;
    QStringList values;        // for string and string-list: the allowed ids (empty = free text)
    std::optional<double> min; // for integer and double
    std::optional<double> max;
    bool optional = false; // produced only in some circumstances of a completed run
    QString meaning;       // one line, for people writing rules

    bool isFamily() const { return key.endsWith(QLatin1String(".*")); }
    bool covers(const QString &factKey) const;
    bool isEnumeration() const { return !values.isEmpty(); }

    // Why `value` breaks the declaration, or an empty string when it keeps it.
    QString violation(const QVariant &value) const;

    // Parses one "provides" entry; `where` names it in messages ("provides[3]").
    static bool fromJson(const QJsonValue &json, const QString &where, FactDeclaration *out,
                         QStringList *errors);
    QJsonObject toJson() const;

    // "bool", "integer", "double", "string", "string-list" (the metadata's spelling).
    static QString typeId(Fact::Type type);
    static Fact::Type typeFromId(const QString &id);
};

} // namespace Gpsi
