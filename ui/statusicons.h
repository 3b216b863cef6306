#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include "engine/checkresult.h"
#include "engine/diagnosis.h"

namespace Gpsi {

// The status and severity icons of the wizard (resources/icons, compiled in under
// ":/gpsi/icons/"). When an SVG cannot be rendered (no svg icon engine) a QStyle standard icon
// stands in, so every status always has a visible icon.
class StatusIcons
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::StatusIcons)

public:
    enum class Kind { Pass, Warning, Fail, Skipped, Error, Running, Pending, Info, Critical, App };

    static QIcon icon(Kind kind);
    static QIcon forStatus(CheckStatus status);
    static QIcon forSeverity(Severity severity);
    static Kind kindForStatus(CheckStatus status);
    static Kind kindForSeverity(Severity severity);
    // The resource path of the icon, e.g. ":/gpsi/icons/pass.svg".
    static QString resourcePath(Kind kind);
    // A pixmap of the icon at the given logical size, for QLabel.
    static QPixmap pixmap(Kind kind, int size = 16);
};

} // namespace Gpsi
