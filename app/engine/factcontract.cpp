#include "factcontract.h"

namespace Gpsi {

FactContract FactContract::fromModules(const QList<ModuleMetadata> &modules)
{
    FactContract contract;
    for (const ModuleMetadata &m : modules) {
        for (const FactDeclaration &d : m.declarations) {
            contract.m_declarations << d;
            contract.m_providers << m.id;
        }
    }
    return contract;
}

const FactDeclaration *FactContract::find(const QString &key) const
{
    for (const FactDeclaration &d : m_declarations) {
        if (d.covers(key))
            return &d;
    }
    return nullptr;
}

QString FactContract::providerOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_declarations.size(); ++i) {
        if (m_declarations.at(i).covers(key))
            return m_providers.at(i);
    }
    return {};
}

QStringList FactContract::unknownReferences(const ModuleMetadata &module) const
{
    QStringList problems;
    for (const QString &key : module.requiredFacts) {
        if (!find(key))
            problems << tr("\"requires\" names the fact \"%1\", which no loaded module declares")
                            .arg(key);
    }
    for (const QString &key : module.usedFacts) {
        if (!find(key))
            problems
                << tr("\"uses\" names the fact \"%1\", which no loaded module declares").arg(key);
    }
    return problems;
}

} // namespace Gpsi
