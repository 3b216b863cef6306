#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

namespace Gpsi {

// Shared by the data tables of app/eventlog (event catalogue, error codes): load a built-in
// table from the resources once, and open a table document with one clear error.

// Loads T from a resource with T::load(json, &out, &error); an unreadable or broken built-in
// table is logged and gives an empty one (the tests catch that case).
template<typename T>
T loadBuiltinTable(const QString &resource, const char *what, const QLoggingCategory &category)
{
    T table;
    QFile file(resource);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(category) << "cannot open the built-in" << what;
    } else if (!T::load(file.readAll(), &table, &error)) {
        qCWarning(category) << "the built-in" << what << "is broken:" << error;
        table = T();
    }
    return table;
}

// Parses a table document: an object with an array under arrayKey. On failure *error says
// why, prefixed with the table's name ("event catalogue: ...").
inline bool openTableDocument(const QByteArray &json, const QString &tableName,
                              const QString &arrayKey, QJsonObject *root, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QString reason;
    if (parseError.error != QJsonParseError::NoError) {
        reason = QStringLiteral("%1: %2 at offset %3")
                     .arg(tableName, parseError.errorString())
                     .arg(parseError.offset);
    } else if (!doc.isObject() || !doc.object().value(arrayKey).isArray()) {
        reason = QStringLiteral("%1: no \"%2\" array").arg(tableName, arrayKey);
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    *root = doc.object();
    return true;
}

} // namespace Gpsi
