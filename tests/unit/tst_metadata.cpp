#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "engine/moduleregistry.h"
#include "engine/runner.h"

using namespace Gpsi;

namespace {
class NullModule final : public CheckModule
{
public:
    CheckResult run(CheckContext &) override { return CheckResult::pass(QStringLiteral("ok")); }
};

QString dataFile(const QString &name)
{
    return QStringLiteral(GPSI_TEST_DATA_DIR "/metadata/") + name;
}
} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid();
    void broken_data();
    void broken();
    void duplicateIdIsSkipped();
    void wildcardProvides();
    void pluginsFromFolder();
    void pluginModuleRuns();
    void missingFolderIsFine();
};

void TestMetadata::valid()
{
    ModuleRegistry registry;
    QVERIFY(registry.registerModuleFromFile(dataFile(QStringLiteral("good.json")),
                                            [] { return std::make_unique<NullModule>(); }));
    QVERIFY(registry.errors().isEmpty());
    const ModuleDescriptor *d = registry.find(QStringLiteral("sample"));
    QVERIFY(d);
    QCOMPARE(d->metadata.title, QStringLiteral("Sample"));
    QCOMPARE(d->metadata.requiredFacts, QStringList{QStringLiteral("path.host")});
    QCOMPARE(d->metadata.scope, ModuleMetadata::Scope::Package);
    QCOMPARE(d->metadata.source, QStringLiteral("built-in"));
    // Round trip through toJson.
    ModuleMetadata again;
    QStringList errors;
    QVERIFY(ModuleMetadata::fromJson(d->metadata.toJson(), &again, &errors));
    QCOMPARE(again.providedFacts, d->metadata.providedFacts);
}

void TestMetadata::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing-id") << QStringLiteral("missing-id.json")
                                << QStringLiteral("\"id\" is missing");
    QTest::newRow("bad-id") << QStringLiteral("bad-id.json")
                            << QStringLiteral("\"id\" \"Bad Id!\"");
    QTest::newRow("bad-category") << QStringLiteral("bad-category.json")
                                  << QStringLiteral("\"category\" \"magic\"");
    QTest::newRow("no-provides") << QStringLiteral("no-provides.json")
                                 << QStringLiteral("\"provides\" is missing");
    QTest::newRow("empty-provides")
        << QStringLiteral("empty-provides.json")
        << QStringLiteral("\"provides\" must be a non-empty list of fact declarations");
    QTest::newRow("provides-keys-only")
        << QStringLiteral("provides-keys-only.json")
        << QStringLiteral("\"provides\"[0]: must be an object with \"key\", \"type\"");
    QTest::newRow("fact-bad-type")
        << QStringLiteral("fact-bad-type.json")
        << QStringLiteral("\"provides\"[1].type: \"text\" is not one of");
    QTest::newRow("fact-values-on-bool")
        << QStringLiteral("fact-values-on-bool.json")
        << QStringLiteral("\"provides\"[0].values: only a string or string-list fact");
    QTest::newRow("fact-no-meaning")
        << QStringLiteral("fact-no-meaning.json")
        << QStringLiteral("\"provides\"[0].meaning: must say in one line");
    QTest::newRow("bad-fact-key") << QStringLiteral("bad-fact-key.json")
                                  << QStringLiteral("\"Server OS\" is not a valid fact key");
    QTest::newRow("requires-not-list") << QStringLiteral("requires-not-list.json")
                                       << QStringLiteral("\"requires\" must be a list");
    QTest::newRow("self-dependency")
        << QStringLiteral("self-dependency.json") << QStringLiteral("both required and provided");
    QTest::newRow("uses-provided")
        << QStringLiteral("uses-provided.json") << QStringLiteral("both used and provided");
    QTest::newRow("uses-bad-key") << QStringLiteral("uses-bad-key.json")
                                  << QStringLiteral("\"uses\" names an invalid");
    QTest::newRow("unknown-platform")
        << QStringLiteral("unknown-platform.json") << QStringLiteral("unknown platform \"amiga\"");
    QTest::newRow("title-not-string")
        << QStringLiteral("title-not-string.json") << QStringLiteral("\"title\" must be a string");
    QTest::newRow("bad-scope") << QStringLiteral("bad-scope.json") << QStringLiteral("\"scope\"");
    QTest::newRow("not-an-object")
        << QStringLiteral("not-an-object.json") << QStringLiteral("not a JSON object");
    QTest::newRow("syntax-error") << QStringLiteral("syntax-error.json")
                                  << QStringLiteral("not a JSON object (offset");
    QTest::newRow("missing-file") << QStringLiteral("does-not-exist.json")
                                  << QStringLiteral("cannot read");
}

void TestMetadata::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    ModuleRegistry registry;
    QVERIFY(!registry.registerModuleFromFile(dataFile(file),
                                             [] { return std::make_unique<NullModule>(); }));
    QVERIFY(registry.modules().isEmpty());
    QCOMPARE(registry.errors().size(), 1);
    QVERIFY2(registry.errors().first().message.contains(messagePart),
             qPrintable(registry.errors().first().message));
    QVERIFY(!registry.errors().first().message.contains(QLatin1Char('\n')));
}

