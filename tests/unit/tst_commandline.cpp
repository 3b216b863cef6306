#include <QTest>

#include "cli/commandline.h"

using Gpsi::CommandLine;
using Command = Gpsi::CommandLine::Command;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void options();
    void helpMentionsExitCodes();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("command");
    QTest::addColumn<QString>("errorPart");
    auto s = [](std::initializer_list<const char *> list) {
        QStringList out{QStringLiteral("gpsi-doctor")};
        for (const char *a : list)
            out << QString::fromUtf8(a);
        return out;
    };
    QTest::newRow("gui") << s({}) << int(Command::Gui) << QString();
    QTest::newRow("help") << s({"--help"}) << int(Command::Help) << QString();
    QTest::newRow("help-cmd") << s({"help"}) << int(Command::Help) << QString();
    QTest::newRow("version") << s({"--version"}) << int(Command::Version) << QString();
    QTest::newRow("list") << s({"--list-checks"}) << int(Command::ListChecks) << QString();
    QTest::newRow("demo") << s({"--demo"}) << int(Command::Demo) << QString();
    QTest::newRow("diagnose") << s({"diagnose", "--package", "Z:\\a.msi"}) << int(Command::Diagnose)
                              << QString();
    QTest::newRow("diagnose-empty")
        << s({"diagnose", "--package", ""}) << int(Command::Diagnose) << QString();
    QTest::newRow("diagnose-case")
        << s({"diagnose", "--case", "c.json"}) << int(Command::Diagnose) << QString();
    QTest::newRow("no-package") << s({"diagnose"}) << -1 << QStringLiteral("needs --package");
    QTest::newRow("unknown-command")
        << s({"frobnicate"}) << -1 << QStringLiteral("unknown command");
    QTest::newRow("unknown-option") << s({"diagnose", "--bogus"}) << -1 << QStringLiteral("bogus");
    QTest::newRow("missing-value")
        << s({"diagnose", "--package"}) << -1 << QStringLiteral("package");
    QTest::newRow("bad-format") << s({"diagnose", "-p", "x", "--format", "docx"}) << -1
                                << QStringLiteral("--format");
    QTest::newRow("bad-timeout") << s({"diagnose", "-p", "x", "--timeout", "soon"}) << -1
                                 << QStringLiteral("--timeout");
    QTest::newRow("zero-timeout") << s({"diagnose", "-p", "x", "--timeout", "0"}) << -1
                                  << QStringLiteral("--timeout");
    QTest::newRow("bad-resolve") << s({"diagnose", "-p", "x", "--resolve", "host"}) << -1
                                 << QStringLiteral("--resolve");
    QTest::newRow("resolve-not-ip")
        << s({"diagnose", "-p", "x", "--resolve", "a=b"}) << -1 << QStringLiteral("--resolve");
    QTest::newRow("bad-page") << s({"diagnose", "-p", "x", "--page-size", "A3"}) << -1
                              << QStringLiteral("A4 or Letter");
    QTest::newRow("package-without-diagnose")
        << s({"--package", "x"}) << -1 << QStringLiteral("diagnose");
    QTest::newRow("extra-positional")
        << s({"diagnose", "more", "-p", "x"}) << -1 << QStringLiteral("unexpected argument");
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, args);
    QFETCH(int, command);
    QFETCH(QString, errorPart);
    const CommandLine cl = CommandLine::parse(args);
    if (command < 0) {
        QVERIFY2(cl.error.contains(errorPart), qPrintable(cl.error));
    } else {
        QVERIFY2(cl.error.isEmpty(), qPrintable(cl.error));
        QCOMPARE(int(cl.command), command);
    }
}

void TestCommandLine::options()
{
    const CommandLine cl = CommandLine::parse({QStringLiteral("gpsi-doctor"),
                                               QStringLiteral("diagnose"),
                                               QStringLiteral("-p"),
                                               QStringLiteral("\\\\a\\b\\c.msi"),
                                               QStringLiteral("--package"),
                                               QStringLiteral("Z:\\d.msi"),
                                               QStringLiteral("--events"),
                                               QStringLiteral("System.evtx"),
                                               QStringLiteral("-t"),
                                               QStringLiteral("7"),
                                               QStringLiteral("-f"),
                                               QStringLiteral("PDF"),
                                               QStringLiteral("-o"),
                                               QStringLiteral("out.pdf"),
                                               QStringLiteral("--page-size"),
                                               QStringLiteral("letter"),
                                               QStringLiteral("--resolve"),
                                               QStringLiteral("NT4SRV.example.test=127.0.0.1"),
                                               QStringLiteral("--no-progress"),
                                               QStringLiteral("--plugin-dir"),
                                               QStringLiteral("/opt/checks")});
    QVERIFY2(cl.error.isEmpty(), qPrintable(cl.error));
    QCOMPARE(cl.packages,
             (QStringList{QStringLiteral("\\\\a\\b\\c.msi"), QStringLiteral("Z:\\d.msi")}));
    QCOMPARE(cl.events, QStringList{QStringLiteral("System.evtx")});
    QCOMPARE(cl.timeoutSeconds, 7);
    QCOMPARE(cl.format, Gpsi::ReportRenderer::Format::Pdf);
    QCOMPARE(cl.output, QStringLiteral("out.pdf"));
    QCOMPARE(cl.pageSize, QStringLiteral("Letter"));
    QCOMPARE(cl.hostOverrides.value(QStringLiteral("nt4srv.example.test")),
             QStringLiteral("127.0.0.1"));
    QVERIFY(cl.noProgress);
    QCOMPARE(cl.pluginDirs, QStringList{QStringLiteral("/opt/checks")});
}

void TestCommandLine::helpMentionsExitCodes()
{
    const QString help = CommandLine::helpText();
    QVERIFY(help.contains(QStringLiteral("diagnose --package PATH")));
    QVERIFY(help.contains(QStringLiteral("Exit status: 0")));
    QVERIFY(CommandLine::versionText().contains(QStringLiteral(GPSI_VERSION)));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
