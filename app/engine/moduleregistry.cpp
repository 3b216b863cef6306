#include "moduleregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>

Q_LOGGING_CATEGORY(lcRegistry, "gpsi.core.registry", QtInfoMsg)

namespace Gpsi {

bool ModuleRegistry::registerModule(const QJsonObject &metadata,
                                    std::function<std::unique_ptr<CheckModule>()> factory,
                                    const QString &source)
{
    return add(metadata, std::move(factory), source);
}

bool ModuleRegistry::registerModuleFromFile(const QString &metadataFile,
                                            std::function<std::unique_ptr<CheckModule>()> factory)
{
    QFile file(metadataFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append(
            {metadataFile, tr("cannot read module metadata: %1").arg(file.errorString())});
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        m_errors.append({metadataFile, tr("module metadata is not a JSON object (offset %1: %2)")
                                           .arg(parseError.offset)
                                           .arg(parseError.errorString())});
        return false;
    }
    return add(doc.object(), std::move(factory), QStringLiteral("built-in"));
}

bool ModuleRegistry::add(const QJsonObject &json,
                         std::function<std::unique_ptr<CheckModule>()> factory,
                         const QString &source)
{
    ModuleMetadata metadata;
    QStringList problems;
    if (!ModuleMetadata::fromJson(json, &metadata, &problems)) {
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString message =
            tr("invalid module metadata%1: %2")
                .arg(id.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(id),
                     problems.join(QStringLiteral("; ")));
        qCWarning(lcRegistry).noquote() << source << message;
        m_errors.append({source, message});
        return false;
    }
    if (find(metadata.id)) {
        const QString message =
            tr("a module with id \"%1\" is already registered (from %2); this one is skipped")
                .arg(metadata.id, find(metadata.id)->metadata.source);
        qCWarning(lcRegistry).noquote() << source << message;
        m_errors.append({source, message});
        return false;
    }
    metadata.source = source;
    m_modules.append({metadata, std::move(factory)});
    qCDebug(lcRegistry) << "registered module" << metadata.id << "from" << source;
    return true;
}

namespace {

// Why a plugin with another interface id is refused, in the admin's terms: the version it was
// built for when it is one of ours, otherwise that it is no check module at all.
QString interfaceMismatch(const QString &iid)
{
    const QString ours = QStringLiteral(GpsiCheckModuleFactory_iid);
    const QString family = ours.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
    const QString wanted = ours.section(QLatin1Char('/'), 1);
    if (iid.startsWith(family)) {
        return ModuleRegistry::tr("built against check interface %1; this version of GPSI Doctor "
                                  "loads interface %2 only (rebuild the plugin against its "
                                  "checkmodule.h)")
            .arg(iid.mid(family.size()), wanted);
    }
    return ModuleRegistry::tr("plugin implements interface \"%1\", not a GPSI Doctor check "
                              "module (\"%2\")")
        .arg(iid, ours);
}

} // namespace

int ModuleRegistry::loadPlugins(const QString &directory)
{
    QDir dir(directory);
    if (!dir.exists())
        return 0;
    int loaded = 0;
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!QLibrary::isLibrary(entry.fileName()))
            continue;
        if (loadPlugin(entry.absoluteFilePath()))
            ++loaded;
    }
    return loaded;
}

bool ModuleRegistry::loadPlugin(const QString &fileName)
{
    auto loader = std::make_shared<QPluginLoader>(fileName);
    // metaData() reads the embedded JSON without running any of the plugin's code.
    const QJsonObject raw = loader->metaData();
    if (raw.isEmpty()) {
        m_errors.append(
            {fileName,
             tr("not a Qt plugin, or its metadata cannot be read: %1").arg(loader->errorString())});
        return false;
    }
    const QString iid = raw.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(GpsiCheckModuleFactory_iid)) {
        m_errors.append({fileName, interfaceMismatch(iid)});
        return false;
    }
    const QJsonValue meta = raw.value(QStringLiteral("MetaData"));
    if (!meta.isObject()) {
        m_errors.append(
            {fileName, tr("plugin carries no module metadata (Q_PLUGIN_METADATA FILE)")});
        return false;
    }
    ModuleMetadata probe;
    QStringList problems;
    if (!ModuleMetadata::fromJson(meta.toObject(), &probe, &problems)) {
        return add(meta.toObject(), {}, fileName); // records the validation error
    }
    QObject *root = loader->instance();
    auto *factory = qobject_cast<CheckModuleFactory *>(root);
    if (!factory) {
        m_errors.append(
            {fileName, root ? tr("plugin root object does not implement the check module interface")
                            : tr("cannot load plugin: %1").arg(loader->errorString())});
        return false;
    }
    // The loader stays alive (and the library loaded) as long as the factory function exists.
    return add(
        meta.toObject(), [loader, factory]() { return factory->create(); }, fileName);
}

QStringList ModuleRegistry::defaultPluginDirectories()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("GPSI_CHECK_PLUGIN_PATH");
    if (!env.isEmpty())
        dirs << env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << QDir::cleanPath(appDir + QStringLiteral("/../lib/gpsi-doctor/checks"))
             << QDir::cleanPath(appDir + QStringLiteral("/checks"));
    }
    return dirs;
}

const ModuleDescriptor *ModuleRegistry::find(const QString &id) const
{
    for (const ModuleDescriptor &d : m_modules) {
        if (d.metadata.id == id)
            return &d;
    }
    return nullptr;
}

FactContract ModuleRegistry::contractOf(const QList<ModuleDescriptor> &modules)
{
    QList<ModuleMetadata> metadata;
    for (const ModuleDescriptor &d : modules)
        metadata << d.metadata;
    return FactContract::fromModules(metadata);
}

void ModuleRegistry::checkFactReferences()
{
    // Dropping a module can orphan another's "requires": repeat until nothing changes.
    for (bool dropped = true; dropped;) {
        dropped = false;
        const FactContract facts = contract();
        for (qsizetype i = m_modules.size() - 1; i >= 0; --i) {
            const QStringList problems = facts.unknownReferences(m_modules.at(i).metadata);
            if (problems.isEmpty())
                continue;
            m_errors.append(
                {m_modules.at(i).metadata.source,
                 tr("module \"%1\" skipped: %2")
                     .arg(m_modules.at(i).metadata.id, problems.join(QStringLiteral("; ")))});
            m_modules.removeAt(i);
            dropped = true;
        }
    }
}

QStringList ModuleRegistry::errorLines() const
{
    QStringList lines;
    for (const ModuleLoadError &e : m_errors)
        lines << QStringLiteral("%1: %2").arg(e.source, e.message);
    return lines;
}

} // namespace Gpsi
