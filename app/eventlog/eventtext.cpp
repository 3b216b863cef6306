#include "eventtext.h"

#include <QRegularExpression>

#include <climits>

#include "eventlog/errorcodes.h"

namespace Gpsi {

namespace {

QString simplified(const QString &s)
{
    return s.simplified();
}

} // namespace

// Official names: the error code table of the event module (MicrosoftDocs system error codes
// and MSI error codes).
QString EventText::errorName(int code)
{
    const ErrorCode *e = ErrorCodes::builtin().find(code);
    return e ? e->name : QString();
}

EventText EventText::extract(const QString &text)
{
    EventText out;
    // UNC paths run to whitespace, a quote or the end; trailing sentence punctuation is not
    // part of them. Paths with spaces are taken when quoted.
    static const QRegularExpression quotedPath(QStringLiteral(
        "[\"\\x{201C}]((?:\\\\\\\\|[A-Za-z]:\\\\)[^\"\\x{201D}\\r\\n]+)[\"\\x{201D}]"));
    static const QRegularExpression uncPath(QStringLiteral("\\\\\\\\[^\\s\"'<>|]+"));
    static const QRegularExpression drivePath(
        QStringLiteral("(?<![A-Za-z])[A-Za-z]:\\\\[^\\s\"'<>|]+\\.(?:msi|mst|zap|msp)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    auto addPath = [&out](QString p) {
        while (!p.isEmpty() && QStringLiteral(".,;:)]}'").contains(p.back()))
            p.chop(1);
        if (p.size() > 2 && !out.paths.contains(p, Qt::CaseInsensitive))
            out.paths << p;
    };
    for (auto it = quotedPath.globalMatch(text); it.hasNext();)
        addPath(it.next().captured(1));
    for (auto it = uncPath.globalMatch(text); it.hasNext();)
        addPath(it.next().captured(0));
    for (auto it = drivePath.globalMatch(text); it.hasNext();)
        addPath(it.next().captured(0));
    // A quoted path and the same path found unquoted (cut at a space) differ: keep the longest.
    out.paths.removeIf([&out](const QString &p) {
        for (const QString &other : std::as_const(out.paths)) {
            if (other.size() > p.size() && other.startsWith(p, Qt::CaseInsensitive))
                return true;
        }
        return false;
    });

    const QString flat = simplified(text);
    static const QRegularExpression appEvent(
        QStringLiteral(
            "The (install|assignment|removal of the assignment|removal|reinstall) of "
            "application [\"\\x{201C}]?(.+?)[\"\\x{201D}]? from policy "
            "[\"\\x{201C}]?(.+?)[\"\\x{201D}]? failed\\.?\\s*The error was\\s*:?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userenv(
        QStringLiteral("client-side extension (.+?) was passed flags \\((\\d+)\\) and returned a "
                       "failure status code of \\((\\d+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression applyFailed(
        QStringLiteral(
            "Failed to apply changes to software installation settings\\.\\s*(.*?)\\s*The "
            "error was\\s*:?\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression eventIdLine(QStringLiteral("Event ID:\\s*(\\d+)"),
                                                QRegularExpression::CaseInsensitiveOption);

    if (const auto m = appEvent.match(flat); m.hasMatch()) {
        static const QStringList verbs = {QStringLiteral("assignment"), QStringLiteral("install"),
                                          QStringLiteral("removal of the assignment"),
                                          QStringLiteral("removal"), QStringLiteral("reinstall")};
        out.eventId = 101 + int(verbs.indexOf(m.captured(1).toLower()));
        out.application = m.captured(2).trimmed();
        out.policy = m.captured(3).trimmed();
        out.errorText = m.captured(4).trimmed();
    } else if (const auto m108 = applyFailed.match(flat); m108.hasMatch()) {
        out.eventId = 108;
        out.errorText = m108.captured(2).trimmed();
    } else if (const auto m1000 = userenv.match(flat); m1000.hasMatch()) {
        out.eventId = 1000;
        out.application = m1000.captured(1).trimmed();
        out.errorCode = m1000.captured(3).toInt();
    }
    if (const auto m = eventIdLine.match(text); m.hasMatch())
        out.eventId = m.captured(1).toInt();

    if (out.errorCode < 0 && !out.errorText.isEmpty()) {
        static const QRegularExpression rawCode(QStringLiteral("^%%(\\d+)"));
        if (const auto m = rawCode.match(out.errorText); m.hasMatch()) {
            out.errorCode = m.captured(1).toInt();
        } else {
            const qint64 code = ErrorCodes::builtin().fromMessage(out.errorText);
            if (code >= 0 && code <= INT_MAX)
                out.errorCode = int(code);
        }
    }
    return out;
}

QString EventText::summary() const
{
    QStringList parts;
    if (eventId > 0)
        parts << tr("event %1").arg(eventId);
    if (!application.isEmpty())
        parts << tr("application \"%1\"").arg(application);
    if (!policy.isEmpty())
        parts << tr("policy \"%1\"").arg(policy);
    if (errorCode >= 0) {
        const QString name = errorName(errorCode);
        parts << (name.isEmpty() ? tr("error %1").arg(errorCode)
                                 : tr("error %1 (%2)").arg(errorCode).arg(name));
    }
    QString line = parts.isEmpty() ? tr("Nothing recognisable was found in the text.")
                                   : tr("Found %1.").arg(parts.join(QStringLiteral(", ")));
    if (paths.isEmpty() && !parts.isEmpty()) {
        line += QLatin1Char(' ') +
                tr("The event does not name the package path: find it in the policy (Group "
                   "Policy Management, the package's Deployment tab, or the msiFileList "
                   "attribute in ADSI Edit) and paste it here.");
    }
    return line;
}

} // namespace Gpsi
