// The event-history leg end to end: the built gpsi-doctor reads the KB 323304 event sets that
// the test writers generated (tests/fixtures/events: .evtx, .evt, XML, CSV, TXT), correlates
// them, and ties them to the server checks; dump-events and scan-events on the same files.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "probes/nt4simulator.h"
#include "support/clirun.h"
#include "support/loopbackserver.h"

using namespace GpsiTest;
using Gpsi::Nt4Simulator;

namespace {

// dump-events and scan-events, up to three minutes each.
RunResult gpsi(const QStringList &args)
{
    RunOptions o;
    o.timeoutMs = 180000;
    return runCli(args, o);
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("GPSI_SOURCE_DIR") + QStringLiteral("/tests/fixtures/events/") +
           name;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

const QString kPackage = QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi");

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (doctorBinary().isEmpty())
            QSKIP("the gpsi-doctor executable is not part of this build");
        // The Kerberos check asks no KDC: no configuration, an empty in-memory cache.
        qputenv("KRB5_CONFIG", "/dev/null");
        qputenv("KRB5CCNAME", "MEMORY:gpsi-events-test");
        QVERIFY2(QFile::exists(fixture(QStringLiteral("kb323304-xp.evt"))),
                 "tests/fixtures/events is missing (tests/fixtures/README.md regenerates it)");
    }

    // The demo ships the XP client's log: the generated fixture, byte for byte.
    void demoLogIsTheFixture()
    {
        QFile demo(qEnvironmentVariable("GPSI_SOURCE_DIR") +
                   QStringLiteral("/resources/demo/accounting-pc01-application.evt"));
        QFile fix(fixture(QStringLiteral("kb323304-xp.evt")));
        QVERIFY(demo.open(QIODevice::ReadOnly) && fix.open(QIODevice::ReadOnly));
        QVERIFY2(demo.readAll() == fix.readAll(), "copy tests/fixtures/events/kb323304-xp.evt to "
                                                  "resources/demo/accounting-pc01-application.evt");
    }

