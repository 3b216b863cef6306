#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "checks/builtinmodules.h"
#include "engine/diagnosis.h"
#include "engine/moduleregistry.h"

using namespace Gpsi;

namespace {

Fact fact(const QString &key, const QVariant &value, const QString &subject = QStringLiteral("s"))
{
    Fact f;
    f.key = key;
    f.value = value;
    f.subject = subject;
    f.sourceId = QStringLiteral("test");
    return f;
}

QByteArray kbWith(const QString &causeJson)
{
    return QStringLiteral("{\"schemaVersion\": 1, \"causes\": [%1]}").arg(causeJson).toUtf8();
}

QString cause(const QString &id, const QString &when, const QString &extra = QString(),
              const QString &severity = QStringLiteral("error"), double confidence = 0.5)
{
    return QStringLiteral("{\"id\": \"%1\", \"title\": \"Title {path.host}\", \"explanation\": "
                          "\"Because {path.host} in {subject}\", \"category\": \"path\", "
                          "\"severity\": \"%2\", \"confidence\": %3, \"when\": %4, \"fix\": "
                          "[\"Fix {path.host}\"], \"verify\": [\"Verify\"]%5}")
        .arg(id, severity)
        .arg(confidence)
        .arg(when, extra);
}

} // namespace

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinLoads();
    void builtinFactsAreKnown();
    void malformed_data();
    void malformed();
    void operators_data();
    void operators();
    void unknownMeansNotAssessed();
    void rankingAndConfidence();
    void placeholdersAndCitations();
    void caseScope();
    void kerberosMatrix_data();
    void kerberosMatrix();
};

