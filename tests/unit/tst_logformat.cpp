#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "eventlog/logformat.h"

using Gpsi::LogFormat;

class TestLogFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytes_data();
    void bytes();
    void realSamples();
    void unreadable();
};

void TestLogFormat::bytes_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("format");
    QByteArray evtx("ElfFile\0", 8);
    evtx.append(QByteArray(32, '\0'));
    QByteArray evt;
    evt.append(char(0x30)).append(3, '\0').append("LfLe").append(40, '\0');
    QTest::newRow("evtx") << evtx << QStringLiteral("evtx");
    QTest::newRow("evt") << evt << QStringLiteral("evt");
    QTest::newRow("wevtutil-xml")
        << QByteArray("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>")
        << QStringLiteral("xml");
    QTest::newRow("xml-bom") << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<Events><Event>")
                             << QStringLiteral("xml");
    QTest::newRow("xml-utf16") << QByteArray::fromRawData(
                                      reinterpret_cast<const char *>(u"\uFEFF<Events><Event>"), 34)
                               << QStringLiteral("xml");
    QTest::newRow("csv") << QByteArray("Level,Date and Time,Source,Event ID,Task Category\r\n")
                         << QStringLiteral("csv");
    QTest::newRow("text")
        << QByteArray("Event Type:\tError\r\nEvent Source:\tUserenv\r\nEvent ID:\t1000\r\n")
        << QStringLiteral("text");
    // Event Viewer "Save as" exports in other languages and layouts, wevtutil text, "Copy".
    QTest::newRow("csv-de") << QByteArray(
                                   "Ebene,Datum und Uhrzeit,Quelle,Ereignis-ID,"
                                   "Aufgabenkategorie\nFehler,30.11.2026 17:10:19,X,1,Keine,m")
                            << QStringLiteral("csv");
    QTest::newRow("csv-fr") << QStringLiteral("Niveau,Date et heure,Source,ID de l’événement,"
                                              "Catégorie de la tâche\r\n")
                                   .toUtf8()
                            << QStringLiteral("csv");
    QTest::newRow("csv-security") << QByteArray("Keywords,Date and Time,Source,Event ID,Task "
                                                "Category\r\n")
                                  << QStringLiteral("csv");
    QTest::newRow("csv-xp-no-header")
        << QByteArray("3/9/2006,8:55:01 AM,Application Management,Error,None,102,NT "
                      "AUTHORITY\\SYSTEM,PC01,The install of application failed.\r\n")
        << QStringLiteral("csv");
    QTest::newRow("txt-vista-tabs")
        << QByteArray("Level\tDate and Time\tSource\tEvent ID\tTask Category\r\n")
        << QStringLiteral("text");
    QTest::newRow("txt-xp-tabs")
        << QByteArray("30.11.2006\t17:10:19\tUserenv\tFehler\tKeine\t1000\tN/A\tPC01\tText\r\n")
        << QStringLiteral("text");
    QTest::newRow("wevtutil-text")
        << QByteArray("Event[0]:\r\n  Log Name: System\r\n") << QStringLiteral("text");
    QTest::newRow("copy-vista") << QByteArray("Log Name:      System\r\nSource:        X\r\n")
                                << QStringLiteral("text");
    QTest::newRow("csv-utf16") << QByteArray::fromRawData(
                                      reinterpret_cast<const char *>(
                                          u"\uFEFFLevel,Date and Time,Source,Event ID,Task "
                                          u"Category\r\n"),
                                      2 * 52)
                               << QStringLiteral("csv");
    QTest::newRow("plain-csv") << QByteArray("name,age\nalice,30\n") << QStringLiteral("not-a-log");
    QTest::newRow("prose") << QByteArray("Dear admin, the event log was cleared.\n")
                           << QStringLiteral("not-a-log");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n") << QStringLiteral("not-a-log");
    QTest::newRow("html") << QByteArray("<html><body>") << QStringLiteral("not-a-log");
}

void TestLogFormat::bytes()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, format);
    const LogFormat::Detection d = LogFormat::detectBytes(head, head.size());
    QCOMPARE(LogFormat::formatId(d.format), format);
    QVERIFY(!d.detail.isEmpty());
    QCOMPARE(LogFormat::detectBytes(QByteArray(), 0).format, LogFormat::Format::NotALog);
}

void TestLogFormat::realSamples()
{
    const QString shared = qEnvironmentVariable("GPSI_SHARED_DIR");
    const QDir dir(shared + QStringLiteral("/data/evtx"));
    if (shared.isEmpty() || !dir.exists())
        QSKIP("../shared/data/evtx is not present: real EVTX samples not checked");
    const QStringList files = dir.entryList({QStringLiteral("*.evtx")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files) {
        const LogFormat::Detection d = LogFormat::detect(dir.filePath(f));
        QVERIFY2(d.format == LogFormat::Format::Evtx,
                 qPrintable(f + QStringLiteral(": ") + d.detail));
    }
    // Content decides, not the name: a pcap renamed .evtx is not an event log.
    const QString pcap = shared + QStringLiteral("/data/smb/zeek_smb3_server2016.pcap");
    if (QFile::exists(pcap))
        QCOMPARE(LogFormat::detect(pcap).format, LogFormat::Format::NotALog);
}

void TestLogFormat::unreadable()
{
    QTemporaryDir dir;
    QCOMPARE(LogFormat::detect(dir.filePath(QStringLiteral("missing.evtx"))).format,
             LogFormat::Format::Unreadable);
    QCOMPARE(LogFormat::detect(dir.path()).format, LogFormat::Format::Unreadable);
}

QTEST_GUILESS_MAIN(TestLogFormat)
#include "tst_logformat.moc"
