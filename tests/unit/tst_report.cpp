#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "checks/builtinmodules.h"
#include "engine/runner.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"

using namespace Gpsi;

namespace {

const QString kHostile = QStringLiteral(
    "<script>alert(\"x\")</script> 'quoted' \u0007bell \u202Egpj.exe \u200Bzw \U000E0041");

Case goldenCase()
{
    Case c;
    c.title = QStringLiteral("Golden case ") + kHostile;
    c.ticket = QStringLiteral("INC-0001 & \"more\"");
    c.technician = QStringLiteral("A. Admin");
    c.notes = QStringLiteral("Line one\nLine two </p><b>bold?</b>");
    c.packagePaths = {QStringLiteral("Z:\\apps\\office.msi"),
                      QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi"),
                      QStringLiteral("\\\\fs01.example.test\\C$\\<script>\\of\u202Efice.msi")};
    c.options.hostOverrides.insert(QStringLiteral("nt4srv.example.test"),
                                   QStringLiteral("127.0.0.1"));
    c.options.hostOverrides.insert(QStringLiteral("fs01.example.test"),
                                   QStringLiteral("127.0.0.2"));
    return c;
}

ReportModel goldenModel()
{
    ModuleRegistry registry;
    registerBuiltinModules(registry);
    const QDateTime fixed(QDate(2026, 11, 24), QTime(9, 30, 0), Qt::UTC);
    Runner runner;
    runner.setClock(std::make_shared<FixedClock>(fixed));
    // Modules whose output depends only on the inputs: the SMB probe's transcript carries the
    // operating system's socket errors and port numbers.
    runner.setModules({*registry.find(QStringLiteral("package-path")),
                       *registry.find(QStringLiteral("name-resolution"))});
    const Case c = goldenCase();
    runner.runToCompletion(c);
    const Diagnosis d =
        KnowledgeBase::builtin().evaluate(runner.facts(), c.packagePaths, runner.runs());
    ReportModel m = ReportModel::build(c, runner.runs(), runner.facts(), d, fixed);
    m.toolVersion = QStringLiteral("golden");
    return m;
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(GPSI_TEST_DATA_DIR "/golden/") + name;
}

void compareGolden(const QByteArray &actual, const QString &name)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("GPSI_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        return;
    }
    QFile in(path);
    QVERIFY2(
        in.open(QIODevice::ReadOnly),
        qPrintable(
            QStringLiteral("missing golden file %1 (run with GPSI_UPDATE_GOLDEN=1)").arg(path)));
    const QByteArray expected = in.readAll();
#ifdef Q_OS_WIN
    // The one machine-dependent fact in the golden case: Linux has no drive table ("unknown"),
    // Windows looks Z: up and reports it absent ("not-present"; the tests' Wine prefix has no
    // Z:). Either way the letter decides, and the rest of the report is the same.
    QByteArray normalized = actual;
    normalized.replace("not-present", "unknown");
    const QByteArray &compared = normalized;
#else
    const QByteArray &compared = actual;
#endif
    if (expected != compared) {
        const QString actualPath = QDir::temp().filePath(name + QStringLiteral(".actual"));
        QFile dump(actualPath);
        if (dump.open(QIODevice::WriteOnly))
            dump.write(actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs from the golden file; actual output in %2")
                             .arg(name, actualPath)));
    }
}

bool hasRawUnsafeChars(const QString &s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x202E || u == 0x200B)
            return true;
    }
    return s.contains(QString::fromUcs4(U"\U000E0041"));
}

QString runTool(const QString &tool, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(tool, args);
    *ok = p.waitForFinished(30000) && p.exitCode() == 0;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deterministic();
    void goldenText();
    void goldenJson();
    void goldenHtml();
    void jsonIsValidAndExact();
    void htmlEscapesEverything();
    void textNeutralizes();
    void neutralize_data();
    void neutralize();
    void verdicts();
    void pdf_data();
    void pdf();
    void writeFileFailsCleanly();

private:
    ReportModel m_model;
};

void TestReport::initTestCase()
{
    m_model = goldenModel();
    QVERIFY(!m_model.diagnosis.findings.isEmpty());
}