void TestMetadata::duplicateIdIsSkipped()
{
    ModuleRegistry registry;
    auto factory = [] { return std::make_unique<NullModule>(); };
    QVERIFY(registry.registerModuleFromFile(dataFile(QStringLiteral("good.json")), factory));
    QVERIFY(!registry.registerModuleFromFile(dataFile(QStringLiteral("good.json")), factory));
    QCOMPARE(registry.modules().size(), 1);
    QVERIFY(registry.errors().first().message.contains(QStringLiteral("already registered")));
}

void TestMetadata::wildcardProvides()
{
    ModuleRegistry registry;
    registry.registerModuleFromFile(dataFile(QStringLiteral("good.json")),
                                    [] { return std::make_unique<NullModule>(); });
    const ModuleMetadata &m = registry.modules().first().metadata;
    QVERIFY(m.provides(QStringLiteral("sample.value")));
    QVERIFY(m.provides(QStringLiteral("sample.family.first")));
    QVERIFY(!m.provides(QStringLiteral("sample.family")));
    QVERIFY(!m.provides(QStringLiteral("sample.other")));
}

void TestMetadata::pluginsFromFolder()
{
    ModuleRegistry registry;
    const int loaded = registry.loadPlugins(QStringLiteral(GPSI_TEST_PLUGIN_DIR));
    QCOMPARE(loaded, 1);
    QVERIFY(registry.find(QStringLiteral("echo")));
    QVERIFY(registry.find(QStringLiteral("echo"))
                ->metadata.source.contains(QStringLiteral("gpsi_echo")));
    QStringList messages;
    for (const ModuleLoadError &e : registry.errors())
        messages << QFileInfo(e.source).fileName() + QStringLiteral(": ") + e.message;
    const QString all = messages.join(QLatin1Char('\n'));
    // Broken metadata: every problem named, module skipped.
    QVERIFY2(all.contains(QStringLiteral("\"title\" must not be empty")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"category\" \"astrology\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"provides\" is missing")), qPrintable(all));
    // Built against the previous interface (tests/plugins/interface-1.0): refused with the
    // reason, before any of its code runs.
    QVERIFY2(all.contains(QStringLiteral("gpsi_echo_1_0") + QStringLiteral(GPSI_MODULE_SUFFIX) +
                          QStringLiteral(": built against check interface 1.0; this version of "
                                         "GPSI Doctor loads interface 2.0 only")),
             qPrintable(all));
    // The duplicate id and the files that are no plugins at all.
    QVERIFY2(all.contains(QStringLiteral("already registered")), qPrintable(all));
    const QString suffix = QStringLiteral(GPSI_MODULE_SUFFIX); // .so, .dll
    QVERIFY2(
        all.contains(QStringLiteral("libgarbage") + suffix + QStringLiteral(": not a Qt plugin")),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("gpsi_not_a_plugin") + suffix +
                          QStringLiteral(": not a Qt plugin")),
             qPrintable(all));
    QCOMPARE(registry.errors().size(), 5);
}

void TestMetadata::pluginModuleRuns()
{
    ModuleRegistry registry;
    registry.loadPlugins(QStringLiteral(GPSI_TEST_PLUGIN_DIR));
    // The echo module requires path.kind, which nothing here provides: it is skipped with the
    // reason. With a module that provides it, it runs and its fact arrives.
    Runner runner;
    QList<ModuleDescriptor> modules = registry.modules();
    runner.setModules(modules);
    Case c;
    c.packagePaths = {QStringLiteral("\\\\fs01\\apps\\x.msi")};
    runner.runToCompletion(c);
    QCOMPARE(runner.runs().size(), 1);
    QCOMPARE(runner.runs().first().result.status, CheckStatus::Skipped);
    QVERIFY(runner.runs().first().result.summary.contains(QStringLiteral("path.kind")));

    class KindModule final : public CheckModule
    {
    public:
        CheckResult run(CheckContext &ctx) override
        {
            ctx.addFact(QStringLiteral("path.kind"), QStringLiteral("unc"));
            return CheckResult::pass(QStringLiteral("kind"));
        }
    };
    ModuleRegistry withKind;
    QJsonObject meta =
        QJsonDocument::fromJson(
            "{\"id\":\"kind\",\"title\":\"Kind\",\"description\":\"d\",\"category\":\"path\","
            "\"platforms\":[\"any\"],\"provides\":[{\"key\":\"path.kind\",\"type\":"
            "\"string\",\"optional\":false,\"meaning\":\"the path's form\"}]}")
            .object();
    QVERIFY(withKind.registerModule(meta, [] { return std::make_unique<KindModule>(); }));
    modules.prepend(withKind.modules().first());
    runner.setModules(modules);
    runner.runToCompletion(c);
    QCOMPARE(runner.runs().size(), 2);
    QCOMPARE(runner.runs().at(1).moduleId, QStringLiteral("echo"));
    QCOMPARE(runner.runs().at(1).result.status, CheckStatus::Pass);
    QCOMPARE(
        runner.facts().value(c.packagePaths.first(), QStringLiteral("echo.subject")).toString(),
        c.packagePaths.first());
}

void TestMetadata::missingFolderIsFine()
{
    ModuleRegistry registry;
    QCOMPARE(registry.loadPlugins(QStringLiteral("/nonexistent/gpsi/plugins")), 0);
    QVERIFY(registry.errors().isEmpty());
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
