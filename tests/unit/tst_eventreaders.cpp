// The .evt, event XML, CSV and text readers: hand-written fixtures of every layout
// (tests/unit/data/events), .evt files from the test writer (plain, wrapped, dirty, damaged,
// truncated), and the fuzz seeds.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "eventlog/csveventreader.h"
#include "eventlog/eventreader.h"
#include "eventlog/eventxml.h"
#include "eventlog/evtreader.h"
#include "eventlog/logformat.h"
#include "eventlog/texteventreader.h"
#include "eventlog/textexport.h"
#include "eventlog/xmleventreader.h"
#include "support/evtwriter.h"

using namespace Gpsi;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(GPSI_EVENT_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

ReadSummary readAll(EventReader &reader, const QByteArray &data, QList<EventRecord> &out,
                    const ReadOptions &options = {})
{
    out.clear();
    return reader.readData(
        data, options,
        [&out](const EventRecord &r) {
            out.append(r);
            return true;
        },
        QStringLiteral("input"));
}

qint64 utc(const char *iso)
{
    return TextExport::fileTimeFromIso(QString::fromLatin1(iso));
}

bool hasIssueAt(const ReadSummary &s, qint64 line)
{
    for (const ReadIssue &i : s.issues) {
        if (i.line == line)
            return true;
    }
    return false;
}

bool hasIssueContaining(const ReadSummary &s, const char *text)
{
    for (const ReadIssue &i : s.issues) {
        if (i.reason.contains(QLatin1String(text)))
            return true;
    }
    return false;
}

QString issues(const ReadSummary &s)
{
    QStringList l;
    for (const ReadIssue &i : s.issues)
        l << i.toString();
    return l.join(QLatin1String(" | "));
}

EventRecord legacy(quint32 number, quint16 id, quint16 qualifiers, quint8 level,
                   const QString &provider, const QStringList &strings,
                   const QString &sid = QStringLiteral("S-1-5-18"))
{
    EventRecord r;
    r.recordId = number;
    r.fileTime = TextExport::fileTimeFromUnixSeconds(1764522000 + number * 60);
    r.eventId = id;
    r.qualifiers = qualifiers;
    r.hasQualifiers = true;
    r.level = level;
    r.task = quint16(number % 3);
    r.provider = provider;
    r.computer = QStringLiteral("PC01");
    r.userSid = sid;
    for (const QString &s : strings)
        r.data.append(EventDataField{QString(), s});
    return r;
}

QList<EventRecord> legacyRecords(int count)
{
    QList<EventRecord> list;
    for (int i = 0; i < count; ++i) {
        switch (i % 4) {
        case 0:
            list << legacy(quint32(100 + i), 102, 0xC000, 2,
                           QStringLiteral("Application Management"),
                           {QStringLiteral("Contoso Widget %1").arg(i),
                            QStringLiteral("Deploy Widget"), QStringLiteral("1612")});
            break;
        case 1:
            list << legacy(quint32(100 + i), 1000, 0xC000, 2, QStringLiteral("Userenv"),
                           {QStringLiteral("Windows cannot access the file gpt.ini for GPO "
                                           "cn={31B2F340-016D-11D2-945F-00C04FB984F9}. (Access "
                                           "is denied.) Record %1")
                                .arg(i)});
            break;
        case 2:
            list << legacy(
                quint32(100 + i), 7036, 0x4000, 4, QStringLiteral("Service Control Manager"),
                {QStringLiteral("Windows Installer"), QStringLiteral("running")}, QString());
            break;
        default: {
            EventRecord r = legacy(quint32(100 + i), 529, 0, 0, QStringLiteral("Security"),
                                   {QStringLiteral("user%1").arg(i), QStringLiteral("CONTOSO")},
                                   QStringLiteral("S-1-5-21-3623811015-3361044348-30300820-1013"));
            r.keywords = 0x0010000000000000ULL; // audit failure
            list << r;
            break;
        }
        }
    }
    return list;
}

// What the .evt reader gives back for a record the writer wrote.
void compareLegacy(const EventRecord &got, const EventRecord &want)
{
    QCOMPARE(got.recordId, want.recordId);
    QCOMPARE(got.fileTime, want.fileTime);
    QCOMPARE(got.eventId, want.eventId);
    QCOMPARE(got.qualifiers, want.qualifiers);
    QVERIFY(got.hasQualifiers);
    QCOMPARE(got.level, want.level == 1 ? quint8(2) : want.level);
    QCOMPARE(got.keywords, want.keywords);
    QCOMPARE(got.task, want.task);
    QCOMPARE(got.provider, want.provider);
    QCOMPARE(got.computer, want.computer);
    QCOMPARE(got.userSid, want.userSid);
    QCOMPARE(got.data, want.data);
    QCOMPARE(got.channel, QString());
    QVERIFY(got.offset >= 0x30);
    QCOMPARE(got.line, qint64(-1));
}

quint32 le32(const QByteArray &b, qint64 at)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

// Everything but where the record came from and its rendering.
EventRecord content(EventRecord r)
{
    r.xml.clear();
    r.line = -1;
    r.offset = -1;
    return r;
}

} // namespace

class TestEventReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // shared text helpers
    void levelWords();
    void accounts();
    void dates_data();
    void dates();
    void dateOrder();
    void isoTimes();
    // CSV
    void csvVistaEnglish();
    void csvVistaGerman();
    void csvVistaFrenchUtf16();
    void csvXp();
    void csvSecurityKeywords();
    void csvVariants();
    void csvFilterStopAndXml();
    void csvNotAnExport();
    // TXT
    void txtVistaTabs();
    void txtXpGermanAnsi();
    void txtWevtutil();
    void txtCopyVista();
    void txtPreamble();
    void txtCopyXp();
    // XML
    void xmlWevtutil();
    void xmlSavedEvents();
    void xmlRootUtf16();
    void xmlRoundTrip();
    void xmlDamaged();
    void xmlNotXml();
    // EVT
    void evtPlain();
    void evtWrapped();
    void evtDirty();
    void evtDirtyWrapped();
    void evtCorruptRecord();
    void evtCorruptWrapped();
    void evtTruncated();
    void evtNotEvt();
    void evtEmpty();
    void evtBinaryData();
    void evtFilterAndStop();
    // all formats
    void detection_data();
    void detection();
    void fuzzSeeds();
};

// ---- shared text helpers ---------------------------------------------------------------------

void TestEventReaders::levelWords()
{
    struct
    {
        const char *word;
        quint8 level;
        quint64 keywords;
    } cases[] = {{"Error", 2, 0},
                 {"Warning", 3, 0},
                 {"Information", 4, 0},
                 {"Critical", 1, 0},
                 {"Fehler", 2, 0},
                 {"Warnung", 3, 0},
                 {"Informationen", 4, 0},
                 {"Kritisch", 1, 0},
                 {"Erreur", 2, 0},
                 {"Avertissement", 3, 0},
                 {"Critique", 1, 0},
                 {"Audit Success", 0, 0x0020000000000000ULL},
                 {"Failure Audit", 0, 0x0010000000000000ULL},
                 {" error ", 2, 0}};
    for (const auto &c : cases) {
        const TextExport::Level l = TextExport::levelFromWord(QString::fromUtf8(c.word));
        QVERIFY2(l.known, c.word);
        QCOMPARE(l.level, c.level);
        QCOMPARE(l.keywords, c.keywords);
    }
    QVERIFY(!TextExport::levelFromWord(u"Bogus").known);
    QCOMPARE(TextExport::levelFromWord(u"Échec de l’audit").keywords, 0x0010000000000000ULL);
    QCOMPARE(TextExport::levelFromWord(u"Fehler").language, TextExport::Language::German);
}

