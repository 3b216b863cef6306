#include "statusicons.h"

#include <QApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QPixmap>
#include <QStyle>

namespace Gpsi {

Q_LOGGING_CATEGORY(lcStatusIcons, "gpsi.ui.statusicons", QtInfoMsg)

namespace {

QStyle::StandardPixmap fallbackFor(StatusIcons::Kind kind)
{
    switch (kind) {
    case StatusIcons::Kind::Pass:
        return QStyle::SP_DialogApplyButton;
    case StatusIcons::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case StatusIcons::Kind::Fail:
    case StatusIcons::Kind::Critical:
        return QStyle::SP_MessageBoxCritical;
    case StatusIcons::Kind::Skipped:
        return QStyle::SP_MediaSkipForward;
    case StatusIcons::Kind::Error:
        return QStyle::SP_BrowserStop;
    case StatusIcons::Kind::Running:
        return QStyle::SP_BrowserReload;
    case StatusIcons::Kind::Pending:
        return QStyle::SP_MediaPause;
    case StatusIcons::Kind::Info:
        return QStyle::SP_MessageBoxInformation;
    case StatusIcons::Kind::App:
        return QStyle::SP_ComputerIcon;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

QString StatusIcons::resourcePath(Kind kind)
{
    switch (kind) {
    case Kind::Pass:
        return QStringLiteral(":/gpsi/icons/pass.svg");
    case Kind::Warning:
        return QStringLiteral(":/gpsi/icons/warning.svg");
    case Kind::Fail:
        return QStringLiteral(":/gpsi/icons/fail.svg");
    case Kind::Skipped:
        return QStringLiteral(":/gpsi/icons/skipped.svg");
    case Kind::Error:
        return QStringLiteral(":/gpsi/icons/error.svg");
    case Kind::Running:
        return QStringLiteral(":/gpsi/icons/running.svg");
    case Kind::Pending:
        return QStringLiteral(":/gpsi/icons/pending.svg");
    case Kind::Info:
        return QStringLiteral(":/gpsi/icons/info.svg");
    case Kind::Critical:
        return QStringLiteral(":/gpsi/icons/critical.svg");
    case Kind::App:
        return QStringLiteral(":/gpsi/icons/gpsi-doctor.svg");
    }
    return {};
}

QIcon StatusIcons::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(kind);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();

    QIcon result(resourcePath(kind));
    // The svg icon engine reports no fixed sizes, so "can it render?" is the real test: a
    // missing engine or a broken file gives a null icon or a null pixmap.
    if (result.isNull() || result.pixmap(QSize(16, 16)).isNull()) {
        qCWarning(lcStatusIcons) << "cannot render" << resourcePath(kind)
                                 << "- using a style icon instead (is the Qt SVG module "
                                    "installed?)";
        result = QApplication::style()->standardIcon(fallbackFor(kind));
    }
    cache.insert(key, result);
    return result;
}

StatusIcons::Kind StatusIcons::kindForStatus(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return Kind::Pending;
    case CheckStatus::Running:
        return Kind::Running;
    case CheckStatus::Pass:
        return Kind::Pass;
    case CheckStatus::Warning:
        return Kind::Warning;
    case CheckStatus::Fail:
        return Kind::Fail;
    case CheckStatus::Skipped:
        return Kind::Skipped;
    case CheckStatus::Error:
        return Kind::Error;
    }
    return Kind::Info;
}

StatusIcons::Kind StatusIcons::kindForSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Kind::Info;
    case Severity::Warning:
        return Kind::Warning;
    case Severity::Error:
        return Kind::Fail;
    case Severity::Critical:
        return Kind::Critical;
    }
    return Kind::Info;
}

QIcon StatusIcons::forStatus(CheckStatus status)
{
    return icon(kindForStatus(status));
}

QIcon StatusIcons::forSeverity(Severity severity)
{
    return icon(kindForSeverity(severity));
}

QPixmap StatusIcons::pixmap(Kind kind, int size)
{
    return icon(kind).pixmap(QSize(size, size));
}

} // namespace Gpsi
