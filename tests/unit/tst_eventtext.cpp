#include <QTest>

#include "eventlog/eventtext.h"

using Gpsi::EventText;

class TestEventText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void summaryTellsWhereToFindThePath();
};

void TestEventText::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("eventId");
    QTest::addColumn<QString>("application");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QStringList>("paths");

    QTest::newRow("kb323304-102")
        << QStringLiteral(
               "The install of application \"Office 2003\" from policy \"Deploy Office\" "
               "failed. The error was The installation source for this product is not "
               "available. Verify that the source exists and that you can access it.")
        << 102 << QStringLiteral("Office 2003") << QStringLiteral("Deploy Office") << 1612
        << QStringList();
    QTest::newRow("xp-template-colon")
        << QStringLiteral("The install of application Widget from policy Deploy Widget failed.  "
                          "The error was : The installation source for this product is not "
                          "available.  Verify that the source exists and that you can access it.")
        << 102 << QStringLiteral("Widget") << QStringLiteral("Deploy Widget") << 1612
        << QStringList();
    QTest::newRow("unexpanded-code")
        << QStringLiteral("The assignment of application UniversalForwarder from policy Splunk UF "
                          "Deployment failed. The error was: %%1274")
        << 101 << QStringLiteral("UniversalForwarder") << QStringLiteral("Splunk UF Deployment")
        << 1274 << QStringList();
    QTest::newRow("userenv-1000")
        << QStringLiteral(
               "The Group Policy client-side extension Application Management was passed "
               "flags (1) and returned a failure status code of (1612).")
        << 1000 << QStringLiteral("Application Management") << QString() << 1612 << QStringList();
    QTest::newRow("108")
        << QStringLiteral("Failed to apply changes to software installation settings. Software "
                          "changes could not be applied. A previous log entry with details should "
                          "exist. The error was The installation source for this product is not "
                          "available. Verify that the source exists and that you can access it.")
        << 108 << QString() << QString() << 1612 << QStringList();
    QTest::newRow("107-with-path")
        << QStringLiteral("The execution of the setup program for application Tool from policy P "
                          "failed. The setup path was \\\\nt4srv\\apps\\tool\\setup.zap and the "
                          "error was : Access is denied.")
        << -1 << QString() << QString() << -1
        << QStringList{QStringLiteral("\\\\nt4srv\\apps\\tool\\setup.zap")};
    QTest::newRow("event-viewer-copy")
        << QStringLiteral("Log Name:      System\nSource:        Application Management Group "
                          "Policy\nEvent ID:      102\nLevel:         Error\nDescription:\nThe "
                          "install of application Office from policy Office GPO failed. The error "
                          "was : %%1612")
        << 102 << QStringLiteral("Office") << QStringLiteral("Office GPO") << 1612 << QStringList();
    QTest::newRow("paths-in-prose")
        << QStringLiteral("We deploy from \\\\fs01.example.com\\apps\\office.msi, and the old copy "
                          "was at Z:\\Software\\office.msi.")
        << -1 << QString() << QString() << -1
        << QStringList{QStringLiteral("\\\\fs01.example.com\\apps\\office.msi"),
                       QStringLiteral("Z:\\Software\\office.msi")};
    QTest::newRow("quoted-path-with-spaces")
        << QStringLiteral("Source: \"\\\\fs01\\Software Share\\Office 2003\\PRO11.MSI\" failed")
        << -1 << QString() << QString() << -1
        << QStringList{QStringLiteral("\\\\fs01\\Software Share\\Office 2003\\PRO11.MSI")};
    QTest::newRow("nothing") << QStringLiteral("hello world") << -1 << QString() << QString() << -1
                             << QStringList();
}

void TestEventText::extract()
{
    QFETCH(QString, text);
    QFETCH(int, eventId);
    QFETCH(QString, application);
    QFETCH(QString, policy);
    QFETCH(int, errorCode);
    QFETCH(QStringList, paths);
    const EventText e = EventText::extract(text);
    QCOMPARE(e.eventId, eventId);
    QCOMPARE(e.application, application);
    QCOMPARE(e.policy, policy);
    QCOMPARE(e.errorCode, errorCode);
    QCOMPARE(e.paths, paths);
}

void TestEventText::summaryTellsWhereToFindThePath()
{
    const EventText e = EventText::extract(QStringLiteral(
        "The install of application Office from policy Deploy Office failed. The error was : "
        "%%1612"));
    QVERIFY(e.summary().contains(QStringLiteral("ERROR_INSTALL_SOURCE_ABSENT")));
    QVERIFY(e.summary().contains(QStringLiteral("msiFileList")));
    QCOMPARE(EventText::errorName(1612), QStringLiteral("ERROR_INSTALL_SOURCE_ABSENT"));
    QVERIFY(EventText::errorName(99999).isEmpty());
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
