#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gpsi {

// Windows error codes seen in software-installation events, with their official names and
// texts (MicrosoftDocs system error codes and Windows Installer error codes), and what each
// means for a Group Policy software installation. Data: resources/events/errorcodes.json.
struct ErrorCode
{
    qint64 code = -1;       // decimal Win32 code (1612); HRESULTs 0x8007xxxx map to their code
    QString name;           // "ERROR_INSTALL_SOURCE_ABSENT"
    QString text;           // official message text
    QStringList otherTexts; // older official wordings (XP-era winerror.h, the MSI docs)
    QString meaning;        // what it means for a GPO software installation
    bool expected = false;  // not a failure (1274: delayed to the next startup; 3010, 1641)
};

class ErrorCodes
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::ErrorCodes)

public:
    // The built-in table.
    static const ErrorCodes &builtin();
    static bool load(const QByteArray &json, ErrorCodes *out, QString *error);

    const ErrorCode *find(qint64 code) const; // also accepts 0x8007xxxx HRESULTs
    // Parses "1612", "%%1612", "0x64C", "0x8007064C" into a code; -1 when it is none of these.
    static qint64 parse(QStringView text);
    // "1612 (ERROR_INSTALL_SOURCE_ABSENT: The installation source for this product is not
    // available...)", or just the number when unknown.
    QString describe(qint64 code) const;
    // Text exports carry the rendered message instead of the code: find the code whose
    // official text occurs in message; -1 when none does (low confidence by nature). The
    // comparison ignores case and runs of white space; the longest matching text wins.
    qint64 fromMessage(QStringView message) const;
    const QList<ErrorCode> &all() const { return m_codes; }

    // Lower case, white space runs collapsed to one space, typographic apostrophes made plain:
    // the form fromMessage() compares.
    static QString normalizedText(QStringView text);

private:
    struct Needle
    {
        QString text; // normalizedText() of an official text, without its final period
        qint64 code = -1;
    };
    QList<ErrorCode> m_codes;
    QHash<qint64, qsizetype> m_index; // code -> position in m_codes
    QList<Needle> m_needles;          // longest first
};

} // namespace Gpsi
