#include "modulemetadata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Gpsi {

const QStringList &ModuleMetadata::knownCategories()
{
    static const QStringList categories = {
        QStringLiteral("path"),           QStringLiteral("network"), QStringLiteral("server"),
        QStringLiteral("authentication"), QStringLiteral("events"),  QStringLiteral("client"),
        QStringLiteral("other")};
    return categories;
}

const QStringList &ModuleMetadata::knownPlatforms()
{
    static const QStringList platforms = {QStringLiteral("any"), QStringLiteral("windows"),
                                          QStringLiteral("linux"), QStringLiteral("macos")};
    return platforms;
}

QString ModuleMetadata::currentPlatform()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("linux");
#endif
}

bool ModuleMetadata::isValidFactKey(const QString &key, bool allowWildcard)
{
    static const QRegularExpression plain(
        QStringLiteral("^[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)*$"));
    static const QRegularExpression wildcard(
        QStringLiteral("^[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)*\\.\\*$"));
    if (key.size() > 128)
        return false;
    return plain.match(key).hasMatch() || (allowWildcard && wildcard.match(key).hasMatch());
}

namespace {

// Whether the field is there; a required one that is not is reported.
bool present(const QJsonObject &o, const QString &field, bool required, QStringList *errors)
{
    if (!o.value(field).isUndefined())
        return true;
    if (required)
        errors->append(ModuleMetadata::tr("\"%1\" is missing").arg(field));
    return false;
}

bool readStringList(const QJsonObject &o, const QString &field, bool required, QStringList *out,
                    QStringList *errors)
{
    if (!present(o, field, required, errors))
        return !required;
    const QJsonValue v = o.value(field);
    if (!v.isArray()) {
        errors->append(ModuleMetadata::tr("\"%1\" must be a list of strings").arg(field));
        return false;
    }
    bool ok = true;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            errors->append(ModuleMetadata::tr("\"%1\"[%2] must be a string").arg(field).arg(i));
            ok = false;
            continue;
        }
        out->append(array.at(i).toString());
    }
    return ok;
}

bool readString(const QJsonObject &o, const QString &field, bool required, QString *out,
                QStringList *errors)
{
    if (!present(o, field, required, errors))
        return !required;
    const QJsonValue v = o.value(field);
    if (!v.isString()) {
        errors->append(ModuleMetadata::tr("\"%1\" must be a string").arg(field));
        return false;
    }
    *out = v.toString().trimmed();
    if (required && out->isEmpty()) {
        errors->append(ModuleMetadata::tr("\"%1\" must not be empty").arg(field));
        return false;
    }
    return true;
}

void readDeclarations(const QJsonObject &o, ModuleMetadata *m, QStringList *problems)
{
    if (!present(o, QStringLiteral("provides"), true, problems))
        return;
    const QJsonValue v = o.value(QLatin1String("provides"));
    if (!v.isArray() || v.toArray().isEmpty()) {
        problems->append(ModuleMetadata::tr("\"provides\" must be a non-empty list of fact "
                                            "declarations"));
        return;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("\"provides\"[%1]").arg(i);
        FactDeclaration d;
        if (!FactDeclaration::fromJson(array.at(i), where, &d, problems))
            continue;
        if (!ModuleMetadata::isValidFactKey(d.key, true))
            problems->append(
                ModuleMetadata::tr("%1.key: \"%2\" is not a valid fact key").arg(where, d.key));
        else if (m->providedFacts.contains(d.key))
            problems->append(
                ModuleMetadata::tr("%1.key: \"%2\" is declared twice").arg(where, d.key));
        m->declarations << d;
        m->providedFacts << d.key;
    }
}

} // namespace