void TestReport::deterministic()
{
    const ReportModel again = goldenModel();
    QCOMPARE(ReportRenderer::toText(again), ReportRenderer::toText(m_model));
    QCOMPARE(ReportRenderer::toJson(again), ReportRenderer::toJson(m_model));
    QCOMPARE(ReportRenderer::toHtml(again), ReportRenderer::toHtml(m_model));
    QCOMPARE(ReportRenderer::toHtml(again, true), ReportRenderer::toHtml(m_model, true));
}

void TestReport::goldenText()
{
    compareGolden(ReportRenderer::toText(m_model).toUtf8(), QStringLiteral("report.txt"));
}

void TestReport::goldenJson()
{
    compareGolden(ReportRenderer::toJson(m_model), QStringLiteral("report.json"));
}

void TestReport::goldenHtml()
{
    compareGolden(ReportRenderer::toHtml(m_model).toUtf8(), QStringLiteral("report.html"));
}

void TestReport::jsonIsValidAndExact()
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(ReportRenderer::toJson(m_model), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("gpsi-doctor-report"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("verdict")).toString(), QStringLiteral("problem"));
    // JSON carries the exact strings (escaped by JSON's own rules), hostile or not.
    QCOMPARE(
        root.value(QStringLiteral("case")).toObject().value(QStringLiteral("title")).toString(),
        goldenCase().title);
    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), m_model.diagnosis.findings.size());
    QCOMPARE(findings.first().toObject().value(QStringLiteral("rank")).toInt(), 1);
    QStringList causes;
    for (const QJsonValue &f : findings)
        causes << f.toObject().value(QStringLiteral("cause")).toString();
    QVERIFY(causes.contains(QStringLiteral("GPSI-PATH-MAPPED-DRIVE")));
    QVERIFY(causes.contains(QStringLiteral("GPSI-PATH-ADMIN-SHARE")));
    QVERIFY(causes.contains(QStringLiteral("GPSI-PATH-MALFORMED")));
    QCOMPARE(root.value(QStringLiteral("checks")).toArray().size(), 6);
    QVERIFY(!root.value(QStringLiteral("facts")).toArray().isEmpty());
    QVERIFY(!root.value(QStringLiteral("notAssessed")).toArray().isEmpty());
}

void TestReport::htmlEscapesEverything()
{
    for (bool forPrint : {false, true}) {
        const QString html = ReportRenderer::toHtml(m_model, forPrint);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("&quot;x&quot;")));
        QVERIFY(html.contains(QStringLiteral("&#39;quoted&#39;")));
        QVERIFY(html.contains(QStringLiteral("&lt;U+202E&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;U+0007&gt;")));
        QVERIFY(html.contains(QStringLiteral("&lt;U+E0041&gt;")));
        QVERIFY(!html.contains(QStringLiteral("</p><b>bold")));
        QVERIFY(!hasRawUnsafeChars(html));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
    }
}

void TestReport::textNeutralizes()
{
    // A %N in user text is never taken for a placeholder (percent-encoded file URLs have them).
    ReportModel m;
    CheckRun run;
    run.moduleTitle = QStringLiteral("Package path %1");
    run.subject = QStringLiteral("file://srv/share/a%2Cb%3.msi");
    run.durationMs = 42;
    m.checks << run;
    const QString checks = ReportRenderer::toText(m);
    QVERIFY2(
        checks.contains(QStringLiteral("Package path %1 - file://srv/share/a%2Cb%3.msi (42 ms)")),
        qPrintable(checks));

    const QString text = ReportRenderer::toText(m_model);
    QVERIFY(!hasRawUnsafeChars(text));
    QVERIFY(text.contains(QStringLiteral("<U+202E>gpj.exe")));
    QVERIFY(text.contains(QStringLiteral("GPSI-PATH-MAPPED-DRIVE")));
}

