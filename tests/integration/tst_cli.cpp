#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/clirun.h"
#include "support/fakesmbserver.h"

using GpsiTest::RunOptions;
using GpsiTest::RunResult;

namespace {

// Runs the real binary with no display at all: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
RunResult gpsi(const QStringList &args, const QString &workDir = QString())
{
    RunOptions o;
    o.unsetEnvironment = {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                          QStringLiteral("QT_QPA_PLATFORM")};
    o.setEnvironment = {
        {QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")},
        // The Kerberos check: no configuration and an empty in-memory cache, so it asks no KDC.
        {QStringLiteral("KRB5_CONFIG"), QStringLiteral("/dev/null")},
        {QStringLiteral("KRB5CCNAME"), QStringLiteral("MEMORY:gpsi-doctor-test")}};
    o.workingDirectory = workDir;
    return GpsiTest::runCli(args, o);
}

QString describe(const RunResult &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.text().left(3000), r.err.left(2000));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionAndHelp();
    void guiWithoutDisplay();
    void mappedDrive();
    void ipLiteralJson();
    void emptyPackage();
    void cleanPath();
    void badUsage_data();
    void badUsage();
    void eventFiles();
    void htmlAndPdf();
    void caseFiles();
    void listChecks();
    void knowledgeFiles();
    void demoHeadless();
    void noProgressWhenNotATerminal();
    void progressOnATerminal();
};

void TestCli::initTestCase()
{
    if (GpsiTest::doctorBinary().isEmpty())
        QSKIP("the gpsi-doctor executable is not part of this build");
    QVERIFY(QFile::exists(GpsiTest::doctorBinary()));
}

void TestCli::versionAndHelp()
{
    const RunResult v = gpsi({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.text().startsWith(QStringLiteral("GPSI Doctor ")));
    const RunResult h = gpsi({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.text().contains(QStringLiteral("Exit status")));
}

void TestCli::guiWithoutDisplay()
{
#ifdef Q_OS_WIN
    QSKIP("Windows always has a desktop except in a service or remote shell (a hidden window "
          "station), which the tests cannot start: the wizard opens");
#endif
    const RunResult r = gpsi({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("no display")));
}

void TestCli::mappedDrive()
{
    const RunResult r = gpsi({QStringLiteral("diagnose"), QStringLiteral("--package"),
                              QStringLiteral("Z:\\apps\\office.msi")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY(r.text().contains(
        QStringLiteral("The package path uses mapped drive Z: instead of a UNC path")));
    QVERIFY(r.text().contains(QStringLiteral("net use Z:")));
    QVERIFY(r.text().contains(QStringLiteral("KB 816102")));
}

void TestCli::ipLiteralJson()
{
    const RunResult r = gpsi({QStringLiteral("diagnose"), QStringLiteral("--package"),
                              QStringLiteral("\\\\127.0.0.1\\apps\\office.msi"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    const QJsonObject top = findings.first().toObject();
    QCOMPARE(top.value(QStringLiteral("cause")).toString(), QStringLiteral("GPSI-PATH-IP-LITERAL"));
    QVERIFY(
        top.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("Kerberos")));
    QCOMPARE(doc.object().value(QStringLiteral("verdict")).toString(), QStringLiteral("problem"));
}

void TestCli::emptyPackage()
{
    const RunResult r = gpsi({QStringLiteral("diagnose"), QStringLiteral("--package"), QString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.text().isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("empty path")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCli::cleanPath()
{
    // A healthy server: SMB 2/3, signing, Kerberos on offer (a test double on loopback).
    GpsiTest::LoopbackServer server(GpsiTest::modernSmbServer());
    QVERIFY(server.start());
    const RunResult r = gpsi(
        {QStringLiteral("diagnose"), QStringLiteral("-p"),
         QStringLiteral("\\\\fs01.example.test\\apps\\office.msi"), QStringLiteral("--resolve"),
         QStringLiteral("fs01.example.test=127.0.0.1"), QStringLiteral("--smb-port"),
         QString::number(server.port()), QStringLiteral("--nbss-port"),
         QString::number(GpsiTest::LoopbackServer::closedPort())});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.text().contains(QStringLiteral("No problem found")));
    QVERIFY(r.text().contains(QStringLiteral("Kerberos 5")));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown-option")
        << QStringList{QStringLiteral("diagnose"), QStringLiteral("--bogus")}
        << QStringLiteral("bogus");
    QTest::newRow("no-package") << QStringList{QStringLiteral("diagnose")}
                                << QStringLiteral("--package");
    QTest::newRow("pdf-no-output")
        << QStringList{QStringLiteral("diagnose"), QStringLiteral("-p"),
                       QStringLiteral("Z:\\a.msi"), QStringLiteral("-f"), QStringLiteral("pdf")}
        << QStringLiteral("--output");
    QTest::newRow("unwritable-output")
        << QStringList{QStringLiteral("diagnose"), QStringLiteral("-p"),
                       QStringLiteral("Z:\\a.msi"), QStringLiteral("-o"),
                       QStringLiteral("/nonexistent/dir/r.txt")}
        << QStringLiteral("cannot write");
    QTest::newRow("missing-case") << QStringList{QStringLiteral("diagnose"),
                                                 QStringLiteral("--case"),
                                                 QStringLiteral("/nonexistent/case.json")}
                                  << QStringLiteral("cannot read");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorPart);
    const RunResult r = gpsi(args);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
}

void TestCli::eventFiles()
{
    QTemporaryDir dir;
    const RunResult missing =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"), QStringLiteral("Z:\\a.msi"),
              QStringLiteral("--events"), dir.filePath(QStringLiteral("none.evtx"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("cannot read")));
    QFile notLog(dir.filePath(QStringLiteral("notes.evtx")));
    QVERIFY(notLog.open(QIODevice::WriteOnly));
    notLog.write("just some notes, not a log\n");
    notLog.close();
    const RunResult bad =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"), QStringLiteral("Z:\\a.msi"),
              QStringLiteral("--events"), notLog.fileName()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("not an event log")), qPrintable(bad.err));

    const QString sample = qEnvironmentVariable("GPSI_SHARED_DIR") +
                           QStringLiteral("/data/evtx/omerbenamram_system_win10-1703.evtx");
    if (!QFile::exists(sample))
        QSKIP("../shared/data/evtx is not present: accepting a real EVTX file not checked");
    const RunResult ok = gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"),
                               QStringLiteral("Z:\\a.msi"), QStringLiteral("--events"), sample});
    QVERIFY2(ok.exitCode == 1, qPrintable(describe(ok)));
    QVERIFY(ok.text().contains(QStringLiteral("omerbenamram_system_win10-1703.evtx")));
}

void TestCli::htmlAndPdf()
{
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    const RunResult h =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"), QStringLiteral("Z:\\<b>x</b>.msi"),
              QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-o"), html});
    QVERIFY2(h.exitCode == 1, qPrintable(describe(h)));
    QFile hf(html);
    QVERIFY(hf.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(hf.readAll());
    QVERIFY(content.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(content.contains(QStringLiteral("Z:\\&lt;b&gt;x&lt;/b&gt;.msi")));
    QVERIFY(h.text().isEmpty());

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: PDF content not checked");
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    const RunResult p =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"),
              QStringLiteral("Z:\\apps\\office.msi"), QStringLiteral("-f"), QStringLiteral("pdf"),
              QStringLiteral("-o"), pdf, QStringLiteral("--page-size"), QStringLiteral("Letter")});
    QVERIFY2(p.exitCode == 1, qPrintable(describe(p)));
    RunOptions thirtySeconds;
    thirtySeconds.timeoutMs = 30000;
    const RunResult text = GpsiTest::runProcess(QStringLiteral("pdftotext"),
                                                {pdf, QStringLiteral("-")}, thirtySeconds);
    QVERIFY(text.finished);
    const QString flat = text.text().simplified();
    QVERIFY2(flat.contains(QStringLiteral("mapped drive Z:")), qPrintable(flat.left(1000)));
}

void TestCli::caseFiles()
{
    QTemporaryDir dir;
    const QString caseFile = dir.filePath(QStringLiteral("ticket.json"));
    const RunResult saved =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"),
              QStringLiteral("Z:\\apps\\office.msi"), QStringLiteral("--save-case"), caseFile,
              QStringLiteral("--timeout"), QStringLiteral("9")});
    QCOMPARE(saved.exitCode, 1);
    QVERIFY(QFile::exists(caseFile));
    const RunResult loaded = gpsi({QStringLiteral("diagnose"), QStringLiteral("--case"), caseFile,
                                   QStringLiteral("-f"), QStringLiteral("json")});
    QCOMPARE(loaded.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(loaded.out).object();
    const QJsonObject c = root.value(QStringLiteral("case")).toObject();
    QCOMPARE(c.value(QStringLiteral("packagePaths")).toArray().first().toString(),
             QStringLiteral("Z:\\apps\\office.msi"));
    QCOMPARE(c.value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("checkTimeoutSeconds"))
                 .toInt(),
             9);

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"something-else\"}");
    broken.close();
    const RunResult bad =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("--case"), broken.fileName()});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("not a GPSI Doctor case file")));
}