bool ModuleMetadata::fromJson(const QJsonObject &o, ModuleMetadata *out, QStringList *errors)
{
    QStringList problems;
    ModuleMetadata m;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]{1,63}$"));

    if (readString(o, QStringLiteral("id"), true, &m.id, &problems) &&
        !idPattern.match(m.id).hasMatch()) {
        problems << tr("\"id\" \"%1\" must be 2-64 characters of a-z, 0-9 and '-', starting "
                       "with a letter")
                        .arg(m.id);
    }
    readString(o, QStringLiteral("title"), true, &m.title, &problems);
    readString(o, QStringLiteral("description"), true, &m.description, &problems);
    readString(o, QStringLiteral("version"), false, &m.version, &problems);
    if (readString(o, QStringLiteral("category"), true, &m.category, &problems) &&
        !m.category.isEmpty() && !knownCategories().contains(m.category)) {
        problems << tr("\"category\" \"%1\" is not one of: %2")
                        .arg(m.category, knownCategories().join(QStringLiteral(", ")));
    }
    if (readStringList(o, QStringLiteral("requires"), false, &m.requiredFacts, &problems)) {
        for (const QString &key : std::as_const(m.requiredFacts)) {
            if (!isValidFactKey(key, false))
                problems << tr("\"requires\" names an invalid fact key \"%1\"").arg(key);
        }
    }
    if (readStringList(o, QStringLiteral("uses"), false, &m.usedFacts, &problems)) {
        for (const QString &key : std::as_const(m.usedFacts)) {
            if (!isValidFactKey(key, false))
                problems << tr("\"uses\" names an invalid fact key \"%1\"").arg(key);
        }
    }
    readDeclarations(o, &m, &problems);
    for (const QString &key : std::as_const(m.requiredFacts)) {
        if (m.provides(key))
            problems << tr("\"%1\" is both required and provided").arg(key);
    }
    for (const QString &key : std::as_const(m.usedFacts)) {
        if (m.provides(key))
            problems << tr("\"%1\" is both used and provided").arg(key);
    }
    if (readStringList(o, QStringLiteral("platforms"), true, &m.platforms, &problems)) {
        if (m.platforms.isEmpty())
            problems << tr("\"platforms\" must name at least one platform");
        for (const QString &p : std::as_const(m.platforms)) {
            if (!knownPlatforms().contains(p))
                problems << tr("\"platforms\" names an unknown platform \"%1\" (known: %2)")
                                .arg(p, knownPlatforms().join(QStringLiteral(", ")));
        }
    }
    QString scope;
    if (readString(o, QStringLiteral("scope"), false, &scope, &problems) && !scope.isEmpty()) {
        if (scope == QLatin1String("package"))
            m.scope = Scope::Package;
        else if (scope == QLatin1String("case"))
            m.scope = Scope::Case;
        else
            problems << tr("\"scope\" must be \"package\" or \"case\", not \"%1\"").arg(scope);
    }

    if (!problems.isEmpty()) {
        if (errors)
            errors->append(problems);
        return false;
    }
    *out = m;
    return true;
}

QJsonObject ModuleMetadata::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("category"), category);
    if (!version.isEmpty())
        o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("requires"), QJsonArray::fromStringList(requiredFacts));
    if (!usedFacts.isEmpty())
        o.insert(QStringLiteral("uses"), QJsonArray::fromStringList(usedFacts));
    QJsonArray provides;
    for (const FactDeclaration &d : declarations)
        provides.append(d.toJson());
    o.insert(QStringLiteral("provides"), provides);
    o.insert(QStringLiteral("platforms"), QJsonArray::fromStringList(platforms));
    o.insert(QStringLiteral("scope"),
             scope == Scope::Case ? QStringLiteral("case") : QStringLiteral("package"));
    return o;
}

const FactDeclaration *ModuleMetadata::declaration(const QString &factKey) const
{
    for (const FactDeclaration &d : declarations) {
        if (d.covers(factKey))
            return &d;
    }
    return nullptr;
}

bool ModuleMetadata::reads(const QString &factKey) const
{
    return requiredFacts.contains(factKey) || usedFacts.contains(factKey);
}

bool ModuleMetadata::supportsCurrentPlatform() const
{
    return platforms.contains(QLatin1String("any")) || platforms.contains(currentPlatform());
}

} // namespace Gpsi
