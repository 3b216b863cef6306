#pragma once

#include <QHash>
#include <QString>

#include "collapsiblesection.h"
#include "engine/diagnosis.h"

class QGridLayout;
class QVBoxLayout;

namespace Gpsi {

// One ranked finding: severity icon, title, subject and confidence in the header; explanation,
// evidence for and against, fix steps, verification and references when expanded. Every string
// from the finding is shown as plain text (control and bidi characters made visible); only the
// reference links are rich text, built from escaped parts.
class FindingView : public CollapsibleSection
{
    Q_OBJECT

public:
    // moduleTitles maps module ids to titles, to name the source of each cited fact.
    FindingView(const Finding &finding, const QHash<QString, QString> &moduleTitles,
                QWidget *parent = nullptr);

    const Finding &finding() const { return m_finding; }
    // Everything the view shows, as plain text (for tests and copying).
    QString plainText() const;

    static QColor severityColor(Severity severity);

private:
    void addHeading(QVBoxLayout *layout, const QString &text);
    void addEvidence(QVBoxLayout *layout, const QList<CitedFact> &facts);
    void addSteps(QVBoxLayout *layout, const QStringList &steps, bool numbered);
    void addReferences(QVBoxLayout *layout, const QList<Reference> &references);

    Finding m_finding;
    QHash<QString, QString> m_moduleTitles;
    QStringList m_text;
};

// The causes that could be neither confirmed nor ruled out, collapsed by default.
class NotAssessedView : public CollapsibleSection
{
    Q_OBJECT

public:
    explicit NotAssessedView(const QList<NotAssessed> &items, QWidget *parent = nullptr);
    QString plainText() const { return m_text.join(QLatin1Char('\n')); }

private:
    QStringList m_text;
};

} // namespace Gpsi