void TestReport::neutralize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("abc \\\\srv") << QStringLiteral("abc \\\\srv");
    QTest::newRow("newline-kept") << QStringLiteral("a\nb\tc") << QStringLiteral("a\nb\tc");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("a<U+000D>b");
    QTest::newRow("nul") << QString(QChar(0)) << QStringLiteral("<U+0000>");
    QTest::newRow("del") << QStringLiteral("\u007F") << QStringLiteral("<U+007F>");
    QTest::newRow("c1") << QStringLiteral("\u0085") << QStringLiteral("<U+0085>");
    QTest::newRow("rlo") << QStringLiteral("\u202Eabc") << QStringLiteral("<U+202E>abc");
    QTest::newRow("isolate") << QStringLiteral("\u2067x\u2069")
                             << QStringLiteral("<U+2067>x<U+2069>");
    QTest::newRow("lrm-rlm") << QStringLiteral("\u200E\u200F")
                             << QStringLiteral("<U+200E><U+200F>");
    QTest::newRow("bom") << QStringLiteral("\uFEFF") << QStringLiteral("<U+FEFF>");
    QTest::newRow("line-sep") << QStringLiteral("\u2028") << QStringLiteral("<U+2028>");
    QTest::newRow("lone-surrogate") << QString(QChar(0xD800)) << QStringLiteral("<U+D800>");
    QTest::newRow("emoji-kept") << QString::fromUcs4(U"\U0001F600")
                                << QString::fromUcs4(U"\U0001F600");
    QTest::newRow("umlaut-kept") << QStringLiteral("Gr\u00FC\u00DFe")
                                 << QStringLiteral("Gr\u00FC\u00DFe");
    QTest::newRow("hebrew-kept") << QStringLiteral("\u05E9\u05DC\u05D5\u05DD")
                                 << QStringLiteral("\u05E9\u05DC\u05D5\u05DD");
}

void TestReport::neutralize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ReportRenderer::neutralize(in), out);
}

void TestReport::verdicts()
{
    ReportModel m;
    QCOMPARE(m.verdictId(), QStringLiteral("clean"));
    CheckRun errored;
    errored.result = CheckResult::error(QStringLiteral("boom"));
    m.checks << errored;
    QCOMPARE(m.verdictId(), QStringLiteral("incomplete"));
    Finding info;
    info.severity = Severity::Info;
    m.diagnosis.findings << info;
    QCOMPARE(m.problemCount(), 0);
    Finding warning;
    warning.severity = Severity::Warning;
    m.diagnosis.findings << warning;
    QCOMPARE(m.verdictId(), QStringLiteral("problem"));
    QCOMPARE(m.problemCount(), 1);
    QVERIFY(m.verdictTitle().contains(QStringLiteral("1")));
}

void TestReport::pdf_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("(A4)");
    QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("(letter)");
}

void TestReport::pdf()
{
    QFETCH(int, pageSize);
    QFETCH(QString, pdfinfoSize);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: PDF content not checked");
    if (QFontInfo(QFont()).family().isEmpty())
        QSKIP("no font is installed (fonts-dejavu-core): a PDF would hold no text");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportRenderer::writePdf(m_model, file, QPageSize::PageSizeId(pageSize), &error),
             qPrintable(error));
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    bool ok = false;
    const QString text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}, &ok);
    QVERIFY(ok);
    const QString flat = text.simplified();
    QVERIFY2(flat.contains(QStringLiteral("mapped drive Z:")), qPrintable(flat.left(2000)));
    QVERIFY(flat.contains(QStringLiteral("GPSI-PATH-MAPPED-DRIVE")));
    QVERIFY(flat.contains(QStringLiteral("<script>"))); // shown as text, never interpreted
    QVERIFY(!text.contains(QChar(0x202E)));
    const QString info = runTool(QStringLiteral("pdfinfo"), {file}, &ok);
    QVERIFY(ok);
    QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));
}

void TestReport::writeFileFailsCleanly()
{
    QString error;
    QVERIFY(!ReportRenderer::writeFile(m_model, ReportRenderer::Format::Json,
                                       QStringLiteral("/nonexistent/dir/report.json"), &error));
    QVERIFY2(
        error.contains(QDir::toNativeSeparators(QStringLiteral("/nonexistent/dir/report.json"))),
        qPrintable(error));
    QTemporaryDir dir;
    for (auto format : {ReportRenderer::Format::Text, ReportRenderer::Format::Json,
                        ReportRenderer::Format::Html}) {
        const QString file =
            dir.filePath(QStringLiteral("r.") + ReportRenderer::formatName(format));
        QVERIFY(ReportRenderer::writeFile(m_model, format, file, &error));
        QVERIFY(QFileInfo(file).size() > 100);
    }
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