void TestEventReaders::accounts()
{
    QCOMPARE(TextExport::sidForUser(u"NT AUTHORITY\\SYSTEM"), QStringLiteral("S-1-5-18"));
    QCOMPARE(TextExport::sidForUser(u"SYSTEM"), QStringLiteral("S-1-5-18"));
    QCOMPARE(TextExport::sidForUser(u"NT-AUTORITÄT\\SYSTEM"), QStringLiteral("S-1-5-18"));
    QCOMPARE(TextExport::sidForUser(u"AUTORITE NT\\Système"), QStringLiteral("S-1-5-18"));
    QCOMPARE(TextExport::sidForUser(u"NT AUTHORITY\\NETWORK SERVICE"), QStringLiteral("S-1-5-20"));
    QCOMPARE(TextExport::sidForUser(u"s-1-5-21-1-2-3-500"), QStringLiteral("S-1-5-21-1-2-3-500"));
    QCOMPARE(TextExport::sidForUser(u"N/A"), QString());
    QCOMPARE(TextExport::sidForUser(u"CONTOSO\\alice"), QString());
    QCOMPARE(TextExport::sidForUser(u"CONTOSO\\SYSTEM"), QString());
}

void TestEventReaders::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected"); // ISO UTC, empty = not a date

    const int dmy = int(TextExport::DateOrder::DayMonthYear);
    const int mdy = int(TextExport::DateOrder::MonthDayYear);
    QTest::newRow("de") << "30.11.2026 17:10:19"
                        << "" << dmy << "2026-11-30T17:10:19Z";
    QTest::newRow("fr") << "30/11/2026 17:10:19"
                        << "" << dmy << "2026-11-30T17:10:19Z";
    QTest::newRow("us-pm") << "11/30/2026 5:10:19 PM"
                           << "" << mdy << "2026-11-30T17:10:19Z";
    QTest::newRow("us-am-12") << "11/30/2026 12:00:01 AM"
                              << "" << mdy << "2026-11-30T00:00:01Z";
    QTest::newRow("us-pm-12") << "11/30/2026 12:00:01 PM"
                              << "" << mdy << "2026-11-30T12:00:01Z";
    QTest::newRow("iso") << "2026-11-30 17:10:19"
                         << "" << mdy << "2026-11-30T17:10:19Z";
    QTest::newRow("iso-t-frac") << "2016-05-15T17:00:51.526"
                                << "" << mdy << "2016-05-15T17:00:51.526Z";
    QTest::newRow("xp-apart") << "3/9/2006"
                              << "8:55:01 AM" << mdy << "2006-03-09T08:55:01Z";
    QTest::newRow("xp-apart-dmy") << "3/9/2006"
                                  << "8:55:01 AM" << dmy << "2006-09-03T08:55:01Z";
    QTest::newRow("lrm-marks") << QString::fromUtf8("\u200e11/\u200e30/\u200e2026 \u200e5:10:19 PM")
                               << "" << mdy << "2026-11-30T17:10:19Z";
    QTest::newRow("two-digit-year") << "30.11.06"
                                    << "17:10" << dmy << "2006-11-30T17:10:00Z";
    QTest::newRow("dash-dmy") << "19-07-2026 09:58:57"
                              << "" << dmy << "2026-07-19T09:58:57Z";
    QTest::newRow("bad-month") << "30.13.2026 17:10:19"
                               << "" << dmy << "";
    QTest::newRow("bad-time") << "30.11.2026 25:10:19"
                              << "" << dmy << "";
    QTest::newRow("pm-13") << "11/30/2026 13:10:19 PM"
                           << "" << mdy << "";
    QTest::newRow("no-time") << "11/30/2026"
                             << "" << mdy << "";
    QTest::newRow("words") << "yesterday"
                           << "noon" << mdy << "";
}

void TestEventReaders::dates()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(int, order);
    QFETCH(QString, expected);
    const qint64 ft = TextExport::parseDateTime(date, time, TextExport::DateOrder(order), nullptr);
    if (expected.isEmpty()) {
        QCOMPARE(ft, 0);
        return;
    }
    QCOMPARE(ft, TextExport::fileTimeFromIso(expected));
}

void TestEventReaders::dateOrder()
{
    using V = TextExport::DateOrderVote;
    using L = TextExport::Language;
    using O = TextExport::DateOrder;
    bool ambiguous = false;
    QString example;
    {
        V v; // a day above 12 settles it, whatever the language
        v.add(u"3/9/2006 8:00:00 AM");
        v.add(u"30/9/2006 8:00:00 AM");
        QCOMPARE(v.decide(L::English, &ambiguous, &example), O::DayMonthYear);
        QVERIFY(!ambiguous);
    }
    {
        V v;
        v.add(u"3/9/2006");
        v.add(u"3/29/2006");
        QCOMPARE(v.decide(L::French, &ambiguous, &example), O::MonthDayYear);
        QVERIFY(!ambiguous);
    }
    {
        V v; // nothing decides: English layouts default to month first, and say so
        v.add(u"3/9/2006");
        QCOMPARE(v.decide(L::English, &ambiguous, &example), O::MonthDayYear);
        QVERIFY(ambiguous);
        QCOMPARE(example, QStringLiteral("3/9/2006"));
        QCOMPARE(v.decide(L::German, &ambiguous, &example), O::DayMonthYear);
        QVERIFY(!ambiguous);
    }
    {
        V v; // dots are day first
        v.add(u"03.09.2006 10:00:00");
        QCOMPARE(v.decide(L::Unknown, &ambiguous, &example), O::DayMonthYear);
        QVERIFY(!ambiguous);
    }
    {
        V v; // contradictory values
        v.add(u"13/1/2006");
        v.add(u"1/13/2006");
        v.add(u"2/3/2006");
        QCOMPARE(v.decide(L::English, &ambiguous, &example), O::MonthDayYear);
        QVERIFY(ambiguous);
    }
    {
        V v; // day == month never matters
        v.add(u"5/5/2006");
        QCOMPARE(v.decide(L::English, &ambiguous, &example), O::MonthDayYear);
        QVERIFY(!ambiguous);
    }
}

void TestEventReaders::isoTimes()
{
    const qint64 base = TextExport::fileTimeFromUnixSeconds(1709974501); // 2024-03-09T08:55:01Z
    bool zone = false;
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01Z", &zone), base);
    QVERIFY(zone);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01.000000000Z"), base);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01.3560582Z"), base + 3560582);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01.35605829Z"), base + 3560582);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01.1Z"), base + 1000000);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T09:55:01+01:00"), base);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01", &zone), base);
    QVERIFY(!zone);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01.Z"), 0);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-02-30T08:55:01Z"), 0);
    QCOMPARE(TextExport::fileTimeFromIso(u"2024-03-09T08:55:01Zjunk"), 0);
    QCOMPARE(TextExport::fileTimeFromIso(u"1200-03-09T08:55:01Z"), 0);
    QCOMPARE(TextExport::fileTimeFromIso(u""), 0);
    EventRecord r;
    r.fileTime = base + 3560582;
    QCOMPARE(r.timeText(), QStringLiteral("2024-03-09T08:55:01.3560582Z"));
}

