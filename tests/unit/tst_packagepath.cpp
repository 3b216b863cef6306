#include <QTest>

#include "engine/packagepath.h"

using Gpsi::PackagePath;

namespace {
QString S()
{
    return {};
}
QString S(const char16_t *text)
{
    return QString::fromUtf16(text);
}
} // namespace

class TestPackagePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void problems_data();
    void problems();
    void tooLong();
    void canonicalUnc();
    void fileListIndex();
    void neverCrashesOnHostileInput();
};

void TestPackagePath::classify_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("hostForm");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("share");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("packageType");
    QTest::addColumn<bool>("malformed");

    auto row = [](const char *name, const QString &input, const char *kind, const char *form,
                  const QString &host, const QString &share, const QString &file, const char *type,
                  bool malformed) {
        QTest::newRow(name) << input << QString::fromLatin1(kind) << QString::fromLatin1(form)
                            << host << share << file << QString::fromLatin1(type) << malformed;
    };
    row("fqdn", S(uR"(\\fs01.example.com\apps\office\office.msi)"), "unc", "fqdn",
        S(u"fs01.example.com"), S(u"apps"), S(u"office.msi"), "msi", false);
    row("netbios", S(uR"(\\FS01\apps\office.msi)"), "unc", "netbios", S(u"FS01"), S(u"apps"),
        S(u"office.msi"), "msi", false);
    row("ipv4", S(uR"(\\127.0.0.1\apps\office.msi)"), "unc", "ipv4", S(u"127.0.0.1"), S(u"apps"),
        S(u"office.msi"), "msi", false);
    row("ipv4-private", S(uR"(\\10.1.2.3\apps\x.msi)"), "unc", "ipv4", S(u"10.1.2.3"), S(u"apps"),
        S(u"x.msi"), "msi", false);
    row("ipv6-literal-net", S(uR"(\\fe80--1s4.ipv6-literal.net\apps\x.msi)"), "unc", "ipv6",
        S(u"fe80--1s4.ipv6-literal.net"), S(u"apps"), S(u"x.msi"), "msi", false);
    row("ipv6-loopback-literal-net", S(uR"(\\--1.ipv6-literal.net\apps\x.msi)"), "unc", "ipv6",
        S(u"--1.ipv6-literal.net"), S(u"apps"), S(u"x.msi"), "msi", false);
    row("ipv6-colons", S(uR"(\\[2001:db8::1]\apps\x.msi)"), "unc", "ipv6", S(u"2001:db8::1"),
        S(u"apps"), S(u"x.msi"), "msi", true);
    row("forward-slashes", S(u"//fs01.example.com/apps/x.msi"), "unc", "fqdn",
        S(u"fs01.example.com"), S(u"apps"), S(u"x.msi"), "msi", false);
    row("mixed-slashes", S(uR"(\\fs01/apps\sub/x.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"x.msi"), "msi", false);
    row("quoted", S(uR"("\\fs01.example.com\apps\x.msi")"), "unc", "fqdn", S(u"fs01.example.com"),
        S(u"apps"), S(u"x.msi"), "msi", false);
    row("smart-quoted", S(u"\u201C\\\\fs01\\apps\\x.msi\u201D"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(u"x.msi"), "msi", false);
    row("whitespace", S(uR"(   \\fs01\apps\x.msi	 )"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(u"x.msi"), "msi", false);
    row("msifilelist-prefix", S(uR"(0:\\fs01.example.com\apps\x.msi)"), "unc", "fqdn",
        S(u"fs01.example.com"), S(u"apps"), S(u"x.msi"), "msi", false);
    row("long-unc-prefix", S(uR"(\\?\UNC\fs01\apps\x.msi)"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(u"x.msi"), "msi", false);
    row("hidden-share", S(uR"(\\fs01\apps$\x.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps$"),
        S(u"x.msi"), "msi", false);
    row("admin-share", S(uR"(\\fs01\C$\apps\x.msi)"), "unc", "netbios", S(u"fs01"), S(u"C$"),
        S(u"x.msi"), "msi", false);
    row("admin-dollar", S(uR"(\\fs01\ADMIN$\x.msi)"), "unc", "netbios", S(u"fs01"), S(u"ADMIN$"),
        S(u"x.msi"), "msi", false);
    row("uppercase-ext", S(uR"(\\fs01\apps\OFFICE.MSI)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"OFFICE.MSI"), "msi", false);
    row("zap", S(uR"(\\fs01\apps\legacy.zap)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"legacy.zap"), "zap", false);
    row("mst", S(uR"(\\fs01\apps\custom.mst)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"custom.mst"), "mst", false);
    row("msp", S(uR"(\\fs01\apps\patch.msp)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"patch.msp"), "msp", false);
    row("exe", S(uR"(\\fs01\apps\setup.exe)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"setup.exe"), "other", false);
    row("no-extension", S(uR"(\\fs01\apps\setup)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"setup"), "none", false);
    row("spaces-in-names", S(uR"(\\fs01\Software Share\Office 2003\PRO11.MSI)"), "unc", "netbios",
        S(u"fs01"), S(u"Software Share"), S(u"PRO11.MSI"), "msi", false);
    row("unicode-names", S(u"\\\\serveur\\logiciels\\\u00E9t\u00E9\\caf\u00E9.msi"), "unc",
        "netbios", S(u"serveur"), S(u"logiciels"), S(u"caf\u00E9.msi"), "msi", false);
    row("localhost", S(uR"(\\localhost\apps\x.msi)"), "unc", "netbios", S(u"localhost"), S(u"apps"),
        S(u"x.msi"), "msi", false);
    row("trailing-dot-fqdn", S(uR"(\\fs01.example.com.\apps\x.msi)"), "unc", "fqdn",
        S(u"fs01.example.com."), S(u"apps"), S(u"x.msi"), "msi", false);
    row("mapped-drive", S(uR"(Z:\apps\office.msi)"), "drive", "none", S(), S(), S(u"office.msi"),
        "msi", false);
    row("lowercase-drive", S(uR"(z:\apps\office.msi)"), "drive", "none", S(), S(), S(u"office.msi"),
        "msi", false);
    row("local-drive", S(uR"(C:\Packages\office.msi)"), "drive", "none", S(), S(), S(u"office.msi"),
        "msi", false);
    row("drive-forward", S(u"Z:/apps/office.msi"), "drive", "none", S(), S(), S(u"office.msi"),
        "msi", false);
    row("long-drive-prefix", S(uR"(\\?\C:\apps\x.msi)"), "drive", "none", S(), S(), S(u"x.msi"),
        "msi", false);
    row("drive-relative", S(u"Z:office.msi"), "drive", "none", S(), S(), S(u"office.msi"), "msi",
        true);
    row("relative", S(uR"(apps\office.msi)"), "relative", "none", S(), S(), S(u"office.msi"), "msi",
        false);
    row("bare-file", S(u"office.msi"), "relative", "none", S(), S(), S(u"office.msi"), "msi",
        false);
    row("root-relative", S(uR"(\apps\office.msi)"), "relative", "none", S(), S(), S(u"office.msi"),
        "msi", false);
    row("file-url-unc", S(u"file://fs01.example.com/apps/x.msi"), "file-url", "fqdn",
        S(u"fs01.example.com"), S(u"apps"), S(u"x.msi"), "msi", false);
    row("file-url-local", S(u"file:///C:/apps/x.msi"), "file-url", "none", S(), S(), S(u"x.msi"),
        "msi", false);
    row("file-url-percent", S(u"file://fs01/Software%20Share/x.msi"), "file-url", "netbios",
        S(u"fs01"), S(u"Software Share"), S(u"x.msi"), "msi", false);
    row("http-url", S(u"http://intranet.example.com/apps/office.msi"), "url", "none",
        S(u"intranet.example.com"), S(), S(u"office.msi"), "msi", false);
    row("https-url", S(u"https://cdn.example.com/office.msi"), "url", "none", S(u"cdn.example.com"),
        S(), S(u"office.msi"), "msi", false);
    row("empty", S(), "empty", "none", S(), S(), S(), "none", true);
    row("blank", S(u"   "), "empty", "none", S(), S(), S(), "none", true);
    row("empty-quotes", S(u"\"\""), "empty", "none", S(), S(), S(), "none", true);
    row("device", S(uR"(\\.\PhysicalDrive0)"), "device", "none", S(), S(), S(), "none", true);
    row("volume-guid", S(uR"(\\?\Volume{01234567-89ab-cdef-0123-456789abcdef}\x.msi)"), "device",
        "none", S(), S(), S(), "none", true);
    row("three-backslashes", S(uR"(\\\fs01\apps\x.msi)"), "malformed", "netbios", S(u"fs01"),
        S(u"apps"), S(u"x.msi"), "msi", true);
    row("only-backslashes", S(uR"(\\)"), "malformed", "none", S(), S(), S(), "none", true);
    row("server-only", S(uR"(\\fs01)"), "unc", "netbios", S(u"fs01"), S(), S(), "none", true);
    row("share-only", S(uR"(\\fs01\apps)"), "unc", "netbios", S(u"fs01"), S(u"apps"), S(), "none",
        true);
    row("trailing-backslash", S(uR"(\\fs01\apps\office\)"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(), "none", true);
    row("empty-segment", S(uR"(\\fs01\apps\\office.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"office.msi"), "msi", true);
    row("illegal-char", S(uR"(\\fs01\apps\off|ce.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"off|ce.msi"), "msi", true);
    row("wildcard", S(uR"(\\fs01\apps\*.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"*.msi"), "msi", true);
    row("host-with-port", S(uR"(\\fs01:445\apps\x.msi)"), "unc", "none", S(u"fs01:445"), S(u"apps"),
        S(u"x.msi"), "msi", true);
    row("ipv4-out-of-range", S(uR"(\\10.0.0.300\apps\x.msi)"), "unc", "none", S(u"10.0.0.300"),
        S(u"apps"), S(u"x.msi"), "msi", true);
    row("ipv4-shorthand", S(uR"(\\127.1\apps\x.msi)"), "unc", "ipv4", S(u"127.1"), S(u"apps"),
        S(u"x.msi"), "msi", true);
    row("ipv4-decimal", S(uR"(\\2130706433\apps\x.msi)"), "unc", "ipv4", S(u"2130706433"),
        S(u"apps"), S(u"x.msi"), "msi", true);
    row("host-underscore", S(uR"(\\file_srv\apps\x.msi)"), "unc", "netbios", S(u"file_srv"),
        S(u"apps"), S(u"x.msi"), "msi", false);
    row("host-bad-char", S(uR"(\\fs!01\apps\x.msi)"), "unc", "none", S(u"fs!01"), S(u"apps"),
        S(u"x.msi"), "msi", true);
    row("host-double-dot", S(uR"(\\fs01..example.com\apps\x.msi)"), "unc", "fqdn",
        S(u"fs01..example.com"), S(u"apps"), S(u"x.msi"), "msi", true);
    row("reserved-name", S(uR"(\\fs01\apps\CON\x.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"x.msi"), "msi", true);
    row("reserved-file", S(uR"(\\fs01\apps\nul.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"nul.msi"), "msi", true);
    row("trailing-dot", S(uR"(\\fs01\apps\office.\x.msi)"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(u"x.msi"), "msi", true);
    row("dot-dot", S(uR"(\\fs01\apps\..\other\x.msi)"), "unc", "netbios", S(u"fs01"), S(u"apps"),
        S(u"x.msi"), "msi", true);
    row("control-char", S(u"\\\\fs01\\apps\\of\u0007fice.msi"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(u"of\u0007fice.msi"), "msi", true);
    row("rtl-override", S(u"\\\\fs01\\apps\\\u202Eisl.exe"), "unc", "netbios", S(u"fs01"),
        S(u"apps"), S(u"\u202Eisl.exe"), "other", true);
    row("zero-width-in-host", S(u"\\\\fs\u200B01\\apps\\x.msi"), "unc", "netbios", S(u"fs\u200B01"),
        S(u"apps"), S(u"x.msi"), "msi", true);
    row("share-bad-char", S(uR"(\\fs01\ap;ps\x.msi)"), "unc", "netbios", S(u"fs01"), S(u"ap;ps"),
        S(u"x.msi"), "msi", true);
    row("script-tag", S(uR"(\\fs01\apps\<script>alert(1)<\script>.msi)"), "unc", "netbios",
        S(u"fs01"), S(u"apps"), S(u"script>.msi"), "msi", true);
    row("netbios-16-chars", S(uR"(\\ABCDEFGHIJKLMNOP\apps\x.msi)"), "unc", "netbios",
        S(u"ABCDEFGHIJKLMNOP"), S(u"apps"), S(u"x.msi"), "msi", true);
}

void TestPackagePath::classify()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, hostForm);
    QFETCH(QString, host);
    QFETCH(QString, share);
    QFETCH(QString, file);
    QFETCH(QString, packageType);
    QFETCH(bool, malformed);

    const PackagePath p = PackagePath::parse(input);
    QCOMPARE(PackagePath::kindId(p.kind), kind);
    QCOMPARE(PackagePath::hostFormId(p.hostForm), hostForm);
    QCOMPARE(p.host, host);
    QCOMPARE(p.share, share);
    QCOMPARE(p.fileName, file);
    if (p.kind != PackagePath::Kind::Device && p.kind != PackagePath::Kind::Empty &&
        p.kind != PackagePath::Kind::Malformed)
        QCOMPARE(PackagePath::packageTypeId(p.packageType), packageType);
    QVERIFY2(p.isMalformed() == malformed, qPrintable(p.problemIds().join(QLatin1Char(','))));
    QCOMPARE(p.input, input);
    QVERIFY(!p.kindTitle().isEmpty());
}

void TestPackagePath::problems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << S() << S(u"empty") << S(u"No package path");
    QTest::newRow("no-share") << S(uR"(\\fs01)") << S(u"no-share") << S(u"fs01");
    QTest::newRow("no-file") << S(uR"(\\fs01\apps)") << S(u"no-file")
                             << S(u"\\\\fs01\\apps\\app.msi");
    QTest::newRow("folder") << S(uR"(\\fs01\apps\office\)") << S(u"no-file") << S(u"folder");
    QTest::newRow("empty-segment")
        << S(uR"(\\fs01\apps\\x.msi)") << S(u"empty-segment") << S(u"empty segment");
    QTest::newRow("illegal") << S(uR"(\\fs01\apps\a?b.msi)") << S(u"illegal-character")
                             << S(u"'?'");
    QTest::newRow("control") << S(u"\\\\fs01\\apps\\a\u0001b.msi") << S(u"control-character")
                             << S(u"U+0001");
    QTest::newRow("invisible") << S(u"\\\\fs01\\apps\\\u200Fx.msi") << S(u"invisible-character")
                               << S(u"U+200F");
    QTest::newRow("reserved") << S(uR"(\\fs01\apps\COM1\x.msi)") << S(u"reserved-name")
                              << S(u"COM1");
    QTest::newRow("trailing-space")
        << S(uR"(\\fs01\apps\dir \x.msi)") << S(u"trailing-dot-or-space") << S(u"dir ");
    QTest::newRow("port") << S(uR"(\\fs01:445\apps\x.msi)") << S(u"bad-host") << S(u"port");
    QTest::newRow("ipv6-colon") << S(uR"(\\[fe80::1]\apps\x.msi)") << S(u"ipv6-colon-form")
                                << S(u"fe80--1.ipv6-literal.net");
    QTest::newRow("shorthand") << S(uR"(\\10.1\apps\x.msi)") << S(u"ipv4-shorthand") << S(u"10.1");
    QTest::newRow("drive-relative") << S(u"D:x.msi") << S(u"drive-relative") << S(u"D:");
    QTest::newRow("device") << S(uR"(\\.\COM1)") << S(u"device-path") << S(u"device");
    QTest::newRow("netbios-long") << S(uR"(\\averyveryverylongname\a\x.msi)")
                                  << S(u"netbios-too-long") << S(u"15");
    QTest::newRow("dot-segment") << S(uR"(\\fs01\apps\.\x.msi)") << S(u"dot-segment")
                                 << S(u"\".\"");
    QTest::newRow("label-dash") << S(uR"(\\-fs01.example.com\a\x.msi)") << S(u"bad-host")
                                << S(u"'-'");
}

void TestPackagePath::problems()
{
    QFETCH(QString, input);
    QFETCH(QString, problem);
    QFETCH(QString, messagePart);
    const PackagePath p = PackagePath::parse(input);
    QVERIFY2(p.hasProblem(problem), qPrintable(p.problemIds().join(QLatin1Char(','))));
    bool found = false;
    for (const PackagePath::Problem &pr : p.problems)
        found = found || (pr.id == problem && pr.message.contains(messagePart));
    QVERIFY2(found, qPrintable(p.problemMessages().join(QLatin1Char('|'))));
}

void TestPackagePath::tooLong()
{
    const QString longPath = QStringLiteral("\\\\fs01\\apps\\") + QString(250, QLatin1Char('a')) +
                             QStringLiteral(".msi");
    const PackagePath p = PackagePath::parse(longPath);
    QVERIFY(p.hasProblem(QStringLiteral("too-long")));
    QVERIFY(p.isMalformed());
    const QString longComponent = QStringLiteral("\\\\?\\UNC\\fs01\\apps\\") +
                                  QString(300, QLatin1Char('b')) + QStringLiteral(".msi");
    QVERIFY(PackagePath::parse(longComponent).hasProblem(QStringLiteral("component-too-long")));
    const QString exactly = QStringLiteral("\\\\fs01\\a\\") +
                            QString(PackagePath::MaxPath - 13, QLatin1Char('c')) +
                            QStringLiteral(".msi");
    QCOMPARE(exactly.size(), PackagePath::MaxPath);
    QVERIFY(!PackagePath::parse(exactly).hasProblem(QStringLiteral("too-long")));
}

void TestPackagePath::canonicalUnc()
{
    QCOMPARE(
        PackagePath::parse(QStringLiteral("file://fs01.example.com/apps/sub/x.msi")).canonicalUnc(),
        QStringLiteral("\\\\fs01.example.com\\apps\\sub\\x.msi"));
    QCOMPARE(PackagePath::parse(QStringLiteral("\\\\?\\UNC\\fs01\\apps\\x.msi")).canonicalUnc(),
             QStringLiteral("\\\\fs01\\apps\\x.msi"));
    QVERIFY(PackagePath::parse(QStringLiteral("Z:\\x.msi")).canonicalUnc().isEmpty());
}

void TestPackagePath::fileListIndex()
{
    const PackagePath p = PackagePath::parse(QStringLiteral("1:\\\\fs01\\apps\\x.mst"));
    QCOMPARE(p.fileListIndex, 1);
    QCOMPARE(p.packageType, PackagePath::PackageType::Mst);
    QCOMPARE(p.normalized, QStringLiteral("\\\\fs01\\apps\\x.mst"));
    // A drive letter is not an index prefix.
    QCOMPARE(PackagePath::parse(QStringLiteral("Z:\\x.msi")).fileListIndex, -1);
}

void TestPackagePath::neverCrashesOnHostileInput()
{
    const QStringList inputs = {
        QString(100000, QLatin1Char('\\')),
        QStringLiteral("\\\\") + QString(5000, QLatin1Char('.')),
        QStringLiteral("file://"),
        QStringLiteral("file:///"),
        QStringLiteral("http://"),
        QStringLiteral("\\\\?\\"),
        QStringLiteral("\\\\?\\UNC\\"),
        QStringLiteral("::::"),
        QStringLiteral("\"\\\\fs01\\apps\\x.msi"),
        QString(QChar(0xD800)),
        QStringLiteral("\\\\[\\x.msi"),
        QStringLiteral("0:"),
        QStringLiteral("0:\\\\"),
        QString(1, QChar(0)),
    };
    for (const QString &in : inputs) {
        const PackagePath p = PackagePath::parse(in);
        QVERIFY(!p.kindTitle().isEmpty());
        // Either a problem is named or the path has a recognisable file or URL.
        QVERIFY2(p.isMalformed() || !p.fileName.isEmpty() || p.kind == PackagePath::Kind::WebUrl,
                 qPrintable(in.left(40)));
    }
}

QTEST_GUILESS_MAIN(TestPackagePath)
#include "tst_packagepath.moc"