void TestKnowledgeBase::builtinLoads()
{
    QFile file(QStringLiteral(":/gpsi/knowledge/causes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    KnowledgeBase kb;
    QStringList errors;
    QVERIFY2(KnowledgeBase::load(file.readAll(), &kb, &errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(kb.causes().size() >= 10);
    QCOMPARE(KnowledgeBase::builtin().causes().size(), kb.causes().size());
    for (const QString &id :
         {QStringLiteral("GPSI-NT4-NOKERB"), QStringLiteral("GPSI-PATH-MAPPED-DRIVE"),
          QStringLiteral("GPSI-PATH-LOCAL"), QStringLiteral("GPSI-PATH-IP-LITERAL"),
          QStringLiteral("GPSI-PACKAGE-NOT-MSI"), QStringLiteral("GPSI-NAME-UNRESOLVED")})
        QVERIFY2(kb.find(id), qPrintable(id));
    const Cause *nt4 = kb.find(QStringLiteral("GPSI-NT4-NOKERB"));
    QCOMPARE(nt4->severity, Severity::Critical);
    bool cites323304 = false;
    for (const Reference &r : nt4->references)
        cites323304 = cites323304 || r.label == QLatin1String("KB 323304");
    QVERIFY(cites323304);
    const QStringList keys = nt4->when->referencedKeys();
    QVERIFY(keys.contains(QStringLiteral("server.smb.extsec")));
    QVERIFY(keys.contains(QStringLiteral("server.os.family")));
}

void TestKnowledgeBase::builtinFactsAreKnown()
{
    // Every fact a cause reads is provided by a built-in module, or belongs to a module family
    // still to come (events): a typo here would silently never match.
    ModuleRegistry registry;
    registerBuiltinModules(registry);
    QVERIFY(registry.errors().isEmpty());
    const QStringList futurePrefixes; // every fact a cause names must have a provider
    auto check = [&](const QString &key, const QString &where) {
        bool known = false;
        for (const ModuleDescriptor &d : registry.modules())
            known = known || d.metadata.provides(key);
        for (const QString &prefix : futurePrefixes)
            known = known || key.startsWith(prefix);
        QVERIFY2(known, qPrintable(where + QStringLiteral(": unknown fact ") + key));
    };
    for (const Cause &c : KnowledgeBase::builtin().causes()) {
        for (const QString &key : c.when->referencedKeys())
            check(key, c.id);
        for (const Weighted &w : c.support + c.against) {
            for (const QString &key : w.condition->referencedKeys())
                check(key, c.id);
        }
    }
}

void TestKnowledgeBase::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");
    const QString okWhen = QStringLiteral("{\"fact\": \"path.kind\", \"equals\": \"drive\"}");
    QTest::newRow("not-json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("schema") << QByteArray("{\"schemaVersion\": 2, \"causes\": []}")
                            << QStringLiteral("schemaVersion must be 1");
    QTest::newRow("causes-not-list") << QByteArray("{\"schemaVersion\": 1, \"causes\": {}}")
                                     << QStringLiteral("\"causes\" must be a list");
    QTest::newRow("bad-id") << kbWith(cause(QStringLiteral("nt4"), okWhen))
                            << QStringLiteral("causes[0] (nt4).id");
    QTest::newRow("duplicate") << kbWith(cause(QStringLiteral("GPSI-A"), okWhen) +
                                         QLatin1Char(',') + cause(QStringLiteral("GPSI-A"), okWhen))
                               << QStringLiteral("duplicate id");
    QTest::newRow("severity") << kbWith(cause(QStringLiteral("GPSI-A"), okWhen, QString(),
                                              QStringLiteral("fatal")))
                              << QStringLiteral("severity: must be one of");
    QTest::newRow("confidence") << kbWith(cause(QStringLiteral("GPSI-A"), okWhen, QString(),
                                                QStringLiteral("error"), 1.5))
                                << QStringLiteral("confidence");
    QTest::newRow("unknown-field")
        << kbWith(cause(QStringLiteral("GPSI-A"), okWhen, QStringLiteral(", \"sevrity\": \"x\"")))
        << QStringLiteral("unknown field \"sevrity\"");
    QTest::newRow("unknown-operator")
        << kbWith(cause(QStringLiteral("GPSI-A"),
                        QStringLiteral("{\"fact\": \"path.kind\", \"equal\": \"x\"}")))
        << QStringLiteral("unknown operator \"equal\"");
    QTest::newRow("two-operators")
        << kbWith(cause(
               QStringLiteral("GPSI-A"),
               QStringLiteral("{\"fact\": \"path.kind\", \"equals\": \"x\", \"in\": [\"y\"]}")))
        << QStringLiteral("exactly one operator");
    QTest::newRow("no-operator") << kbWith(cause(QStringLiteral("GPSI-A"),
                                                 QStringLiteral("{\"fact\": \"path.kind\"}")))
                                 << QStringLiteral("exactly one operator");
    QTest::newRow("bad-fact-key") << kbWith(cause(QStringLiteral("GPSI-A"),
                                                  QStringLiteral(
                                                      "{\"fact\": \"Path Kind\", \"equals\": 1}")))
                                  << QStringLiteral("must be a fact key");
    QTest::newRow("empty-all") << kbWith(cause(QStringLiteral("GPSI-A"),
                                               QStringLiteral("{\"all\": []}")))
                               << QStringLiteral("when.all: must be a non-empty list");
    QTest::newRow("mixed") << kbWith(cause(QStringLiteral("GPSI-A"),
                                           QStringLiteral("{\"all\": [], \"any\": []}")))
                           << QStringLiteral("exactly one of");
    QTest::newRow("nested-error-path")
        << kbWith(cause(QStringLiteral("GPSI-A"),
                        QStringLiteral("{\"any\": [{\"fact\": \"a.b\", \"equals\": 1}, {\"not\": "
                                       "{\"fact\": \"a.c\", \"matches\": \"(\"}}]}")))
        << QStringLiteral("when.any[1].not.matches: invalid regular expression");
    QTest::newRow("in-not-list") << kbWith(
                                        cause(QStringLiteral("GPSI-A"),
                                              QStringLiteral("{\"fact\": \"a.b\", \"in\": \"x\"}")))
                                 << QStringLiteral("in: needs a non-empty list");
    QTest::newRow("lessThan-string")
        << kbWith(cause(QStringLiteral("GPSI-A"),
                        QStringLiteral("{\"fact\": \"a.b\", \"lessThan\": \"3\"}")))
        << QStringLiteral("lessThan: needs a number");
    QTest::newRow("exists-not-bool")
        << kbWith(cause(QStringLiteral("GPSI-A"),
                        QStringLiteral("{\"fact\": \"a.b\", \"exists\": 1}")))
        << QStringLiteral("exists: needs true or false");
    QTest::newRow("condition-not-object")
        << kbWith(cause(QStringLiteral("GPSI-A"), QStringLiteral("[1]")))
        << QStringLiteral("a condition must be a JSON object");
    QTest::newRow("empty-fix") << kbWith(cause(QStringLiteral("GPSI-A"), okWhen)
                                             .replace(QStringLiteral("[\"Fix {path.host}\"]"),
                                                      QStringLiteral("[]")))
                               << QStringLiteral("fix: must be a non-empty list");
    QTest::newRow("bad-weight")
        << kbWith(
               cause(QStringLiteral("GPSI-A"), okWhen,
                     QStringLiteral(", \"support\": [{\"when\": %1, \"weight\": 2}]").arg(okWhen)))
        << QStringLiteral("support[0].weight");
    QTest::newRow("bad-reference")
        << kbWith(cause(
               QStringLiteral("GPSI-A"), okWhen,
               QStringLiteral(
                   ", \"references\": [{\"label\": \"x\", \"url\": \"javascript:alert(1)\"}]")))
        << QStringLiteral("must be an http(s) address");
    QTest::newRow("missing-when")
        << kbWith(QStringLiteral("{\"id\": \"GPSI-A\", \"title\": \"t\", \"explanation\": \"e\", "
                                 "\"category\": \"c\", \"severity\": \"info\", \"confidence\": "
                                 "0.1, \"fix\": [\"f\"], \"verify\": [\"v\"]}"))
        << QStringLiteral("when: is missing");
    QTest::newRow("bad-scope") << kbWith(cause(QStringLiteral("GPSI-A"), okWhen,
                                               QStringLiteral(", \"scope\": \"fleet\"")))
                               << QStringLiteral("scope");
}

void TestKnowledgeBase::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    KnowledgeBase kb;
    QStringList errors;
    QVERIFY(!KnowledgeBase::load(json, &kb, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(messagePart),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(kb.causes().isEmpty());
}

void TestKnowledgeBase::operators_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("truth"); // 0 false, 1 true, 2 unknown

    QTest::newRow("equals-string-ci") << QStringLiteral("{\"fact\": \"a.b\", \"equals\": \"UNC\"}")
                                      << QVariant(QStringLiteral("unc")) << 1;
    QTest::newRow("equals-bool") << QStringLiteral("{\"fact\": \"a.b\", \"equals\": false}")
                                 << QVariant(false) << 1;
    QTest::newRow("bool-not-string")
        << QStringLiteral("{\"fact\": \"a.b\", \"equals\": \"false\"}") << QVariant(false) << 0;
    QTest::newRow("equals-number")
        << QStringLiteral("{\"fact\": \"a.b\", \"equals\": 4}") << QVariant(qint64(4)) << 1;
    QTest::newRow("notEquals") << QStringLiteral("{\"fact\": \"a.b\", \"notEquals\": \"x\"}")
                               << QVariant(QStringLiteral("y")) << 1;
    QTest::newRow("in") << QStringLiteral("{\"fact\": \"a.b\", \"in\": [\"ipv4\", \"ipv6\"]}")
                        << QVariant(QStringLiteral("ipv6")) << 1;
    QTest::newRow("notIn") << QStringLiteral("{\"fact\": \"a.b\", \"notIn\": [\"ipv4\", \"ipv6\"]}")
                           << QVariant(QStringLiteral("fqdn")) << 1;
    QTest::newRow("contains-list")
        << QStringLiteral("{\"fact\": \"a.b\", \"contains\": \"NTLMSSP\"}")
        << QVariant(QStringList{QStringLiteral("krb5"), QStringLiteral("ntlmssp")}) << 1;
    QTest::newRow("contains-string")
        << QStringLiteral("{\"fact\": \"a.b\", \"contains\": \"NT 4\"}")
        << QVariant(QStringLiteral("Windows NT 4.0")) << 1;
    QTest::newRow("matches") << QStringLiteral(
                                    "{\"fact\": \"a.b\", \"matches\": \"^Windows NT 4\\\\.\"}")
                             << QVariant(QStringLiteral("windows nt 4.0")) << 1;
    QTest::newRow("lessThan") << QStringLiteral("{\"fact\": \"a.b\", \"lessThan\": 5}")
                              << QVariant(qint64(4)) << 1;
    QTest::newRow("atMost-edge") << QStringLiteral("{\"fact\": \"a.b\", \"atMost\": 4}")
                                 << QVariant(qint64(4)) << 1;
    QTest::newRow("greaterThan-false")
        << QStringLiteral("{\"fact\": \"a.b\", \"greaterThan\": 4}") << QVariant(qint64(4)) << 0;
    QTest::newRow("atLeast-string-value") << QStringLiteral("{\"fact\": \"a.b\", \"atLeast\": 1}")
                                          << QVariant(QStringLiteral("x")) << 0;
    QTest::newRow("exists") << QStringLiteral("{\"fact\": \"a.b\", \"exists\": true}")
                            << QVariant(1) << 1;
    QTest::newRow("exists-missing")
        << QStringLiteral("{\"fact\": \"z.z\", \"exists\": true}") << QVariant(1) << 0;
    QTest::newRow("not-exists-missing")
        << QStringLiteral("{\"fact\": \"z.z\", \"exists\": false}") << QVariant(1) << 1;
    QTest::newRow("missing-unknown")
        << QStringLiteral("{\"fact\": \"z.z\", \"equals\": 1}") << QVariant(1) << 2;
    QTest::newRow("all-false-wins") << QStringLiteral("{\"all\": [{\"fact\": \"z.z\", \"equals\": "
                                                      "1}, {\"fact\": \"a.b\", \"equals\": 2}]}")
                                    << QVariant(qint64(1)) << 0;
    QTest::newRow("all-unknown") << QStringLiteral("{\"all\": [{\"fact\": \"z.z\", \"equals\": 1}, "
                                                   "{\"fact\": \"a.b\", \"equals\": 1}]}")
                                 << QVariant(qint64(1)) << 2;
    QTest::newRow("any-true-wins") << QStringLiteral("{\"any\": [{\"fact\": \"z.z\", \"equals\": "
                                                     "1}, {\"fact\": \"a.b\", \"equals\": 1}]}")
                                   << QVariant(qint64(1)) << 1;
    QTest::newRow("any-unknown") << QStringLiteral("{\"any\": [{\"fact\": \"z.z\", \"equals\": 1}, "
                                                   "{\"fact\": \"a.b\", \"equals\": 2}]}")
                                 << QVariant(qint64(1)) << 2;
    QTest::newRow("not") << QStringLiteral("{\"not\": {\"fact\": \"a.b\", \"equals\": 2}}")
                         << QVariant(qint64(1)) << 1;
    QTest::newRow("not-unknown") << QStringLiteral("{\"not\": {\"fact\": \"z.z\", \"equals\": 2}}")
                                 << QVariant(qint64(1)) << 2;
}

void TestKnowledgeBase::operators()
{
    QFETCH(QString, when);
    QFETCH(QVariant, value);
    QFETCH(int, truth);
    QStringList errors;
    auto condition = Condition::parse(QJsonDocument::fromJson(when.toUtf8()).object(),
                                      QStringLiteral("when"), &errors);
    QVERIFY2(condition, qPrintable(errors.join(QLatin1Char('\n'))));
    FactSet facts;
    facts.add(fact(QStringLiteral("a.b"), value));
    const Condition::Evaluation e = condition->evaluate(facts, QStringLiteral("s"));
    QCOMPARE(int(e.truth), truth == 0   ? int(Truth::False)
                           : truth == 1 ? int(Truth::True)
                                        : int(Truth::Unknown));
    if (truth == 2)
        QVERIFY(e.missingKeys.contains(QStringLiteral("z.z")));
}

void TestKnowledgeBase::unknownMeansNotAssessed()
{
    FactSet facts;
    facts.add(fact(QStringLiteral("path.kind"), QStringLiteral("unc"),
                   QStringLiteral("\\\\nt4\\a\\x.msi")));
    const Diagnosis d =
        KnowledgeBase::builtin().evaluate(facts, {QStringLiteral("\\\\nt4\\a\\x.msi")});
    bool nt4NotAssessed = false;
    for (const NotAssessed &n : d.notAssessed) {
        if (n.causeId == QLatin1String("GPSI-NT4-NOKERB")) {
            nt4NotAssessed = true;
            QVERIFY(n.missingFacts.contains(QStringLiteral("server.smb.extsec")));
            QVERIFY(n.missingFacts.contains(QStringLiteral("server.os.family")));
        }
    }
    QVERIFY(nt4NotAssessed);
    for (const Finding &f : d.findings)
        QVERIFY(f.causeId != QLatin1String("GPSI-NT4-NOKERB"));

    // Once the server facts exist, KB 323304 is a finding and ranks first (critical).
    facts.add(fact(QStringLiteral("server.auth.kerberos.offered"), false,
                   QStringLiteral("\\\\nt4\\a\\x.msi")));
    facts.add(fact(QStringLiteral("server.os.family"), QStringLiteral("windows-nt4"),
                   QStringLiteral("\\\\nt4\\a\\x.msi")));
    facts.add(fact(QStringLiteral("server.os.nativeos"), QStringLiteral("Windows NT 4.0"),
                   QStringLiteral("\\\\nt4\\a\\x.msi")));
    facts.add(fact(QStringLiteral("path.host.form"), QStringLiteral("netbios"),
                   QStringLiteral("\\\\nt4\\a\\x.msi")));
    facts.add(
        fact(QStringLiteral("path.host.loopback"), false, QStringLiteral("\\\\nt4\\a\\x.msi")));
    const Diagnosis d2 =
        KnowledgeBase::builtin().evaluate(facts, {QStringLiteral("\\\\nt4\\a\\x.msi")});
    QVERIFY(!d2.findings.isEmpty());
    QCOMPARE(d2.findings.first().causeId, QStringLiteral("GPSI-NT4-NOKERB"));
    QCOMPARE(d2.findings.first().confidence, 0.91);
    QVERIFY(d2.hasProblem());
}

void TestKnowledgeBase::rankingAndConfidence()
{
    const QString w = QStringLiteral("{\"fact\": \"a.b\", \"equals\": 1}");
    const QString json =
        cause(QStringLiteral("GPSI-INFO"), w, QString(), QStringLiteral("info"), 0.9) +
        QLatin1Char(',') +
        cause(QStringLiteral("GPSI-LOW"), w, QString(), QStringLiteral("error"), 0.4) +
        QLatin1Char(',') +
        cause(
            QStringLiteral("GPSI-BOOSTED"), w,
            QStringLiteral(
                ", \"support\": [{\"when\": {\"fact\": \"a.c\", \"equals\": true}, "
                "\"weight\": 0.3, \"note\": \"c helps\"}], \"against\": [{\"when\": "
                "{\"fact\": \"a.d\", \"exists\": true}, \"weight\": 0.1, \"note\": \"d hurts\"}]"),
            QStringLiteral("error"), 0.4) +
        QLatin1Char(',') +
        cause(QStringLiteral("GPSI-CRIT"), w, QString(), QStringLiteral("critical"), 0.1) +
        QLatin1Char(',') +
        cause(QStringLiteral("GPSI-NO"), QStringLiteral("{\"fact\": \"a.b\", \"equals\": 2}"));
    KnowledgeBase kb;
    QStringList errors;
    QVERIFY2(KnowledgeBase::load(kbWith(json), &kb, &errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    FactSet facts;
    facts.add(fact(QStringLiteral("a.b"), qint64(1)));
    facts.add(fact(QStringLiteral("a.c"), true));
    facts.add(fact(QStringLiteral("a.d"), QStringLiteral("x")));
    const Diagnosis d = kb.evaluate(facts, {QStringLiteral("s")});
    QStringList ids;
    for (const Finding &f : d.findings)
        ids << f.causeId;
    QCOMPARE(ids, (QStringList{QStringLiteral("GPSI-CRIT"), QStringLiteral("GPSI-BOOSTED"),
                               QStringLiteral("GPSI-LOW"), QStringLiteral("GPSI-INFO")}));
    QCOMPARE(d.findings.at(1).confidence, 0.6);
    QCOMPARE(d.findings.at(1).evidenceAgainst.size(), 1);
    QCOMPARE(d.findings.at(1).evidenceAgainst.first().note, QStringLiteral("d hurts"));
    QVERIFY(d.hasProblem());
    // Info findings alone are no problem.
    Diagnosis onlyInfo;
    onlyInfo.findings << d.findings.last();
    QVERIFY(!onlyInfo.hasProblem());
}

void TestKnowledgeBase::placeholdersAndCitations()
{
    KnowledgeBase kb;
    QStringList errors;
    QVERIFY(KnowledgeBase::load(
        kbWith(cause(QStringLiteral("GPSI-P"),
                     QStringLiteral("{\"fact\": \"path.kind\", \"equals\": \"unc\"}"))),
        &kb, &errors));
    FactSet facts;
    facts.add(fact(QStringLiteral("path.kind"), QStringLiteral("unc"),
                   QStringLiteral("\\\\h\\s\\x.msi")));
    facts.add(fact(QStringLiteral("path.host"), QStringLiteral("<h>"),
                   QStringLiteral("\\\\h\\s\\x.msi")));
    const Diagnosis d = kb.evaluate(facts, {QStringLiteral("\\\\h\\s\\x.msi")});
    QCOMPARE(d.findings.size(), 1);
    const Finding &f = d.findings.first();
    QCOMPARE(f.title, QStringLiteral("Title <h>"));
    QCOMPARE(f.explanation, QStringLiteral("Because <h> in \\\\h\\s\\x.msi"));
    QCOMPARE(f.fix, QStringList{QStringLiteral("Fix <h>")});
    QCOMPARE(f.evidenceFor.size(), 1);
    QCOMPARE(f.evidenceFor.first().fact.key, QStringLiteral("path.kind"));
    // A placeholder with no fact behind it says so instead of leaking the braces.
    FactSet noHost;
    noHost.add(fact(QStringLiteral("path.kind"), QStringLiteral("unc"), QStringLiteral("x")));
    QCOMPARE(kb.evaluate(noHost, {QStringLiteral("x")}).findings.first().title,
             QStringLiteral("Title (unknown)"));
}

void TestKnowledgeBase::caseScope()
{
    KnowledgeBase kb;
    QStringList errors;
    QVERIFY(
        KnowledgeBase::load(kbWith(cause(QStringLiteral("GPSI-CASE"),
                                         QStringLiteral("{\"fact\": \"ev.sig\", \"equals\": true}"),
                                         QStringLiteral(", \"scope\": \"case\""))),
                            &kb, &errors));
    FactSet facts;
    facts.add(fact(QStringLiteral("ev.sig"), true, QString()));
    const Diagnosis d = kb.evaluate(facts, {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(d.findings.size(), 1);
    QVERIFY(d.findings.first().subject.isEmpty());
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"

// The server probe and the Kerberos check together (domain.md 6.3 and issue 4): which finding
// comes first for each combination, and which must not appear at all.
void TestKnowledgeBase::kerberosMatrix_data()
{
    QTest::addColumn<QVariantMap>("facts");
    QTest::addColumn<QString>("first");      // expected top finding ("" = none)
    QTest::addColumn<QStringList>("absent"); // causes that must not be found

    const QVariantMap unc{{QStringLiteral("path.kind"), QStringLiteral("unc")},
                          {QStringLiteral("path.host.form"), QStringLiteral("fqdn")}};
    QVariantMap nt4 = unc;
    nt4.insert(QStringLiteral("server.os.family"), QStringLiteral("windows-nt4"));
    nt4.insert(QStringLiteral("server.smb.extsec"), false);
    nt4.insert(QStringLiteral("server.auth.kerberos.offered"), false);
    nt4.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("unknown-principal"));
    QTest::newRow("nt4 + unknown name: KB 323304 first")
        << nt4 << QStringLiteral("GPSI-NT4-NOKERB") << QStringList{};

    QVariantMap modern = unc;
    modern.insert(QStringLiteral("server.os.family"), QStringLiteral("windows-vista+"));
    modern.insert(QStringLiteral("server.smb.extsec"), true);
    modern.insert(QStringLiteral("server.auth.kerberos.offered"), true);
    QVariantMap healthy = modern;
    healthy.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("issued"));
    const QStringList kerberosCauses{
        QStringLiteral("GPSI-NT4-NOKERB"),           QStringLiteral("GPSI-SERVER-NOKERB"),
        QStringLiteral("GPSI-KERB-NO-SPN"),          QStringLiteral("GPSI-KERB-CLOCK-SKEW"),
        QStringLiteral("GPSI-KERB-KDC-UNREACHABLE"), QStringLiteral("GPSI-KERB-REALM-UNKNOWN"),
        QStringLiteral("GPSI-KERB-FAILED"),          QStringLiteral("GPSI-KERB-NO-CREDENTIALS")};
    QTest::newRow("kerberos offered + ticket issued: all good")
        << healthy << QString() << kerberosCauses;

    QVariantMap alias = modern;
    alias.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("unknown-principal"));
    alias.insert(QStringLiteral("name.alias"), true);
    QTest::newRow("kerberos offered + no SPN for the name")
        << alias << QStringLiteral("GPSI-KERB-NO-SPN")
        << QStringList{QStringLiteral("GPSI-NT4-NOKERB"), QStringLiteral("GPSI-SERVER-NOKERB")};

    QVariantMap skew = modern;
    skew.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("clock-skew"));
    QTest::newRow("clock skew") << skew << QStringLiteral("GPSI-KERB-CLOCK-SKEW")
                                << QStringList{QStringLiteral("GPSI-KERB-NO-SPN")};

    QVariantMap noCred = modern;
    noCred.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("no-credentials"));
    QTest::newRow("no credentials: advice only")
        << noCred << QStringLiteral("GPSI-KERB-NO-CREDENTIALS")
        << QStringList{QStringLiteral("GPSI-KERB-NO-SPN"), QStringLiteral("GPSI-NT4-NOKERB")};

    QVariantMap unreachable = modern;
    unreachable.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("kdc-unreachable"));
    QTest::newRow("kdc unreachable") << unreachable << QStringLiteral("GPSI-KERB-KDC-UNREACHABLE")
                                     << QStringList{QStringLiteral("GPSI-KERB-NO-SPN")};

    QVariantMap realm = modern;
    realm.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("realm-unknown"));
    QTest::newRow("realm unknown") << realm << QStringLiteral("GPSI-KERB-REALM-UNKNOWN")
                                   << QStringList{QStringLiteral("GPSI-KERB-NO-SPN")};

    QVariantMap ntlmOnly = unc;
    ntlmOnly.insert(QStringLiteral("server.smb.extsec"), true);
    ntlmOnly.insert(QStringLiteral("server.auth.kerberos.offered"), false);
    ntlmOnly.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("issued"));
    QTest::newRow("NTLM-only server although the KDC knows the name")
        << ntlmOnly << QStringLiteral("GPSI-SERVER-NOKERB")
        << QStringList{QStringLiteral("GPSI-KERB-NO-SPN")};

    QVariantMap ip = unc;
    ip.insert(QStringLiteral("path.host.form"), QStringLiteral("ipv4"));
    ip.insert(QStringLiteral("server.smb.extsec"), true);
    ip.insert(QStringLiteral("server.auth.kerberos.offered"), true);
    ip.insert(QStringLiteral("auth.kerberos.ticket"), QStringLiteral("unknown-principal"));
    QTest::newRow("IP literal: the path cause, not a second SPN finding")
        << ip << QStringLiteral("GPSI-PATH-IP-LITERAL")
        << QStringList{QStringLiteral("GPSI-KERB-NO-SPN")};
}

void TestKnowledgeBase::kerberosMatrix()
{
    QFETCH(QVariantMap, facts);
    QFETCH(QString, first);
    QFETCH(QStringList, absent);
    FactSet set;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        set.add(fact(it.key(), it.value()));
    const Diagnosis d = KnowledgeBase::builtin().evaluate(set, {QStringLiteral("s")});
    QStringList ids;
    for (const Finding &f : d.findings)
        ids << f.causeId;
    const QString shown = ids.join(QLatin1Char(' '));
    if (first.isEmpty())
        QVERIFY2(ids.isEmpty() || !ids.contains(QStringLiteral("GPSI-NT4-NOKERB")),
                 qPrintable(shown));
    else
        QVERIFY2(!ids.isEmpty() && ids.first() == first, qPrintable(shown));
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id), qPrintable(id + QStringLiteral(" in: ") + shown));
}