// ---- CSV -------------------------------------------------------------------------------------

void TestEventReaders::csvVistaEnglish()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("vista-en.csv")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 5);
    QCOMPARE(s.recordsSeen, 5);
    QCOMPARE(s.recordsMatched, 5);
    QCOMPARE(s.recordsDamaged, 2);
    QVERIFY2(hasIssueAt(s, 7), qPrintable(issues(s))); // event ID "seven"
    QVERIFY2(hasIssueAt(s, 9), qPrintable(issues(s))); // cut short
    QVERIFY(hasIssueContaining(s, "local"));
    QVERIFY(!hasIssueContaining(s, "day first")); // 11/30 settles the order

    const EventRecord &e = records.at(0);
    QCOMPARE(e.provider, QStringLiteral("Application Management Group Policy"));
    QCOMPARE(e.eventId, quint16(102));
    QCOMPARE(e.level, quint8(2));
    QCOMPARE(e.fileTime, utc("2026-11-30T17:10:19Z"));
    QCOMPARE(e.line, qint64(2));
    QVERIFY(e.message.startsWith(QLatin1String("The install of application Contoso Widget 2.0")));
    QVERIFY(e.message.endsWith(QLatin1String("you can access it.")));
    QVERIFY(e.data.isEmpty());
    QCOMPARE(e.recordId, quint64(0));

    const EventRecord &w = records.at(1);
    QCOMPARE(w.eventId, quint16(108));
    QCOMPARE(w.level, quint8(3));
    QCOMPARE(w.line, qint64(3));
    QVERIFY(w.message.contains(QLatin1String("next logon.\n\nThe error was : \"The group")));
    QVERIFY(w.message.endsWith(QLatin1String("refresh.\"")));
    QVERIFY(!w.message.contains(QLatin1Char('\r')));

    QCOMPARE(records.at(2).message,
             QStringLiteral("The Windows Installer service entered the running state."));
    QCOMPARE(records.at(2).fileTime, utc("2026-11-30T09:05:01Z"));
    QCOMPARE(records.at(2).line, qint64(6));
    QCOMPARE(records.at(3).level, quint8(1));
    QCOMPARE(records.at(3).fileTime, utc("2026-11-29T23:59:59Z"));
    QCOMPARE(records.at(4).eventId, quint16(11708));
    QCOMPARE(records.at(4).fileTime, utc("2026-01-02T06:00:00Z"));
    QCOMPARE(records.at(4).line, qint64(10));
}

void TestEventReaders::csvVistaGerman()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("vista-de.csv")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(s.recordsDamaged, 0);
    QCOMPARE(records.at(0).level, quint8(2));
    QCOMPARE(records.at(0).fileTime, utc("2026-11-30T17:10:19Z"));
    QVERIFY(records.at(0).message.contains(QString::fromUtf8("für dieses Produkt")));
    QCOMPARE(records.at(1).level, quint8(3));
    QVERIFY(records.at(1).message.contains(QLatin1Char('\n')));
    QCOMPARE(records.at(1).line, qint64(3));
    QCOMPARE(records.at(2).level, quint8(4));
    QCOMPARE(records.at(2).fileTime, utc("2026-12-01T08:00:00Z"));
    QCOMPARE(records.at(2).line, qint64(5));
    QCOMPARE(records.at(3).level, quint8(1));
    QCOMPARE(records.at(3).fileTime, utc("2026-12-02T06:30:00Z"));
    QVERIFY(!hasIssueContaining(s, "day first"));
}

void TestEventReaders::csvVistaFrenchUtf16()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("vista-fr-utf16.csv")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).level, quint8(2));
    QCOMPARE(records.at(0).eventId, quint16(102));
    QCOMPARE(records.at(0).fileTime, utc("2026-11-30T17:10:19Z"));
    QVERIFY(records.at(0).message.contains(QString::fromUtf8("à partir de la stratégie")));
    QCOMPARE(records.at(1).level, quint8(3));
    QCOMPARE(records.at(1).fileTime, utc("2026-12-05T08:00:00Z")); // French: day first
    QCOMPARE(records.at(1).message,
             QString::fromUtf8("Échec de l'application des modifications.\nNouvel essai au "
                               "prochain démarrage."));
    QCOMPARE(records.at(2).level, quint8(4));
    QCOMPARE(records.at(2).fileTime, utc("2026-12-01T09:15:00Z"));
    QCOMPARE(records.at(2).line, qint64(5));
    QCOMPARE(s.recordsDamaged, 0);
}

void TestEventReaders::csvXp()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("xp.csv")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 5);
    QCOMPARE(s.recordsDamaged, 1);
    QVERIFY2(hasIssueAt(s, 5), qPrintable(issues(s))); // the garbage line
    // 3/9/2006 reads both ways: the English default (month first), and a note.
    QVERIFY2(hasIssueContaining(s, "month/day/year"), qPrintable(issues(s)));

    const EventRecord &a = records.at(0);
    QCOMPARE(a.provider, QStringLiteral("Application Management"));
    QCOMPARE(a.eventId, quint16(102));
    QCOMPARE(a.level, quint8(2));
    QCOMPARE(a.userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(a.computer, QStringLiteral("PC01"));
    QCOMPARE(a.fileTime, utc("2006-03-09T08:55:01Z"));
    // Everything after the 8th comma, commas included.
    QVERIFY(a.message.endsWith(QLatin1String("is not available, verify that the source exists.")));
    QCOMPARE(records.at(1).line, qint64(2));
    QCOMPARE(records.at(1).level, quint8(3));
    QVERIFY(records.at(1).message.endsWith(QLatin1String("The error was : %%1274")));
    QVERIFY(records.at(1).message.contains(QLatin1Char('\n')));
    QCOMPARE(records.at(2).line, qint64(4));
    QVERIFY(records.at(2).message.contains(QLatin1String("<\\\\contoso.com\\sysvol")));
    QCOMPARE(records.at(3).eventId, quint16(529));
    QCOMPARE(records.at(3).level, quint8(0));
    QCOMPARE(records.at(3).keywords, 0x0010000000000000ULL);
    QCOMPARE(records.at(3).fileTime, utc("2006-03-08T23:02:13Z"));
    QCOMPARE(records.at(4).userSid, QString());
    QCOMPARE(records.at(4).level, quint8(4));
}

void TestEventReaders::csvSecurityKeywords()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s =
        readAll(reader, fixture(QStringLiteral("security-keywords.csv")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).keywords, 0x0020000000000000ULL);
    QCOMPARE(records.at(0).level, quint8(0));
    QCOMPARE(records.at(0).fileTime, utc("2026-07-19T09:58:57Z"));
    QVERIFY(records.at(0).message.contains(QLatin1String("\tAccount Name:\t\tPC01$")));
    QCOMPARE(records.at(1).keywords, 0x0010000000000000ULL);
    QCOMPARE(records.at(1).line, qint64(7));
}

