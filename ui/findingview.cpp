#include "findingview.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>
#include <QVBoxLayout>

#include "report/reportrenderer.h"
#include "safetext.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcFindingView, "gpsi.ui.findingview", QtInfoMsg)

namespace {

constexpr int MaxExcerptLines = 6;
constexpr int MaxExcerptLineLength = 160;

QString safe(const QString &text)
{
    return SafeText::display(text);
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// An evidence excerpt, shortened so that a long wire dump cannot swamp the page (the report
// keeps it whole).
QString excerpt(const QString &evidence)
{
    QStringList lines = safe(evidence).split(QLatin1Char('\n'));
    const bool more = lines.size() > MaxExcerptLines;
    lines = lines.mid(0, MaxExcerptLines);
    for (QString &line : lines) {
        if (line.size() > MaxExcerptLineLength)
            line = line.left(MaxExcerptLineLength) + QStringLiteral("\u2026");
    }
    if (more)
        lines << QStringLiteral("\u2026");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QColor FindingView::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QColor(0x02, 0x77, 0xbd);
    case Severity::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Critical:
        return QColor(0x7f, 0x00, 0x00);
    }
    return QColor(0x90, 0xa4, 0xae);
}

FindingView::FindingView(const Finding &finding, const QHash<QString, QString> &moduleTitles,
                         QWidget *parent)
    : CollapsibleSection(parent)
    , m_finding(finding)
    , m_moduleTitles(moduleTitles)
{
    const QString title = safe(finding.title);
    const QString confidence =
        tr("%1% confident").arg(QLocale().toString(qRound(finding.confidence * 100.0)));
    const QString subject = finding.subject.isEmpty() ? tr("Whole case") : safe(finding.subject);
    setTitle(title);
    setBadge(confidence);
    setSubtitle(tr("%1 \u00b7 %2").arg(severityTitle(finding.severity), subject));
    setIcon(StatusIcons::forSeverity(finding.severity));
    setAccessibleName(tr("Finding: %1").arg(title));
    m_text << title << subject << severityTitle(finding.severity) << confidence;

    auto *body = new QWidget(this);
    body->setObjectName(QStringLiteral("findingBody"));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(30, 0, 8, 8);
    layout->setSpacing(4);

    if (!finding.explanation.isEmpty()) {
        const QString text = safe(finding.explanation);
        auto *explanation = plainLabel(text, body);
        explanation->setObjectName(QStringLiteral("findingExplanation"));
        layout->addWidget(explanation);
        m_text << text;
    }
    if (!finding.evidenceFor.isEmpty()) {
        addHeading(layout, tr("Evidence for"));
        addEvidence(layout, finding.evidenceFor);
    }
    if (!finding.evidenceAgainst.isEmpty()) {
        addHeading(layout, tr("Evidence against"));
        addEvidence(layout, finding.evidenceAgainst);
    }
    if (!finding.fix.isEmpty()) {
        addHeading(layout, tr("How to fix"));
        addSteps(layout, finding.fix, true);
    }
    if (!finding.verify.isEmpty()) {
        addHeading(layout, tr("How to verify"));
        addSteps(layout, finding.verify, false);
    }
    if (!finding.references.isEmpty()) {
        addHeading(layout, tr("References"));
        addReferences(layout, finding.references);
    }
    auto *footer = plainLabel(tr("Cause %1").arg(safe(finding.causeId)), body);
    footer->setObjectName(QStringLiteral("findingCause"));
    footer->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(footer);
    m_text << footer->text();

    setContentWidget(body);
    setAccentColor(severityColor(finding.severity));
    qCDebug(lcFindingView) << "finding" << finding.causeId << "for" << finding.subject;
}

// The references, linked where the address is http or https, each with its title.
void FindingView::addReferences(QVBoxLayout *layout, const QList<Reference> &references)
{
    QStringList links;
    for (const Reference &ref : references) {
        const QUrl url(ref.url, QUrl::StrictMode);
        const bool linkable = url.isValid() && (url.scheme() == QLatin1String("https") ||
                                                url.scheme() == QLatin1String("http"));
        const QString label = ReportRenderer::escapeHtml(ref.label.isEmpty() ? ref.url : ref.label);
        QString line = linkable ? QStringLiteral("<a href=\"%1\">%2</a>")
                                      .arg(ReportRenderer::escapeHtml(url.toString()), label)
                                : label;
        if (!ref.title.isEmpty())
            line += QStringLiteral(" \u2014 ") + ReportRenderer::escapeHtml(ref.title);
        links << line;
        m_text << safe(ref.label) + QLatin1Char(' ') + safe(ref.title) + QLatin1Char(' ') +
                      safe(ref.url);
    }
    auto *refs = new QLabel(links.join(QStringLiteral("<br>")), layout->parentWidget());
    refs->setObjectName(QStringLiteral("findingReferences"));
    refs->setTextFormat(Qt::RichText);
    refs->setWordWrap(true);
    refs->setOpenExternalLinks(true);
    refs->setTextInteractionFlags(Qt::TextBrowserInteraction);
    refs->setAccessibleName(tr("References"));
    layout->addWidget(refs);
}

void FindingView::addHeading(QVBoxLayout *layout, const QString &text)
{
    auto *heading = new QLabel(text, layout->parentWidget());
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addSpacing(4);
    layout->addWidget(heading);
    m_text << text;
}

void FindingView::addEvidence(QVBoxLayout *layout, const QList<CitedFact> &facts)
{
    QWidget *parent = layout->parentWidget();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const CitedFact &cited : facts) {
        const Fact &fact = cited.fact;
        const QString source = m_moduleTitles.value(fact.sourceId, fact.sourceId);
        QString line = tr("\u2022 %1 = %2").arg(fact.key, safe(fact.displayValue()));
        if (!cited.note.isEmpty())
            line += tr(" \u2014 %1").arg(safe(cited.note));
        if (!source.isEmpty())
            line += tr(" (from %1)").arg(safe(source));
        layout->addWidget(plainLabel(line, parent));
        m_text << line;
        if (!fact.evidence.trimmed().isEmpty()) {
            const QString text = excerpt(fact.evidence.trimmed());
            auto *evidence = plainLabel(text, parent);
            evidence->setFont(fixed);
            evidence->setForegroundRole(QPalette::PlaceholderText);
            evidence->setContentsMargins(14, 0, 0, 0);
            layout->addWidget(evidence);
            m_text << text;
        }
    }
}

