#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "factdeclaration.h"
#include "modulemetadata.h"

namespace Gpsi {

// Every fact the loaded modules declare, with the module that declares it: what the knowledge
// base (conditions, placeholders) and the modules' "requires"/"uses" are checked against.
class FactContract
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::FactContract)

public:
    static FactContract fromModules(const QList<ModuleMetadata> &modules);

    const FactDeclaration *find(const QString &key) const;
    QString providerOf(const QString &key) const;
    const QList<FactDeclaration> &declarations() const { return m_declarations; }

    // One line per "requires"/"uses" entry of `module` that no module of the contract declares.
    QStringList unknownReferences(const ModuleMetadata &module) const;

private:
    QList<FactDeclaration> m_declarations;
    QStringList m_providers; // module id per declaration
};

} // namespace Gpsi