void TestEventReaders::csvVariants()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    // XP with a header row (tolerated), German header names.
    ReadSummary s = readAll(reader,
                            QByteArray("Datum,Uhrzeit,Quelle,Typ,Kategorie,Ereignis,Benutzer,"
                                       "Computer,Beschreibung\r\n"
                                       "09.03.2006,08:55:01,Userenv,Fehler,Keine,1000,N/A,PC01,"
                                       "Text, mit Komma\r\n"),
                            records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).fileTime, utc("2006-03-09T08:55:01Z"));
    QCOMPARE(records.at(0).message, QStringLiteral("Text, mit Komma"));
    QCOMPARE(records.at(0).line, qint64(2));
    QVERIFY(!hasIssueContaining(s, "day first"));

    // Re-saved by a spreadsheet with semicolons.
    s = readAll(reader,
                QByteArray("Ebene;Datum und Uhrzeit;Quelle;Ereignis-ID;Aufgabenkategorie\r\n"
                           "Fehler;01.02.2026 17:10:19;X;102;Keine;Nachricht, mit Komma\r\n"),
                records);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).fileTime, utc("2026-02-01T17:10:19Z"));
    QCOMPARE(records.at(0).message, QStringLiteral("Nachricht, mit Komma"));

    // Vista+ rows without their header.
    s = readAll(reader,
                QByteArray("Error,11/30/2026 5:10:19 PM,Src,102,None,msg\n"
                           "Warning,11/30/2026 5:10:20 PM,Src,108,None,\"a\nb\"\n"),
                records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).message, QStringLiteral("a\nb"));

    // A quote that is never closed costs its own line only.
    s = readAll(reader,
                QByteArray("Level,Date and Time,Source,Event ID,Task Category\r\n"
                           "Error,11/30/2026 5:10:19 PM,Src,102,None,\"never closed\r\n"
                           "Information,11/30/2026 5:10:20 PM,Src,7036,None,ok\r\n"),
                records);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).eventId, quint16(7036));
    QCOMPARE(records.at(0).line, qint64(3));
    QVERIFY2(hasIssueAt(s, 2), qPrintable(issues(s)));
    QCOMPARE(s.recordsDamaged, 1);

    // A date that is no date: that line is reported, the rest read.
    s = readAll(reader,
                QByteArray("Level,Date and Time,Source,Event ID,Task Category\r\n"
                           "Error,yesterday,Src,102,None,m\r\n"
                           "Error,11/30/2026 5:10:19 PM,Src,102,None,m\r\n"),
                records);
    QCOMPARE(records.size(), 1);
    QVERIFY2(hasIssueAt(s, 2), qPrintable(issues(s)));
}

void TestEventReaders::csvFilterStopAndXml()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    ReadOptions options;
    options.filter.add(QStringLiteral("application management group policy"), 102);
    options.renderXml = true;
    ReadSummary s = readAll(reader, fixture(QStringLiteral("vista-en.csv")), records, options);
    QCOMPARE(s.recordsSeen, 5);
    QCOMPARE(s.recordsMatched, 1);
    QCOMPARE(records.size(), 1);
    EventRecord parsed;
    QString error;
    QVERIFY2(XmlEventReader::parseEvent(records.at(0).xml, parsed, &error), qPrintable(error));
    QCOMPARE(parsed.message, records.at(0).message);
    QCOMPARE(parsed.fileTime, records.at(0).fileTime);
    QCOMPARE(parsed.eventId, quint16(102));

    // The sink stops the reading.
    int n = 0;
    s = reader.readData(fixture(QStringLiteral("vista-en.csv")), ReadOptions(),
                        [&n](const EventRecord &) { return ++n < 2; });
    QCOMPARE(n, 2);
    QVERIFY(s.cancelled);

    // So does the cancel flag.
    std::atomic<bool> cancel{true};
    ReadOptions cancelled;
    cancelled.cancel = &cancel;
    s = readAll(reader, fixture(QStringLiteral("vista-en.csv")), records, cancelled);
    QVERIFY(s.cancelled);
    QVERIFY(records.isEmpty());
}

void TestEventReaders::csvNotAnExport()
{
    CsvEventReader reader;
    QList<EventRecord> records;
    for (const QByteArray &data :
         {QByteArray("name,age\nalice,30\n"), QByteArray(), QByteArray("\r\n\r\n"),
          QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)}) {
        const ReadSummary s = readAll(reader, data, records);
        QVERIFY(!s.ok);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(!s.error.contains(QLatin1Char('\n')));
        QVERIFY(records.isEmpty());
    }
}

// ---- TXT -------------------------------------------------------------------------------------

void TestEventReaders::txtVistaTabs()
{
    TextEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("vista-en.txt")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(s.recordsDamaged, 0);
    QCOMPARE(records.at(0).message,
             QStringLiteral("The install of application Contoso Widget 2.0 from policy Deploy "
                            "Widget failed.\nThe error was : The installation source for this "
                            "product is not available."));
    QCOMPARE(records.at(1).line, qint64(4));
    QCOMPARE(records.at(2).eventId, quint16(1085));
    QCOMPARE(records.at(2).provider, QStringLiteral("Microsoft-Windows-GroupPolicy"));
    QCOMPARE(records.at(2).fileTime, utc("2026-12-01T07:00:00Z"));
}

void TestEventReaders::txtXpGermanAnsi()
{
    TextEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("xp-de.txt")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 3);
    QVERIFY(hasIssueContaining(s, "Windows-1252"));
    QCOMPARE(records.at(0).level, quint8(2));
    QCOMPARE(records.at(0).userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(records.at(0).fileTime, utc("2006-11-30T17:10:19Z"));
    QVERIFY(records.at(0).message.contains(QString::fromUtf8("für dieses Produkt")));
    QCOMPARE(records.at(1).eventId, quint16(1085));
    QCOMPARE(records.at(1).level, quint8(3));
    QCOMPARE(records.at(2).fileTime, utc("2006-12-01T08:00:00Z"));
    QCOMPARE(records.at(2).userSid, QString());
}

