#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include "eventreader.h"
#include "eventrecord.h"

namespace Gpsi {

// What the text-based readers (CSV, TXT, XML) share: decoding exports written by Windows
// (UTF-8 or UTF-16 with or without a BOM, ANSI from XP), localized level words, account names,
// locale dates whose day/month order has to be worked out from the file, and the Event Viewer
// "Save as" delimited layouts (Vista+ and XP/2003, comma or tab separated). Records that carry
// no XML of their own get it from EventXml::render().
class TextExport
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::TextExport)

public:
    enum class Language { Unknown, English, German, French };
    enum class DateOrder { Unknown, DayMonthYear, MonthDayYear, YearMonthDay };

    // ---- decoding --------------------------------------------------------------------------
    struct Decoded
    {
        QString text;
        bool utf16 = false;
        bool ansi = false; // not valid UTF-8: read as Windows-1252 (XP "Save as")
        qsizetype bomBytes = 0;
    };
    static Decoded decode(QByteArrayView data);

    // ISO 8601 "2024-03-09T08:55:01.3560582Z" (0-9 fractional digits, 'Z', an offset or no
    // zone) to FILETIME ticks; 0 when the text is not such a time. hasZone tells whether the
    // text named its zone (no zone: the time was read as UTC).
    static qint64 fileTimeFromIso(QStringView text, bool *hasZone = nullptr);
    static qint64 fileTimeFromUnixSeconds(qint64 seconds);

    // ---- words -----------------------------------------------------------------------------
    struct Level
    {
        bool known = false;
        quint8 level = 0;
        quint64 keywords = 0; // audit success / failure bits
        Language language = Language::Unknown;
    };
    // "Error", "Fehler", "Erreur", "Audit Success", "Überwachung erfolgreich", ...
    static Level levelFromWord(QStringView word);
    // "S-1-5-18" as is; "NT AUTHORITY\SYSTEM" (and its German and French names) to S-1-5-18,
    // LOCAL SERVICE / NETWORK SERVICE likewise; "N/A" and names without a known SID: empty.
    static QString sidForUser(QStringView user);
    // Event Viewer shows a manifest provider as "GroupPolicy (Microsoft-Windows-GroupPolicy)":
    // the name in the parentheses is the provider; anything else is returned trimmed.
    static QString providerFromSource(QStringView source);
    // The language most words were in (votes indexed by Language); Unknown when none counted.
    static Language mostVoted(const int (&votes)[4]);
    // Folds a label for comparison: trimmed, lower case, typographic apostrophes to "'",
    // no-break spaces to spaces, a trailing ':' dropped.
    static QString foldLabel(QStringView label);

    // ---- dates -----------------------------------------------------------------------------
    // Collects the dates of a file and settles their day/month order (see decide()).
    class DateOrderVote
    {
    public:
        void add(QStringView dateText);
        // Values decide first (a day above 12 tells the order); the layout's language is the
        // default when they do not. ambiguous is set when the default was used although the
        // file holds dates that read differently either way (an English layout: Windows writes
        // the regional format, which English does not pin down).
        DateOrder decide(Language language, bool *ambiguous, QString *example) const;

    private:
        bool m_dayFirst = false;   // a first number above 12 was seen
        bool m_monthFirst = false; // a second number above 12 was seen
        bool m_dots = false;       // 30.11.2026: day first everywhere dots are used
        bool m_yearFirst = false;
        QString m_ambiguous; // a date that reads both ways
    };
    // "30.11.2026 17:10:19", "11/30/2026 5:10:19 PM", "2026-11-30T17:10:19.123", or the date and
    // time apart (XP). Returns FILETIME ticks or 0 when the text is not a date and time. Times
    // without a zone are read as UTC.
    static qint64 parseDateTime(QStringView date, QStringView time, DateOrder order,
                                bool *hasZone = nullptr);

    // ---- layouts ---------------------------------------------------------------------------
    // Content sniffing for LogFormat: Csv for a comma/semicolon-separated Event Viewer export
    // (a known header in English, German or French, or an XP line "date,time,source,type,..."),
    // Text for a tab-separated one or for "name: value" event blocks (wevtutil /f:text, Event
    // Viewer "Copy"), NotALog otherwise. detail gets a one-line description.
    static LogFormat::Format sniff(QStringView text, QString *detail = nullptr);
    // A block label ("Event ID", "Ereignis-ID", "Source", ...) to its field; empty if unknown.
    enum class Field {
        None,
        LogName,
        Source,
        Date,
        Time,
        DateTime,
        EventId,
        Task,
        Level,
        Type,
        Opcode,
        Keywords,
        User,
        UserName,
        Computer,
        Description,
        EventXml,
        Data,
        RecordId
    };
    static Field blockField(QStringView label, Language *language = nullptr);
    static bool isBlockStart(QStringView line);

    // ---- reading ---------------------------------------------------------------------------
    // A record read from a text layout whose date and time still wait for the file-wide
    // day/month decision.
    struct Pending
    {
        EventRecord record;
        QString date;
        QString time;
    };
    // Settles the dates of the records, reports the lines whose date cannot be read, adds the
    // "local time" and "ambiguous date" notes and hands on what passes the filter. Returns
    // false when stopped (cancel or sink).
    static bool deliver(QList<Pending> &pending, Language language, const ReadOptions &options,
                        const RecordSink &sink, ReadSummary &summary);

    // The Event Viewer "Save as" delimited layouts. separator: ',' ';' or '\t', or QChar() to
    // take it from the first line. Sets summary.ok and the counters.
    static void readDelimited(QStringView text, QChar separator, const ReadOptions &options,
                              const RecordSink &sink, ReadSummary &summary);
};

} // namespace Gpsi
