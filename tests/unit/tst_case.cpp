#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "engine/case.h"

using Gpsi::Case;

class TestCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void rejectsForeignAndNewer_data();
    void rejectsForeignAndNewer();
    void saveIsAtomic();
    void optionsAreBounded();
};

void TestCase::roundTrip()
{
    Case c;
    c.title = QStringLiteral("Office fails in Accounting");
    c.ticket = QStringLiteral("INC-1234");
    c.technician = QStringLiteral("A. Admin");
    c.notes = QStringLiteral("line 1\nline 2 <b>\u202E");
    c.packagePaths = {QStringLiteral("\\\\fs01\\apps\\office.msi"), QStringLiteral("Z:\\x.msi")};
    c.evidence = {{QStringLiteral("/tmp/System.evtx"),
                   QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)}};
    c.options.checkTimeoutSeconds = 12;
    c.options.connectTimeoutSeconds = 2;
    c.options.hostOverrides.insert(QStringLiteral("nt4srv.example.test"),
                                   QStringLiteral("127.0.0.1"));
    c.acceptedFindings = {QStringLiteral("GPSI-PATH-NETBIOS-NAME")};

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("case.gpsi.json"));
    QString error;
    QVERIFY2(c.save(file, &error), qPrintable(error));
    Case loaded;
    QVERIFY2(Case::load(file, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, c);
}

void TestCase::rejectsForeignAndNewer_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not-json") << QByteArray("{nope") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not valid JSON");
    QTest::newRow("foreign") << QByteArray("{\"hello\": 1}")
                             << QStringLiteral("not a GPSI Doctor case");
    QTest::newRow("newer") << QByteArray("{\"format\":\"gpsi-doctor-case\",\"version\":99}")
                           << QStringLiteral("version 99");
    QTest::newRow("paths-not-list")
        << QByteArray("{\"format\":\"gpsi-doctor-case\",\"version\":1,\"packagePaths\":\"x\"}")
        << QStringLiteral("packagePaths");
    QTest::newRow("path-not-string")
        << QByteArray("{\"format\":\"gpsi-doctor-case\",\"version\":1,\"packagePaths\":[1]}")
        << QStringLiteral("packagePaths");
}

void TestCase::rejectsForeignAndNewer()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    Case c;
    QString error;
    QVERIFY(!Case::load(file, &c, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY(!Case::load(dir.filePath(QStringLiteral("missing.json")), &c, &error));
    QVERIFY(error.contains(QStringLiteral("cannot read")));
}

void TestCase::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("case.json"));
    Case first;
    first.packagePaths = {QStringLiteral("\\\\a\\b\\c.msi")};
    QString error;
    QVERIFY(first.save(file, &error));
    // Saving into a folder that does not exist fails cleanly and leaves nothing behind.
    QVERIFY(!first.save(dir.filePath(QStringLiteral("no/such/dir/case.json")), &error));
    QVERIFY(!error.isEmpty());
    // The original stays intact and no temporary files linger.
    Case loaded;
    QVERIFY(Case::load(file, &loaded, &error));
    QCOMPARE(loaded.packagePaths, first.packagePaths);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("case.json")});
}

void TestCase::optionsAreBounded()
{
    const QJsonObject o =
        QJsonDocument::fromJson("{\"checkTimeoutSeconds\": -5, \"connectTimeoutSeconds\": 100000}")
            .object();
    const Gpsi::CaseOptions opts = Gpsi::CaseOptions::fromJson(o);
    QCOMPARE(opts.checkTimeoutSeconds, 1);
    QCOMPARE(opts.connectTimeoutSeconds, 600);
}

QTEST_GUILESS_MAIN(TestCase)
#include "tst_case.moc"