void TestEventReaders::txtWevtutil()
{
    TextEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("wevtutil.txt")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(s.recordsDamaged, 1);
    QVERIFY2(hasIssueAt(s, 34), qPrintable(issues(s))); // Event[2], its ID is not a number
    QVERIFY(hasIssueContaining(s, "local"));

    const EventRecord &a = records.at(0);
    QCOMPARE(a.channel, QStringLiteral("System"));
    QCOMPARE(a.provider, QStringLiteral("Application Management Group Policy"));
    QCOMPARE(a.eventId, quint16(102));
    QCOMPARE(a.level, quint8(2));
    QCOMPARE(a.userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(a.computer, QStringLiteral("PC01.contoso.com"));
    QCOMPARE(a.fileTime, utc("2026-11-30T17:10:19.5Z"));
    QCOMPARE(a.line, qint64(1));
    QVERIFY(a.message.startsWith(QLatin1String("The install of application")));
    QVERIFY(!a.message.contains(QLatin1Char('\n')));

    const EventRecord &b = records.at(1);
    QCOMPARE(b.level, quint8(3));
    QCOMPARE(b.line, qint64(16));
    QVERIFY(b.message.endsWith(QLatin1String("\n\nDetails:\n  line two of the message")));

    const EventRecord &c = records.at(2);
    QCOMPARE(c.channel, QStringLiteral("Security"));
    QCOMPARE(c.keywords, 0x0010000000000000ULL);
    QCOMPARE(c.level, quint8(0));
    QCOMPARE(c.userSid, QString());
}

void TestEventReaders::txtCopyVista()
{
    TextEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("copy-vista.txt")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 2);
    // The first event's own XML is exact: UTC time, record ID, qualifiers, insertion strings.
    const EventRecord &a = records.at(0);
    QCOMPARE(a.fileTime, utc("2026-11-30T16:10:19.1234567Z"));
    QCOMPARE(a.recordId, quint64(12345));
    QVERIFY(a.hasQualifiers);
    QCOMPARE(a.data.size(), 3);
    QCOMPARE(a.dataValue(2), QStringLiteral("1612"));
    QCOMPARE(a.keywords, 0x80000000000000ULL);
    QCOMPARE(a.userSid, QStringLiteral("S-1-5-18"));
    QVERIFY(a.message.endsWith(QLatin1String("is not available.")));
    QVERIFY(!a.message.contains(QLatin1String("Event Xml")));
    const EventRecord &b = records.at(1);
    QCOMPARE(b.channel, QStringLiteral("Application"));
    QCOMPARE(b.eventId, quint16(11708));
    QCOMPARE(b.level, quint8(4));
    QCOMPARE(b.userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(b.fileTime, utc("2026-12-01T07:00:00Z"));
    QCOMPARE(b.line, qint64(33));
    QCOMPARE(b.message, QStringLiteral("Product: Contoso Widget -- Installation failed."));
}

void TestEventReaders::txtPreamble()
{
    // A pasted mail: lines before the first event are set aside (and said), "Date:" in the
    // preamble does not split the event.
    TextEventReader reader;
    QList<EventRecord> records;
    const QByteArray mail = "Subject: failing install\nDate: Monday\n\nHi, see below:\n\n" +
                            fixture(QStringLiteral("copy-vista.txt"));
    const ReadSummary s = readAll(reader, mail, records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).line, qint64(6));
    QCOMPARE(records.at(0).recordId, quint64(12345));
    QVERIFY2(hasIssueAt(s, 1), qPrintable(issues(s)));
}

void TestEventReaders::txtCopyXp()
{
    TextEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("copy-xp.txt")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 1);
    const EventRecord &r = records.at(0);
    QCOMPARE(r.provider, QStringLiteral("Userenv"));
    QCOMPARE(r.eventId, quint16(1000));
    QCOMPARE(r.level, quint8(2));
    QCOMPARE(r.userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(r.computer, QStringLiteral("PC01"));
    QCOMPARE(r.fileTime, utc("2006-03-09T08:55:01Z"));
    QVERIFY(r.message.startsWith(QLatin1String("Windows cannot query")));
    QVERIFY(r.message.endsWith(QLatin1String("events.asp.")));
    QVERIFY(!r.message.contains(QLatin1String("0000:")));
}

// ---- XML -------------------------------------------------------------------------------------

void TestEventReaders::xmlWevtutil()
{
    XmlEventReader reader;
    QList<EventRecord> records;
    ReadOptions options;
    options.renderXml = true;
    const QByteArray data = fixture(QStringLiteral("wevtutil.xml"));
    const ReadSummary s = readAll(reader, data, records, options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 4);
    QCOMPARE(s.recordsDamaged, 1);
    QCOMPARE(s.issues.size(), 1);
    QCOMPARE(s.issues.at(0).line, qint64(3));

    const EventRecord &a = records.at(0);
    QCOMPARE(a.provider, QStringLiteral("Application Management Group Policy"));
    QCOMPARE(a.eventId, quint16(102));
    QCOMPARE(a.qualifiers, quint16(49152));
    QVERIFY(a.hasQualifiers);
    QCOMPARE(a.level, quint8(2));
    QCOMPARE(a.keywords, 0x80000000000000ULL);
    QCOMPARE(a.fileTime, utc("2026-11-30T17:10:19Z"));
    QCOMPARE(a.recordId, quint64(12345));
    QCOMPARE(a.channel, QStringLiteral("System"));
    QCOMPARE(a.computer, QStringLiteral("PC01.contoso.com"));
    QCOMPARE(a.userSid, QStringLiteral("S-1-5-18"));
    QCOMPARE(a.data.size(), 3);
    QCOMPARE(a.dataValue(1), QStringLiteral("Deploy Widget & Co"));
    QVERIFY(a.data.at(0).name.isEmpty());
    QCOMPARE(a.line, qint64(1));
    QCOMPARE(a.offset, qint64(0));
    QVERIFY(a.xml.startsWith(QLatin1String("<Event xmlns='")));
    QVERIFY(a.xml.endsWith(QLatin1String("</Event>")));
    QVERIFY(a.xml.contains(QLatin1String("<Binary>0500000000000000</Binary>")));
    QCOMPARE(a.xml.toUtf8(), data.left(a.xml.toUtf8().size()));

    const EventRecord &b = records.at(1);
    QCOMPARE(b.providerGuid, QStringLiteral("{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}"));
    QVERIFY(!b.hasQualifiers);
    QCOMPARE(b.opcode, quint8(1));
    QCOMPARE(b.keywords, 0x8000000000000000ULL);
    QCOMPARE(b.fileTime, utc("2026-11-30T17:10:18.3560582Z"));
    QCOMPARE(b.activityId, QStringLiteral("{12345678-90ab-cdef-1234-567890abcdef}"));
    QCOMPARE(b.data.size(), 9);
    QCOMPARE(b.dataValue(u"ErrorCode"), QStringLiteral("1612"));
    QCOMPARE(b.dataValue(u"extensionid"), QStringLiteral("{c6dc5466-785a-11d2-84d0-00c04fb169f7}"));
    QCOMPARE(b.dataValue(u"DCName"), QStringLiteral("\\\\DC01.contoso.com"));
    QCOMPARE(b.line, qint64(2));
    QVERIFY(b.offset > a.offset);

    const EventRecord &c = records.at(2); // UserData leaves
    QCOMPARE(c.eventId, quint16(104));
    QCOMPARE(c.task, quint16(104));
    QCOMPARE(c.userSid, QStringLiteral("S-1-5-21-1-2-3-500"));
    QCOMPARE(c.data.size(), 4);
    QCOMPARE(c.dataValue(u"SubjectUserName"), QStringLiteral("admin"));
    QCOMPARE(c.dataValue(u"Channel"), QStringLiteral("Application"));
    QVERIFY(c.hasData(u"BackupPath"));
    QCOMPARE(c.line, qint64(4));

    const EventRecord &d = records.at(3);
    QCOMPARE(d.fileTime, utc("2026-11-30T17:12:00Z") + 1000000);
    QCOMPARE(d.data.size(), 4);
    QCOMPARE(d.dataValue(2), QString());
    QCOMPARE(d.dataValue(3), QString());
}