void TestCli::listChecks()
{
    const RunResult r = gpsi({QStringLiteral("--list-checks")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.text().contains(QStringLiteral("package-path")));
    QVERIFY(r.text().contains(QStringLiteral("name-resolution")));
    QVERIFY(r.text().contains(QStringLiteral("requires: path.host")));
}

// An admin's own cause, from a knowledge file: validated against the fact contract, then added
// to a run where it fires; a broken file is refused with every problem and its JSON path.
void TestCli::knowledgeFiles()
{
    const QString site = GpsiTest::fixturePath(QStringLiteral("knowledge/site-legacy-share.json"));
    const QString broken = GpsiTest::fixturePath(QStringLiteral("knowledge/broken-contract.json"));
    RunResult r = gpsi({QStringLiteral("validate-knowledge"), site});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.text().trimmed(), site + QStringLiteral(": valid, 1 cause(s)"));

    r = gpsi({QStringLiteral("validate-knowledge"), site, broken});
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 7);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(broken + QStringLiteral(": causes[0] (GPSI-SITE-BAD).")),
                 qPrintable(line));

    r = gpsi({QStringLiteral("diagnose"), QStringLiteral("--package"),
              QStringLiteral("\\\\files.example.test\\legacy\\app.msi"),
              QStringLiteral("--resolve"), QStringLiteral("files.example.test=127.0.0.1"),
              QStringLiteral("--smb-port"), QStringLiteral("1"), QStringLiteral("--nbss-port"),
              QStringLiteral("1"), QStringLiteral("--knowledge"), site, QStringLiteral("--format"),
              QStringLiteral("json"), QStringLiteral("--no-progress")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(GpsiTest::findingIds(report).contains(QStringLiteral("GPSI-SITE-LEGACY-SHARE")),
             qPrintable(GpsiTest::findingIds(report).join(u',')));

    r = gpsi({QStringLiteral("diagnose"), QStringLiteral("--package"), QStringLiteral("Z:\\x.msi"),
              QStringLiteral("--knowledge"), broken});
    QCOMPARE(r.exitCode, 2);
    // The case holds the file's absolute path, shown the platform's way (Y:\\... under Wine).
    QVERIFY2(r.err.startsWith(QStringLiteral("gpsi-doctor: --knowledge ") +
                              QDir::toNativeSeparators(QFileInfo(broken).absoluteFilePath()) +
                              QStringLiteral(": causes[0] (GPSI-SITE-BAD).")),
             qPrintable(r.err));
}

void TestCli::demoHeadless()
{
#ifdef Q_OS_WIN
    QSKIP("on Windows 'demo' opens the wizard (there is a desktop); the headless demo is the "
          "one for a Linux machine without a display");
#endif
    QTemporaryDir dir;
    const RunResult r = gpsi({QStringLiteral("--demo")}, dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.text().contains(QStringLiteral("GPSI-PATH-MAPPED-DRIVE")));
    QVERIFY(r.text().contains(QStringLiteral("GPSI-PATH-IP-LITERAL")));
    QVERIFY(r.text().contains(QStringLiteral("nt4srv.example.test")));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("gpsi-doctor-demo.html"))).size() > 1000);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("gpsi-doctor-demo.pdf"))).size() > 1000);
    QVERIFY(r.err.contains(QStringLiteral("gpsi-doctor-demo.pdf")));
}

void TestCli::noProgressWhenNotATerminal()
{
    const RunResult r =
        gpsi({QStringLiteral("diagnose"), QStringLiteral("-p"), QStringLiteral("Z:\\a.msi")});
    QVERIFY(!r.err.contains(QStringLiteral("[1/")));
    // Nothing else either: no debug chatter on a normal run.
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::progressOnATerminal()
{
    // util-linux's script(1) gives the program a pseudo-terminal.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("script(1) is not installed: progress on a terminal not checked");
    RunOptions o;
    o.unsetEnvironment = {QStringLiteral("DISPLAY"), QStringLiteral("QT_QPA_PLATFORM")};
    o.timeoutMs = 60000;
    const QString command =
        QStringLiteral("'%1' diagnose -p 'Z:\\apps\\office.msi' -p '\\\\127.0.0.1\\a\\b.msi'")
            .arg(GpsiTest::doctorBinary());
    const RunResult p = GpsiTest::runProcess(
        script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")}, o);
    QVERIFY(p.finished);
    const QString all = p.text();
    QVERIFY2(all.contains(QStringLiteral("[1/9]")), qPrintable(all.left(2000)));
    QVERIFY(all.contains(QStringLiteral("[9/9]")));
    QCOMPARE(p.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