    // The KB 323304 event set is found and correlated from every input format.
    void signatureFromEveryFormat_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("pathInEvents");
        const auto f = [](const char *n) { return fixture(QString::fromLatin1(n)); };
        QTest::newRow("xp.evt") << QStringList{f("kb323304-xp.evt")} << true;
        QTest::newRow("xp.csv") << QStringList{f("kb323304-xp.csv")} << true;
        QTest::newRow("xp.txt") << QStringList{f("kb323304-xp.txt")} << true;
        QTest::newRow("win7.evtx")
            << QStringList{f("kb323304-win7-system.evtx"), f("kb323304-win7-gpoperational.evtx")}
            << false;
        QTest::newRow("win7.xml") << QStringList{f("kb323304-win7-system.xml")} << false;
        QTest::newRow("win7-rendered.xml")
            << QStringList{f("kb323304-win7-system-rendered.xml")} << false;
        QTest::newRow("win7.csv") << QStringList{f("kb323304-win7-system.csv")} << false;
    }
    void signatureFromEveryFormat()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, pathInEvents);
        // A drive-letter path keeps the run off the network: the events module is case-wide.
        QStringList args{QStringLiteral("--package"), QStringLiteral("Z:\\Software\\office.msi")};
        for (const QString &file : files)
            args << QStringLiteral("--events") << file;
        const CliRun r = runDiagnose(args);
        const QString why = r.stderrText + QString::fromUtf8(QJsonDocument(r.report).toJson());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(factValue(r.report, QStringLiteral("events.kb323304.signature")).toBool(),
                 qPrintable(why.left(6000)));
        QVERIFY2(stringList(factValue(r.report, QStringLiteral("events.errors")))
                     .contains(QStringLiteral("1612")),
                 qPrintable(why.left(4000)));
        QVERIFY2(stringList(factValue(r.report, QStringLiteral("events.failed.applications")))
                     .contains(QStringLiteral("Office 2003")),
                 qPrintable(why.left(4000)));
        QVERIFY(findingIds(r.report).contains(QStringLiteral("GPSI-EVENTS-SOURCE-ABSENT")));
        if (pathInEvents) {
            QVERIFY2(stringList(factValue(r.report, QStringLiteral("events.paths")))
                         .contains(kPackage, Qt::CaseInsensitive),
                     qPrintable(why.left(4000)));
        }
        // The report carries the timeline.
        const QJsonObject history = r.report.value(QStringLiteral("eventHistory")).toObject();
        QVERIFY(!history.value(QStringLiteral("timeline")).toArray().isEmpty());
        QVERIFY(!history.value(QStringLiteral("failedPackages")).toArray().isEmpty());
    }

    // Vista+ signals beside the failure: a boot without network, a slow link, SMB1 missing,
    // an install pending until the next startup.
    void vistaSignals()
    {
        const CliRun r = runDiagnose(
            {QStringLiteral("--package"), QStringLiteral("Z:\\Software\\office.msi"),
             QStringLiteral("--events"), fixture(QStringLiteral("kb323304-win7-system.evtx")),
             QStringLiteral("--events"),
             fixture(QStringLiteral("kb323304-win7-gpoperational.evtx"))});
        const QString why = r.stderrText + QString::fromUtf8(QJsonDocument(r.report).toJson());
        QVERIFY2(factValue(r.report, QStringLiteral("events.network.notready")).toBool(),
                 qPrintable(why.left(4000)));
        QVERIFY(factValue(r.report, QStringLiteral("events.slowlink")).toBool());
        QVERIFY(factValue(r.report, QStringLiteral("events.smb1.client.missing")).toBool());
        QVERIFY(factValue(r.report, QStringLiteral("events.pending")).toBool());
        const QStringList ids = findingIds(r.report);
        QVERIFY(ids.contains(QStringLiteral("GPSI-EVENTS-NETWORK-NOT-READY")));
        QVERIFY(ids.contains(QStringLiteral("GPSI-EVENTS-SLOW-LINK")));
        QVERIFY(ids.contains(QStringLiteral("GPSI-EVENTS-SMB1-CLIENT")));
        // A failure exists, so "pending" is not offered as the explanation.
        QVERIFY(!ids.contains(QStringLiteral("GPSI-EVENTS-PENDING")));
    }

    // diagnose --events without --package: the path the events name is checked, against the
    // NT 4.0 simulator: the server checks and the events tell the same story.
    void pathFromEventsAgainstNt4()
    {
        Nt4Simulator nt4;
        QString error;
        QVERIFY2(nt4.start(&error), qPrintable(error));
        const CliRun r = runDiagnose(
            {QStringLiteral("--events"), fixture(QStringLiteral("kb323304-xp.evt")),
             QStringLiteral("--resolve"), QStringLiteral("nt4srv.example.test=127.0.0.1"),
             QStringLiteral("--nbss-port"), QString::number(nt4.port()),
             QStringLiteral("--smb-port"), QString::number(LoopbackServer::closedPort())});
        const QString why = r.stderrText + QString::fromUtf8(QJsonDocument(r.report).toJson());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains(QStringLiteral("the events name")), qPrintable(why));
        const QStringList paths = stringList(r.report.value(QStringLiteral("case"))
                                                 .toObject()
                                                 .value(QStringLiteral("packagePaths")));
        QVERIFY2(paths.contains(kPackage, Qt::CaseInsensitive), qPrintable(why.left(3000)));
        const QStringList ids = findingIds(r.report);
        QVERIFY2(!ids.isEmpty() && ids.first() == QLatin1String("GPSI-NT4-NOKERB"),
                 qPrintable(why.left(6000)));
        // The events' signature is cited as support of the NT 4.0 finding.
        const QJsonObject nt4Finding = finding(r.report, QStringLiteral("GPSI-NT4-NOKERB"));
        bool cited = false;
        for (const QJsonValue &e : nt4Finding.value(QStringLiteral("evidenceFor")).toArray())
            cited = cited || e.toObject().value(QStringLiteral("key")).toString() ==
                                 QLatin1String("events.kb323304.signature");
        QVERIFY2(cited, qPrintable(QString::fromUtf8(QJsonDocument(nt4Finding).toJson())));
    }

    void dumpEventsJsonl()
    {
        const RunResult all =
            gpsi({QStringLiteral("dump-events"), fixture(QStringLiteral("kb323304-xp.evt"))});
        QCOMPARE(all.exitCode, 0);
        const QList<QByteArray> lines = all.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 6);
        int matched = 0;
        for (const QByteArray &line : lines) {
            QJsonParseError pe;
            const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
            QVERIFY2(pe.error == QJsonParseError::NoError, line.constData());
            QVERIFY(o.contains(QStringLiteral("recordId")));
            QVERIFY(o.contains(QStringLiteral("time")));
            QVERIFY(o.contains(QStringLiteral("provider")));
            QVERIFY(o.contains(QStringLiteral("eventId")));
            if (o.contains(QStringLiteral("catalogue"))) {
                ++matched;
                QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
            }
        }
        QVERIFY(matched >= 4);
        const RunResult some =
            gpsi({QStringLiteral("dump-events"), fixture(QStringLiteral("kb323304-xp.evt")),
                  QStringLiteral("--ids"), QStringLiteral("102,108")});
        QCOMPARE(some.exitCode, 0);
        const QList<QByteArray> someLines = some.out.trimmed().split('\n');
        QVERIFY(someLines.size() >= 2 && someLines.size() < lines.size());
        for (const QByteArray &line : someLines) {
            const int id =
                QJsonDocument::fromJson(line).object().value(QStringLiteral("eventId")).toInt();
            QVERIFY2(id == 102 || id == 108, line.constData());
        }
    }

    void dumpEventsXml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("evtx") << fixture(QStringLiteral("kb323304-win7-system.evtx"));
        QTest::newRow("evt") << fixture(QStringLiteral("kb323304-xp.evt"));
        QTest::newRow("xml") << fixture(QStringLiteral("kb323304-win7-system.xml"));
        QTest::newRow("csv") << fixture(QStringLiteral("kb323304-xp.csv"));
    }
    void dumpEventsXml()
    {
        QFETCH(QString, file);
        const RunResult r = gpsi({QStringLiteral("dump-events"), file, QStringLiteral("--format"),
                                  QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines) {
            QXmlStreamReader xml(line);
            int events = 0;
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement &&
                    xml.name() == QLatin1String("Event"))
                    ++events;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QLatin1Char(' ') +
                                                 QString::fromUtf8(line.left(400))));
            QCOMPARE(events, 1);
        }
    }

    // Damage is skipped and reported with the offset; the rest is printed; exit 0. A file that
    // is not an event log: one line, exit 2.
    void dumpEventsDamagedAndForeign()
    {
        QTemporaryDir dir;
        QFile in(fixture(QStringLiteral("kb323304-win7-system.evtx")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        QVERIFY(bytes.size() > 4096 + 600);
        const RunResult whole = gpsi({QStringLiteral("dump-events"), in.fileName()});
        QCOMPARE(whole.exitCode, 0);
        const int wholeCount = int(whole.out.trimmed().split('\n').size());
        // Break the second record of the first chunk (its signature).
        const int firstRecord = 4096 + 512;
        const quint32 firstSize =
            quint8(bytes.at(firstRecord + 4)) | (quint8(bytes.at(firstRecord + 5)) << 8);
        bytes[firstRecord + int(firstSize)] = 'X';
        const QString damaged = dir.filePath(QStringLiteral("damaged.evtx"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const RunResult r = gpsi({QStringLiteral("dump-events"), damaged});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("offset 0x")), qPrintable(r.err));
        const int count = int(r.out.trimmed().split('\n').size());
        QVERIFY2(count >= 1 && count < wholeCount, qPrintable(QString::number(count)));

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just some notes\n");
        t.close();
        const RunResult foreign = gpsi({QStringLiteral("dump-events"), text});
        QCOMPARE(foreign.exitCode, 2);
        QCOMPARE(foreign.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(foreign.out.isEmpty());
    }

    // A folder of exports from several computers.
    void scanEvents()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath(QStringLiteral("pc-xp")));
        QVERIFY(root.mkpath(QStringLiteral("deeper/pc-win7")));
        QVERIFY(QFile::copy(fixture(QStringLiteral("kb323304-xp.evt")),
                            root.filePath(QStringLiteral("pc-xp/application.evt"))));
        QVERIFY(QFile::copy(fixture(QStringLiteral("kb323304-win7-system.evtx")),
                            root.filePath(QStringLiteral("deeper/pc-win7/system.evtx"))));
        QVERIFY(QFile::copy(fixture(QStringLiteral("kb323304-win7-gpoperational.evtx")),
                            root.filePath(QStringLiteral("deeper/pc-win7/gpo.evtx"))));
        QFile notes(root.filePath(QStringLiteral("readme.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("exports of the accounting computers\n");
        notes.close();

        const RunResult flat = gpsi({QStringLiteral("scan-events"), dir.path(),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(flat.exitCode, 2); // no event log directly in the folder
        const RunResult r = gpsi({QStringLiteral("scan-events"), QStringLiteral("--recursive"),
                                  dir.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("logs")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("computers")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("computersWithFailures")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("computersWithSignature")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("skipped")).toArray().size(), 1);
        bool office = false;
        for (const QJsonValue &p : o.value(QStringLiteral("packages")).toArray())
            office = office || p.toObject().value(QStringLiteral("application")).toString() ==
                                   QLatin1String("Office 2003");
        QVERIFY(office);
        bool nt4srv = false;
        for (const QJsonValue &s : o.value(QStringLiteral("servers")).toArray())
            nt4srv = nt4srv || s.toObject()
                                   .value(QStringLiteral("server"))
                                   .toString()
                                   .startsWith(QLatin1String("nt4srv"), Qt::CaseInsensitive);
        QVERIFY2(nt4srv, r.out.constData());
        // The knowledge base's causes per computer: both computers' events show the source
        // absent (1612). Until 2026-12-07 the list was always empty (the summary's event
        // history knew no readable file, so its facts stopped at events.files).
        QStringList causeComputers;
        for (const QJsonValue &c : o.value(QStringLiteral("causes")).toArray()) {
            if (c.toObject().value(QStringLiteral("cause")).toString() ==
                QLatin1String("GPSI-EVENTS-SOURCE-ABSENT"))
                causeComputers =
                    c.toObject().value(QStringLiteral("computers")).toVariant().toStringList();
        }
        QCOMPARE(causeComputers.size(), 2);

        const RunResult text =
            gpsi({QStringLiteral("scan-events"), QStringLiteral("-r"), dir.path()});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("Fleet summary: 3 logs"));
        QVERIFY(text.out.contains("KB 323304 signature"));
        const RunResult html =
            gpsi({QStringLiteral("scan-events"), QStringLiteral("-r"), dir.path(),
                  QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"),
                  dir.filePath(QStringLiteral("fleet.html"))});
        QCOMPARE(html.exitCode, 1);
        QFile h(dir.filePath(QStringLiteral("fleet.html")));
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QByteArray page = h.readAll();
        QVERIFY(page.contains("<h1>"));
        QVERIFY(page.contains("Office 2003"));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