void TestEventReaders::xmlSavedEvents()
{
    XmlEventReader reader;
    QList<EventRecord> records;
    const ReadSummary s = readAll(reader, fixture(QStringLiteral("saved-events.xml")), records);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 2);
    QVERIFY(s.issues.isEmpty());
    QCOMPARE(records.at(0).line, qint64(3));
    QCOMPARE(records.at(0).recordId, quint64(200));
    QCOMPARE(records.at(0).dataValue(2), QStringLiteral("%%1612"));
    QVERIFY(records.at(0).message.startsWith(QLatin1String("The install of application")));
    QCOMPARE(records.at(1).eventId, quint16(7016));
    QCOMPARE(records.at(1).channel, QStringLiteral("Microsoft-Windows-GroupPolicy/Operational"));
    QCOMPARE(records.at(1).dataValue(u"ErrorCode"), QStringLiteral("1274"));
    QVERIFY(records.at(1).hasData(u"ErrorDescription"));
    QVERIFY(records.at(1).message.contains(QLatin1String("fehlgeschlagen & wurde")));
    QCOMPARE(records.at(1).line, qint64(33));
}

void TestEventReaders::xmlRootUtf16()
{
    XmlEventReader reader;
    QList<EventRecord> records;
    ReadOptions options;
    options.renderXml = true;
    const ReadSummary s =
        readAll(reader, fixture(QStringLiteral("root-utf16.xml")), records, options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(records.size(), 2);
    QVERIFY(s.issues.isEmpty());
    QCOMPARE(records.at(0).eventId, quint16(1000));
    QCOMPARE(records.at(0).qualifiers, quint16(49152));
    QCOMPARE(records.at(0).line, qint64(2));
    QCOMPARE(records.at(0).offset, qint64(-1));
    QVERIFY(records.at(0).dataValue(0).contains(QChar(0x2013)));
    QCOMPARE(records.at(1).line, qint64(3));
    QCOMPARE(records.at(1).userSid, QString());
    QCOMPARE(records.at(1).dataValue(1), QString::fromUtf8("😀 non-BMP"));
    QCOMPARE(records.at(1).fileTime, utc("2026-11-30T17:10:20.1234567Z"));
    QVERIFY(records.at(1).xml.contains(QString::fromUtf8("😀")));
}

void TestEventReaders::xmlRoundTrip()
{
    // Every event of the XML fixtures: what was read survives being written as XML (its own
    // text and the renderer's) and read again.
    for (const char *name : {"wevtutil.xml", "saved-events.xml", "root-utf16.xml"}) {
        XmlEventReader reader;
        QList<EventRecord> records;
        ReadOptions options;
        options.renderXml = true;
        const ReadSummary s = readAll(reader, fixture(QString::fromLatin1(name)), records, options);
        QVERIFY(s.ok);
        QVERIFY(!records.isEmpty());
        for (const EventRecord &r : std::as_const(records)) {
            QVERIFY2(!r.provider.isEmpty(), name);
            QVERIFY2(r.eventId != 0, name);
            QVERIFY2(r.fileTime > utc("2000-01-01T00:00:00Z"), name);
            QVERIFY2(r.recordId != 0, name);
            QVERIFY2(!r.computer.isEmpty(), name);
            QVERIFY2(r.line > 0, name);
            EventRecord again;
            QString error;
            QVERIFY2(XmlEventReader::parseEvent(r.xml, again, &error), qPrintable(error));
            QCOMPARE(content(again), content(r));
            EventRecord rendered;
            QVERIFY2(XmlEventReader::parseEvent(EventXml::render(r), rendered, &error),
                     qPrintable(error));
            QCOMPARE(content(rendered), content(r));
        }
    }
}

void TestEventReaders::xmlDamaged()
{
    XmlEventReader reader;
    QList<EventRecord> records;
    // Cut in the middle of the second event: the first is kept, the second reported.
    QByteArray data = fixture(QStringLiteral("saved-events.xml"));
    data.truncate(data.indexOf("CSEExtensionName"));
    ReadSummary s = readAll(reader, data, records);
    QVERIFY(s.ok);
    QCOMPARE(records.size(), 1);
    QCOMPARE(s.recordsDamaged, 1);
    QCOMPARE(s.issues.size(), 1);
    QVERIFY(s.issues.at(0).line >= 33);

    // Garbage between and inside events; events before and after it survive.
    const QByteArray good = fixture(QStringLiteral("wevtutil.xml")).split('\n').at(0);
    data = good +
           "\n<Event><System><EventID>x</EventID></System></Event>\n<Event>&bogus;</Event>\n" +
           "<Event><System><Provider Name='NoId'/></System></Event>\n" + good + "\n<Event";
    s = readAll(reader, data, records);
    QVERIFY(s.ok);
    QCOMPARE(records.size(), 2);
    QCOMPARE(s.recordsDamaged, 4);
    QCOMPARE(s.issues.at(0).line, qint64(2));
    QCOMPARE(s.issues.at(1).line, qint64(3));
    QCOMPARE(s.issues.at(3).line, qint64(6));
    QCOMPARE(records.at(1).line, qint64(5));

    // Deep nesting is refused, not recursed.
    QByteArray deep = "<Event><System><EventID>1</EventID></System><UserData>";
    for (int i = 0; i < 200; ++i)
        deep += "<a>";
    deep += "x";
    for (int i = 0; i < 200; ++i)
        deep += "</a>";
    deep += "</UserData></Event>";
    s = readAll(reader, deep, records);
    QVERIFY(s.ok);
    QCOMPARE(records.size(), 0);
    QCOMPARE(s.recordsDamaged, 1);

    // An export without events.
    s = readAll(reader, QByteArray("<?xml version=\"1.0\"?><Events></Events>"), records);
    QVERIFY(s.ok);
    QVERIFY(records.isEmpty());
}

void TestEventReaders::xmlNotXml()
{
    XmlEventReader reader;
    QList<EventRecord> records;
    for (const QByteArray &data :
         {QByteArray("hello"), QByteArray("<html><body>no events</body></html>"), QByteArray(),
          QByteArray("   \n")}) {
        const ReadSummary s = readAll(reader, data, records);
        QVERIFY(!s.ok);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(records.isEmpty());
    }
}

// ---- EVT -------------------------------------------------------------------------------------

void TestEventReaders::evtPlain()
{
    const QList<EventRecord> want = legacyRecords(8);
    const QByteArray file = Test::buildEvt(want);
    QCOMPARE(le32(file, 36), 0u); // clean, not wrapped
    EvtReader reader;
    QList<EventRecord> got;
    ReadOptions options;
    options.renderXml = true;
    const ReadSummary s = readAll(reader, file, got, options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
    QCOMPARE(s.recordsSeen, 8);
    QCOMPARE(got.size(), 8);
    for (int i = 0; i < 8; ++i)
        compareLegacy(got.at(i), want.at(i));
    QCOMPARE(got.at(0).offset, qint64(0x30));
    // Classic-event XML: qualifiers, unnamed data, the Classic keyword.
    const QString &xml = got.at(0).xml;
    QVERIFY(xml.contains(QLatin1String("<EventID Qualifiers='49152'>102</EventID>")));
    QVERIFY(xml.contains(QLatin1String("<Data>Contoso Widget 0</Data><Data>Deploy Widget</Data>")));
    QVERIFY(xml.contains(QLatin1String("<Keywords>0x80000000000000</Keywords>")));
    QVERIFY(xml.contains(QLatin1String("<Security UserID='S-1-5-18'/>")));
    QVERIFY(got.at(3).xml.contains(QLatin1String("<Keywords>0x90000000000000</Keywords>")));
    EventRecord parsed;
    QVERIFY(XmlEventReader::parseEvent(xml, parsed));
    QCOMPARE(parsed.data, got.at(0).data);
    QCOMPARE(parsed.fileTime, got.at(0).fileTime);
    QCOMPARE(parsed.qualifiers, got.at(0).qualifiers);
}

void TestEventReaders::evtWrapped()
{
    const QList<EventRecord> want = legacyRecords(9);
    const QByteArray file = Test::buildEvt(want, {true, false, 0, -1});
    QCOMPARE(le32(file, 36) & 0x2, 0x2u);
    EvtReader reader;
    QList<EventRecord> got;
    const ReadSummary s = readAll(reader, file, got);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
    QCOMPARE(got.size(), 9);
    for (int i = 0; i < 9; ++i)
        compareLegacy(got.at(i), want.at(i)); // oldest first, whatever the file order
    // The oldest record is not the first in the file, and one record crosses the file end.
    QVERIFY(got.at(0).offset > got.at(8).offset);
    bool crosses = false;
    for (int i = 0; i < 9; ++i) {
        const qint64 length = Test::buildEvt({want.at(i)}).size() - 0x30 - 0x28;
        if (got.at(i).offset + length > file.size())
            crosses = true;
    }
    QVERIFY(crosses);

    // Larger than needed: a gap between the end-of-file record and the oldest record.
    const QByteArray big = Test::buildEvt(want, {true, false, 64 * 1024, -1});
    QCOMPARE(big.size(), 64 * 1024);
    QCOMPARE(readAll(reader, big, got).recordsSeen, 9);
    QVERIFY(readAll(reader, big, got).issues.isEmpty());
    for (int i = 0; i < 9; ++i)
        compareLegacy(got.at(i), want.at(i));

    // One record, wrapped onto itself.
    const QByteArray one = Test::buildEvt({want.at(0)}, {true, false, 0, -1});
    QCOMPARE(readAll(reader, one, got).issues.size(), 0);
    QCOMPARE(got.size(), 1);
    compareLegacy(got.at(0), want.at(0));
}

void TestEventReaders::evtDirty()
{
    const QList<EventRecord> want = legacyRecords(6);
    const QByteArray file = Test::buildEvt(want, {false, true, 0, -1});
    QCOMPARE(le32(file, 36) & 0x1, 0x1u);
    const QByteArray clean = Test::buildEvt(want);
    QVERIFY(le32(file, 20) != le32(clean, 20)); // the header's EOF offset is stale
    EvtReader reader;
    QList<EventRecord> got;
    const ReadSummary s = readAll(reader, file, got);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
    QCOMPARE(got.size(), 6);
    for (int i = 0; i < 6; ++i)
        compareLegacy(got.at(i), want.at(i));

    // Stale offsets without the dirty flag: still read, and said.
    QByteArray lying = file;
    lying[36] = 0;
    const ReadSummary s2 = readAll(reader, lying, got);
    QCOMPARE(got.size(), 6);
    QVERIFY(hasIssueContaining(s2, "not marked dirty"));
}

void TestEventReaders::evtDirtyWrapped()
{
    const QList<EventRecord> want = legacyRecords(7);
    const QByteArray file = Test::buildEvt(want, {true, true, 4096, -1});
    QCOMPARE(le32(file, 36) & 0x3, 0x3u);
    EvtReader reader;
    QList<EventRecord> got;
    const ReadSummary s = readAll(reader, file, got);
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
    QCOMPARE(got.size(), 7);
    for (int i = 0; i < 7; ++i)
        compareLegacy(got.at(i), want.at(i));
}

void TestEventReaders::evtCorruptRecord()
{
    const QList<EventRecord> want = legacyRecords(9);
    EvtReader reader;
    QList<EventRecord> clean;
    readAll(reader, Test::buildEvt(want), clean);
    QCOMPARE(clean.size(), 9);
    const QByteArray file = Test::buildEvt(want, {false, false, 0, 4});
    QList<EventRecord> got;
    const ReadSummary s = readAll(reader, file, got);
    QVERIFY(s.ok);
    QCOMPARE(got.size(), 8);
    QCOMPARE(s.recordsDamaged, 1);
    QCOMPARE(s.issues.size(), 1);
    QCOMPARE(s.issues.at(0).offset, clean.at(4).offset);
    QVERIFY(s.issues.at(0).toString().contains(QLatin1String("offset 0x")));
    for (int i = 0, j = 0; i < 9; ++i) {
        if (i == 4)
            continue;
        compareLegacy(got.at(j++), want.at(i));
    }
}

void TestEventReaders::evtCorruptWrapped()
{
    const QList<EventRecord> want = legacyRecords(9);
    EvtReader reader;
    for (int corrupt : {0, 4, 8}) {
        const QByteArray file = Test::buildEvt(want, {true, true, 0, corrupt});
        QList<EventRecord> got;
        const ReadSummary s = readAll(reader, file, got);
        QVERIFY(s.ok);
        QCOMPARE(got.size(), 8);
        QCOMPARE(s.recordsDamaged, 1);
        for (int i = 0, j = 0; i < 9; ++i) {
            if (i != corrupt)
                compareLegacy(got.at(j++), want.at(i));
        }
    }
}

void TestEventReaders::evtTruncated()
{
    const QList<EventRecord> want = legacyRecords(10);
    const QByteArray file = Test::buildEvt(want);
    EvtReader reader;
    QList<EventRecord> clean;
    readAll(reader, file, clean);
    for (const qint64 cut : {file.size() * 6 / 10, file.size() - 20, qint64(0x30 + 70)}) {
        // The records that lie wholly before the cut.
        int whole = 0;
        for (int i = 0; i < 10; ++i) {
            const qint64 end = i + 1 < 10 ? clean.at(i + 1).offset : file.size() - 0x28;
            if (end <= cut)
                ++whole;
        }
        QList<EventRecord> got;
        const ReadSummary s = readAll(reader, file.left(cut), got);
        QVERIFY(s.ok);
        QVERIFY2(!s.issues.isEmpty(), "a truncated file is said to be one");
        QCOMPARE(got.size(), whole);
        for (int i = 0; i < whole; ++i)
            compareLegacy(got.at(i), want.at(i));
    }
    // Inside the header.
    QList<EventRecord> got;
    const ReadSummary s = readAll(reader, file.left(20), got);
    QVERIFY(!s.ok);
    QVERIFY(!s.error.isEmpty());
}

void TestEventReaders::evtNotEvt()
{
    EvtReader reader;
    QList<EventRecord> got;
    QByteArray evtx("ElfFile\0", 8);
    evtx.append(4088, '\0');
    for (const QByteArray &data :
         {QByteArray("hello world, this is not an event log"), evtx, QByteArray(),
          QByteArray("\x30\0\0\0LfLx", 8), QByteArray("\x31\0\0\0LfLe", 8)}) {
        const ReadSummary s = readAll(reader, data, got);
        QVERIFY(!s.ok);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(!s.error.contains(QLatin1Char('\n')));
        QVERIFY(got.isEmpty());
    }
}

void TestEventReaders::evtEmpty()
{
    EvtReader reader;
    QList<EventRecord> got;
    ReadSummary s = readAll(reader, Test::buildEvt({}), got);
    QVERIFY(s.ok);
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
    QVERIFY(got.isEmpty());
    s = readAll(reader, Test::buildEvt({}, {false, false, 65536, -1}), got);
    QVERIFY(s.ok);
    QVERIFY(got.isEmpty());
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
}

void TestEventReaders::evtBinaryData()
{
    // The writer has no binary data: patch a record by hand (one string, 4 bytes of data).
    EventRecord r = legacy(1, 1000, 0xC000, 2, QStringLiteral("Userenv"), {QStringLiteral("x")});
    QByteArray file = Test::buildEvt({r});
    const qint64 rec = 0x30;
    const quint32 length = le32(file, rec);
    const quint32 dataOffset = le32(file, rec + 52);
    // Grow the record by 4 bytes of data before its padding/length copy.
    QByteArray record = file.mid(rec, length);
    QByteArray grown = record.left(dataOffset) + QByteArray("\x05\x00\xAB\xCD", 4);
    while (grown.size() % 4)
        grown.append('\0');
    const quint32 newLength = quint32(grown.size() + 4);
    grown.append(reinterpret_cast<const char *>(&newLength), 4);
    auto put = [](QByteArray &b, int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b[at + i] = char((v >> (8 * i)) & 0xFF);
    };
    put(grown, 0, newLength);
    put(grown, 48, 4); // DataLength
    QByteArray eof = file.mid(rec + length, 0x28);
    put(eof, 24, quint32(rec + newLength)); // EOF record: its own offset
    QByteArray patched = file.left(rec) + grown + eof;
    put(patched, 20, quint32(rec + newLength)); // header: EOF offset
    put(patched, 32, quint32(patched.size()));

    EvtReader reader;
    QList<EventRecord> got;
    ReadOptions options;
    options.renderXml = true;
    const ReadSummary s = readAll(reader, patched, got, options);
    QVERIFY2(s.issues.isEmpty(), qPrintable(issues(s)));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.at(0).data.size(), 1); // binary data is not an insertion string
    QVERIFY2(got.at(0).xml.contains(QLatin1String("<Data>x</Data><Binary>0500ABCD</Binary>")),
             qPrintable(got.at(0).xml));
}

void TestEventReaders::evtFilterAndStop()
{
    const QList<EventRecord> want = legacyRecords(12);
    const QByteArray file = Test::buildEvt(want, {true, false, 0, -1});
    EvtReader reader;
    QList<EventRecord> got;
    ReadOptions options;
    options.filter.add(QStringLiteral("USERENV"), 1000);
    ReadSummary s = readAll(reader, file, got, options);
    QCOMPARE(s.recordsSeen, 12);
    QCOMPARE(s.recordsMatched, 3);
    QCOMPARE(got.size(), 3);
    for (const EventRecord &r : std::as_const(got))
        QCOMPARE(r.eventId, quint16(1000));
    int n = 0;
    s = reader.readData(file, ReadOptions(), [&n](const EventRecord &) { return ++n < 3; });
    QVERIFY(s.cancelled);
    QCOMPARE(n, 3);
}

// ---- all formats -----------------------------------------------------------------------------

void TestEventReaders::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("records");
    QTest::newRow("vista-en.csv") << "vista-en.csv"
                                  << "csv" << 5;
    QTest::newRow("vista-de.csv") << "vista-de.csv"
                                  << "csv" << 4;
    QTest::newRow("vista-fr-utf16.csv") << "vista-fr-utf16.csv"
                                        << "csv" << 3;
    QTest::newRow("xp.csv") << "xp.csv"
                            << "csv" << 5;
    QTest::newRow("security-keywords.csv") << "security-keywords.csv"
                                           << "csv" << 2;
    QTest::newRow("vista-en.txt") << "vista-en.txt"
                                  << "text" << 3;
    QTest::newRow("xp-de.txt") << "xp-de.txt"
                               << "text" << 3;
    QTest::newRow("wevtutil.txt") << "wevtutil.txt"
                                  << "text" << 3;
    QTest::newRow("copy-vista.txt") << "copy-vista.txt"
                                    << "text" << 2;
    QTest::newRow("copy-xp.txt") << "copy-xp.txt"
                                 << "text" << 1;
    QTest::newRow("wevtutil.xml") << "wevtutil.xml"
                                  << "xml" << 4;
    QTest::newRow("saved-events.xml") << "saved-events.xml"
                                      << "xml" << 2;
    QTest::newRow("root-utf16.xml") << "root-utf16.xml"
                                    << "xml" << 2;
}