void FindingView::addSteps(QVBoxLayout *layout, const QStringList &steps, bool numbered)
{
    QWidget *parent = layout->parentWidget();
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < steps.size(); ++i) {
        const QString marker = numbered ? tr("%1.").arg(i + 1) : QStringLiteral("\u2022");
        auto *number = new QLabel(marker, parent);
        number->setAlignment(Qt::AlignRight | Qt::AlignTop);
        const QString text = safe(steps.at(i));
        grid->addWidget(number, i, 0, Qt::AlignTop);
        grid->addWidget(plainLabel(text, parent), i, 1);
        m_text << marker + QLatin1Char(' ') + text;
    }
    layout->addLayout(grid);
}

QString FindingView::plainText() const
{
    return m_text.join(QLatin1Char('\n'));
}

NotAssessedView::NotAssessedView(const QList<NotAssessed> &items, QWidget *parent)
    : CollapsibleSection(parent)
{
    setObjectName(QStringLiteral("notAssessedSection"));
    setTitle(tr("Not assessed (%1)").arg(items.size()));
    setSubtitle(tr("Known causes that could be neither confirmed nor ruled out: the facts they "
                   "need come from checks that did not run or are not available yet."));
    setIcon(StatusIcons::icon(StatusIcons::Kind::Skipped));
    setAccessibleName(tr("Not assessed causes"));
    m_text << title();

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(30, 0, 8, 8);
    layout->setSpacing(1);
    for (const NotAssessed &item : items) {
        const QString title = safe(item.title);
        const QString subject = item.subject.isEmpty() ? tr("Whole case") : safe(item.subject);
        auto *name = plainLabel(title, body);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        const QString needs =
            tr("%1 \u2014 needs %2 \u00b7 cause %3")
                .arg(subject, item.missingFacts.join(QStringLiteral(", ")), safe(item.causeId));
        auto *detail = plainLabel(needs, body);
        detail->setForegroundRole(QPalette::PlaceholderText);
        detail->setContentsMargins(0, 0, 0, 4);
        layout->addWidget(name);
        layout->addWidget(detail);
        m_text << title << needs;
    }
    setContentWidget(body);
    setAccentColor(QColor(0x90, 0xa4, 0xae));
}

} // namespace Gpsi
