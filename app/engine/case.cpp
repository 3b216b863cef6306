#include "case.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "io/inputfile.h"
#include "io/outputfile.h"

Q_LOGGING_CATEGORY(lcCase, "gpsi.core.case", QtInfoMsg)

namespace Gpsi {

namespace {
const QString kFormat = QStringLiteral("gpsi-doctor-case");
constexpr qint64 kMaxCaseFileSize = 16 * 1024 * 1024;
} // namespace

QJsonObject CaseOptions::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("checkTimeoutSeconds"), checkTimeoutSeconds);
    o.insert(QStringLiteral("connectTimeoutSeconds"), connectTimeoutSeconds);
    o.insert(QStringLiteral("smbPort"), smbPort);
    o.insert(QStringLiteral("nbssPort"), nbssPort);
    QJsonObject overrides;
    for (auto it = hostOverrides.cbegin(); it != hostOverrides.cend(); ++it)
        overrides.insert(it.key(), it.value());
    o.insert(QStringLiteral("hostOverrides"), overrides);
    if (!keytab.isEmpty())
        o.insert(QStringLiteral("keytab"), keytab);
    if (!keytabPrincipal.isEmpty())
        o.insert(QStringLiteral("keytabPrincipal"), keytabPrincipal);
    if (!knowledgeFiles.isEmpty())
        o.insert(QStringLiteral("knowledgeFiles"), QJsonArray::fromStringList(knowledgeFiles));
    if (liveEvents) {
        o.insert(QStringLiteral("liveEvents"), true);
        o.insert(QStringLiteral("liveEventsDays"), liveEventsDays);
    }
    return o;
}

CaseOptions CaseOptions::fromJson(const QJsonObject &o)
{
    CaseOptions opts;
    opts.checkTimeoutSeconds =
        qBound(1, o.value(QStringLiteral("checkTimeoutSeconds")).toInt(30), 3600);
    opts.connectTimeoutSeconds =
        qBound(1, o.value(QStringLiteral("connectTimeoutSeconds")).toInt(3), 600);
    const auto port = [&o](const char *key, int fallback) {
        const int value = o.value(QLatin1String(key)).toInt(fallback);
        return quint16(value >= 1 && value <= 65535 ? value : fallback);
    };
    opts.smbPort = port("smbPort", 445);
    opts.nbssPort = port("nbssPort", 139);
    opts.keytab = o.value(QStringLiteral("keytab")).toString();
    opts.keytabPrincipal = o.value(QStringLiteral("keytabPrincipal")).toString();
    opts.liveEvents = o.value(QStringLiteral("liveEvents")).toBool(false);
    opts.liveEventsDays =
        qBound(0, o.value(QStringLiteral("liveEventsDays")).toInt(opts.liveEventsDays), 3650);
    for (const QJsonValue &file : o.value(QStringLiteral("knowledgeFiles")).toArray()) {
        if (file.isString() && !file.toString().isEmpty())
            opts.knowledgeFiles << file.toString();
    }
    const QJsonObject overrides = o.value(QStringLiteral("hostOverrides")).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        // Only IP addresses: an override stands in for the resolver's answer.
        if (QHostAddress(it.value().toString()).isNull())
            qCWarning(lcCase) << "ignoring host override" << it.key() << "->"
                              << it.value().toString() << "(not an IP address)";
        else
            opts.hostOverrides.insert(it.key().toLower(), it.value().toString());
    }
    return opts;
}

QJsonObject Case::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("ticket"), ticket);
    o.insert(QStringLiteral("technician"), technician);
    o.insert(QStringLiteral("notes"), notes);
    o.insert(QStringLiteral("packagePaths"), QJsonArray::fromStringList(packagePaths));
    QJsonArray ev;
    for (const EvidenceFile &e : evidence) {
        QJsonObject eo;
        eo.insert(QStringLiteral("path"), e.path);
        eo.insert(QStringLiteral("addedAt"),
                  e.addedAt.isValid() ? e.addedAt.toUTC().toString(Qt::ISODate) : QString());
        ev.append(eo);
    }
    o.insert(QStringLiteral("evidence"), ev);
    o.insert(QStringLiteral("options"), options.toJson());
    o.insert(QStringLiteral("acceptedFindings"), QJsonArray::fromStringList(acceptedFindings));
    return o;
}

bool Case::fromJson(const QJsonObject &o, Case *out, QString *error)
{
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        if (error)
            *error = tr("not a GPSI Doctor case file (missing \"format\": \"%1\")").arg(kFormat);
        return false;
    }
    const int version = o.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > FormatVersion) {
        if (error)
            *error = tr("case file format version %1 is not supported (this build reads up to %2)")
                         .arg(version)
                         .arg(FormatVersion);
        return false;
    }
    const QJsonValue paths = o.value(QStringLiteral("packagePaths"));
    if (!paths.isUndefined() && !paths.isArray()) {
        if (error)
            *error = tr("\"packagePaths\" must be a list of strings");
        return false;
    }
    Case c;
    c.title = o.value(QStringLiteral("title")).toString();
    c.ticket = o.value(QStringLiteral("ticket")).toString();
    c.technician = o.value(QStringLiteral("technician")).toString();
    c.notes = o.value(QStringLiteral("notes")).toString();
    for (const QJsonValue &v : paths.toArray()) {
        if (!v.isString()) {
            if (error)
                *error = tr("\"packagePaths\" must be a list of strings");
            return false;
        }
        c.packagePaths << v.toString();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject eo = v.toObject();
        EvidenceFile e;
        e.path = eo.value(QStringLiteral("path")).toString();
        e.addedAt =
            QDateTime::fromString(eo.value(QStringLiteral("addedAt")).toString(), Qt::ISODate);
        if (!e.path.isEmpty())
            c.evidence << e;
    }
    c.options = CaseOptions::fromJson(o.value(QStringLiteral("options")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("acceptedFindings")).toArray())
        c.acceptedFindings << v.toString();
    *out = c;
    return true;
}

bool Case::save(const QString &fileName, QString *error) const
{
    if (!OutputFile::write(fileName, QJsonDocument(toJson()).toJson(QJsonDocument::Indented),
                           error))
        return false;
    qCDebug(lcCase) << "saved case" << fileName;
    return true;
}

bool Case::load(const QString &fileName, Case *out, QString *error)
{
    InputFile input(fileName);
    if (!input.open()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    if (input.size() > kMaxCaseFileSize) {
        if (error)
            *error = tr("%1 is too large to be a case file").arg(fileName);
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(input.data().toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("%1 is not valid JSON (offset %2: %3)")
                         .arg(fileName)
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    QString reason;
    if (!fromJson(doc.object(), out, &reason)) {
        if (error)
            *error = tr("%1: %2").arg(fileName, reason);
        return false;
    }
    return true;
}

} // namespace Gpsi