void TestEventReaders::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, records);
    const QString path = QStringLiteral(GPSI_EVENT_DATA_DIR "/") + file;
    const LogFormat::Detection d = LogFormat::detect(path);
    QCOMPARE(LogFormat::formatId(d.format), format);
    QVERIFY(!d.detail.isEmpty());
    int n = 0;
    const ReadSummary s = EventReaderFactory::readFile(path, ReadOptions(), [&n](const auto &) {
        ++n;
        return true;
    });
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(n, records);
    QCOMPARE(s.file, path);
}

void TestEventReaders::fuzzSeeds()
{
    // The seed corpus of the four fuzz targets: small valid inputs of each layout. With
    // GPSI_WRITE_FUZZ_SEEDS=1 the .evt seeds are (re)written from the test writer.
    const QDir corpus(QStringLiteral(GPSI_FUZZ_CORPUS_DIR));
    if (qEnvironmentVariableIntValue("GPSI_WRITE_FUZZ_SEEDS") == 1) {
        const QList<EventRecord> few = legacyRecords(3);
        const struct
        {
            const char *name;
            Test::EvtWriterOptions options;
        } seeds[] = {{"plain.evt", {}},
                     {"wrapped.evt", {true, false, 0, -1}},
                     {"dirty-wrapped.evt", {true, true, 0, -1}},
                     {"corrupt.evt", {false, false, 0, 1}}};
        for (const auto &seed : seeds) {
            QFile f(corpus.filePath(QStringLiteral("evt/") + QLatin1String(seed.name)));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(Test::buildEvt(few, seed.options));
        }
    }
    const struct
    {
        const char *dir;
        LogFormat::Format format;
    } targets[] = {{"evt", LogFormat::Format::Evt},
                   {"eventxml", LogFormat::Format::Xml},
                   {"eventcsv", LogFormat::Format::Csv},
                   {"eventtextlog", LogFormat::Format::Text}};
    for (const auto &t : targets) {
        // The named seeds only: the rest are inputs a libFuzzer campaign grew (sha1 names,
        // docs/fuzzing.md), which need not hold a record.
        const QDir dir(corpus.filePath(QLatin1String(t.dir)));
        QStringList files = dir.entryList(QDir::Files);
        files.removeIf([](const QString &name) {
            return QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(name).hasMatch();
        });
        QVERIFY2(files.size() >= 2 && files.size() <= 4, t.dir);
        for (const QString &f : files) {
            QFile in(dir.filePath(f));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray data = in.readAll();
            QVERIFY2(data.size() < 4096, qPrintable(f));
            const auto reader = EventReaderFactory::create(t.format);
            QList<EventRecord> got;
            const ReadSummary s = readAll(*reader, data, got);
            QVERIFY2(s.ok, qPrintable(f + QStringLiteral(": ") + s.error));
            QVERIFY2(!got.isEmpty(), qPrintable(f));
        }
    }
}

QTEST_GUILESS_MAIN(TestEventReaders)
#include "tst_eventreaders.moc"
