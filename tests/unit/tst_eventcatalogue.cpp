#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include "eventlog/errorcodes.h"
#include "eventlog/eventcatalogue.h"
#include "eventlog/eventtext.h"

using Gpsi::CatalogueEntry;
using Gpsi::ErrorCode;
using Gpsi::ErrorCodes;
using Gpsi::EventCatalogue;
using Gpsi::EventDataField;
using Gpsi::EventRecord;
using Gpsi::MatchedEvent;

namespace {

EventRecord classic(const QString &provider, const QString &channel, quint16 id,
                    const QStringList &data, const QString &sid = QStringLiteral("S-1-5-18"))
{
    EventRecord r;
    r.provider = provider;
    r.channel = channel;
    r.eventId = id;
    r.hasQualifiers = true;
    r.level = 2;
    r.userSid = sid;
    r.computer = QStringLiteral("PC01.contoso.com");
    r.fileTime = EventRecord::fileTimeFromDateTime(
        QDateTime(QDate(2024, 3, 9), QTime(8, 55, 1), QTimeZone::utc()));
    for (const QString &d : data)
        r.data.append(EventDataField{QString(), d});
    return r;
}

EventRecord named(const QString &provider, const QString &channel, quint16 id,
                  const QList<QPair<QString, QString>> &data)
{
    EventRecord r = classic(provider, channel, id, {});
    r.hasQualifiers = false;
    for (const auto &d : data)
        r.data.append(EventDataField{d.first, d.second});
    return r;
}

EventRecord textExport(const QString &provider, quint16 id, const QString &message)
{
    EventRecord r;
    r.provider = provider;
    r.eventId = id;
    r.message = message;
    r.line = 4;
    return r;
}

QString sourceDir()
{
#ifdef GPSI_TEST_DATA_DIR
    return QStringLiteral(GPSI_TEST_DATA_DIR);
#else
    return qEnvironmentVariable("GPSI_SOURCE_DIR") + QStringLiteral("/tests/unit/data");
#endif
}

} // namespace

class TestEventCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinLoads();
    void causesExistInKnowledgeBase();
    void examples_data();
    void examples();
    void neverOnTheIdAlone();
    void providerCaseAndChannel();
    void versionSelection();
    void filterPassesExactlyTheCatalogue();
    void roleRules();
    void computerAssigned();
    void formatMessage();
    void textExports_data();
    void textExports();
    void unreadableTextKeepsTheMatch();
    void hostileText();
    void errorCodeTable();
    void parse_data();
    void parse();
    void fromMessage_data();
    void fromMessage();
    void describe();
    void eventTextUsesTheTable();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonGarbage();
    void brokenCatalogues_data();
    void brokenCatalogues();
    void everyProblemReported();
    void minimalCatalogue();
    void hostileCatalogue();
};

void TestEventCatalogue::builtinLoads()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    QVERIFY2(c.entries().size() >= 70, qPrintable(QString::number(c.entries().size())));
    QSet<QString> ids;
    for (const CatalogueEntry &e : c.entries()) {
        QVERIFY(!e.providers.isEmpty());
        QVERIFY2(!EventCatalogue::roleName(e.role).isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.example.isEmpty(), qPrintable(e.id + QStringLiteral(": no example")));
        QVERIFY2(!e.expected.isEmpty(), qPrintable(e.id + QStringLiteral(": no expectation")));
        QVERIFY(!ids.contains(e.id));
        ids.insert(e.id);
    }
    QVERIFY(c.entry(QStringLiteral("appmgmt-102")));
    QVERIFY(c.entry(QStringLiteral("appmgmtgp-108")));
    QVERIFY(!c.entry(QStringLiteral("nothing")));
    QVERIFY(c.errorCauses(1612).contains(QStringLiteral("GPSI-EVENTS-SOURCE-ABSENT")));
}

void TestEventCatalogue::causesExistInKnowledgeBase()
{
    QFile file(QStringLiteral(":/gpsi/knowledge/causes.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> known;
    const QJsonArray causes =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("causes")).toArray();
    for (const QJsonValue &c : causes)
        known.insert(c.toObject().value(QLatin1String("id")).toString());
    QVERIFY(known.size() > 10);
    const EventCatalogue &cat = EventCatalogue::builtin();
    QStringList used;
    for (const CatalogueEntry &e : cat.entries()) {
        used << e.causes;
        for (const Gpsi::CatalogueRule &r : e.rules)
            used << r.causes;
    }
    for (qint64 code : {5, 65, 1222, 1274, 1603, 1612, 1619, 1620, 1625})
        used << cat.errorCauses(code);
    QVERIFY(used.contains(QStringLiteral("GPSI-NT4-NOKERB")));
    QVERIFY(used.contains(QStringLiteral("GPSI-SERVER-SMB1-ONLY")));
    for (const QString &id : std::as_const(used))
        QVERIFY2(known.contains(id), qPrintable(id + QStringLiteral(" is not in causes.json")));
}

void TestEventCatalogue::examples_data()
{
    QTest::addColumn<QString>("id");
    for (const CatalogueEntry &e : EventCatalogue::builtin().entries())
        QTest::newRow(qPrintable(e.id)) << e.id;
}

void TestEventCatalogue::examples()
{
    QFETCH(QString, id);
    const EventCatalogue &c = EventCatalogue::builtin();
    const CatalogueEntry *e = c.entry(id);
    QVERIFY(e);
    const EventRecord record = EventCatalogue::recordFromJson(e->example);
    const std::optional<MatchedEvent> m = c.match(record);
    QVERIFY2(m.has_value(), "the example does not match");
    QCOMPARE(m->entry->id, id);
    QVERIFY(!m->fromText);
    QVERIFY(!m->message.isEmpty());
    QVERIFY2(!m->message.contains(QLatin1String("%%")), qPrintable(m->message));
    for (auto it = e->expected.constBegin(); it != e->expected.constEnd(); ++it) {
        if (it.key() == QLatin1String("@role")) {
            QCOMPARE(EventCatalogue::roleName(m->role), it.value());
        } else if (it.key() == QLatin1String("@error")) {
            QCOMPARE(QString::number(m->errorCode), it.value());
        } else if (it.key() == QLatin1String("@computerAssigned")) {
            QCOMPARE(m->computerAssigned ? QStringLiteral("true") : QStringLiteral("false"),
                     it.value());
        } else {
            QVERIFY2(m->fields.contains(it.key()),
                     qPrintable(QStringLiteral("no field ") + it.key()));
            QCOMPARE(m->field(it.key()), it.value());
        }
    }
    if (m->fields.contains(QStringLiteral("error")))
        QCOMPARE(QString::number(m->errorCode), m->field(QStringLiteral("error")));
    // The example survives the dump-events JSON form unchanged.
    QCOMPARE(EventCatalogue::recordFromJson(EventCatalogue::recordToJson(record)), record);
    QVERIFY(c.filter().accepts(record.provider, record.channel, record.eventId));
}

void TestEventCatalogue::neverOnTheIdAlone()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    // ESENT logs 102 on every machine, LoadPerf logs 1000: neither is software installation.
    QVERIFY(!c.match(classic(QStringLiteral("ESENT"), QStringLiteral("Application"), 102,
                             {QStringLiteral("Windows"), QStringLiteral("788")})));
    QVERIFY(
        !c.match(named(QStringLiteral("Microsoft-Windows-LoadPerf"), QStringLiteral("Application"),
                       1000, {{QStringLiteral("param1"), QStringLiteral("WmiApRpl")}})));
    QVERIFY(!c.match(classic(QStringLiteral("Contoso"), QStringLiteral("System"), 1085,
                             {QStringLiteral("Application Management")})));
    QVERIFY(!c.find(classic(QString(), QString(), 102, {})));
    QVERIFY(
        c.match(classic(QStringLiteral("Application Management"), QStringLiteral("Application"),
                        102, {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("1612")})));
}

void TestEventCatalogue::providerCaseAndChannel()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    const QStringList kb = {QStringLiteral(
        "The Group Policy client-side extension Application Management was passed flags (1) "
        "and returned a failure status code of (1612).")};
    for (const QString &p :
         {QStringLiteral("UserEnv"), QStringLiteral("userenv"), QStringLiteral("USERENV")}) {
        const auto m = c.match(classic(p, QStringLiteral("Application"), 1000, kb));
        QVERIFY(m);
        QCOMPARE(m->entry->id, QStringLiteral("userenv-1000"));
        QCOMPARE(m->errorCode, qint64(1612));
    }
    const auto netlogon = c.match(classic(QStringLiteral("netlogon"), QStringLiteral("SYSTEM"),
                                          5719, {QStringLiteral("D"), QStringLiteral("%%1311")}));
    QVERIFY(netlogon);
    QCOMPARE(EventCatalogue::roleName(netlogon->role), QStringLiteral("network-not-ready"));
    // The XP source writes to Application, the Vista one to System.
    const QStringList data = {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("1612")};
    QVERIFY(!c.match(
        classic(QStringLiteral("Application Management"), QStringLiteral("System"), 102, data)));
    QVERIFY(!c.match(classic(QStringLiteral("Application Management Group Policy"),
                             QStringLiteral("Application"), 102, data)));
    const auto vista = c.match(classic(QStringLiteral("Application Management Group Policy"),
                                       QStringLiteral("System"), 102, data));
    QVERIFY(vista);
    QCOMPARE(vista->entry->id, QStringLiteral("appmgmtgp-102"));
    // An input without channel (EVT, CSV) still matches.
    const auto noChannel =
        c.match(classic(QStringLiteral("Application Management"), QString(), 102, data));
    QVERIFY(noChannel);
    QCOMPARE(noChannel->entry->id, QStringLiteral("appmgmt-102"));
    // Operational events only match their channel.
    QVERIFY(
        !c.match(named(QStringLiteral("Microsoft-Windows-GroupPolicy"), QStringLiteral("System"),
                       7016, {{QStringLiteral("ErrorCode"), QStringLiteral("1612")}})));
}

void TestEventCatalogue::versionSelection()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    auto smb = [&c](quint8 version) {
        EventRecord r = named(QStringLiteral("Microsoft-Windows-SMBClient"),
                              QStringLiteral("Microsoft-Windows-SmbClient/Connectivity"), 30803,
                              {{QStringLiteral("ServerName"), QStringLiteral("\\\\fs01")}});
        r.version = version;
        const auto m = c.match(r);
        return m ? m->entry->id + QLatin1Char('/') + m->field(QStringLiteral("server")) : QString();
    };
    QCOMPARE(smb(0), QStringLiteral("smbclient-30803/fs01"));
    QCOMPARE(smb(2), QStringLiteral("smbclient-30803-v2/fs01"));
    QCOMPARE(smb(1), QStringLiteral("smbclient-30803/fs01"));    // nearest older
    QCOMPARE(smb(7), QStringLiteral("smbclient-30803-v2/fs01")); // nearest older
}

void TestEventCatalogue::filterPassesExactlyTheCatalogue()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    const Gpsi::EventFilter f = c.filter();
    QVERIFY(!f.isEmpty());
    QVERIFY(f.accepts(u"Application Management", u"Application", 102));
    QVERIFY(f.accepts(u"application management group policy", u"System", 108));
    QVERIFY(f.accepts(u"MsiInstaller", u"", 11708));
    QVERIFY(!f.accepts(u"ESENT", u"Application", 102));
    QVERIFY(!f.accepts(u"Microsoft-Windows-LoadPerf", u"Application", 1000));
    QVERIFY(!f.accepts(u"Application Management", u"Security", 102));
    QVERIFY(!f.mayAccept(4624));
    QVERIFY(f.mayAccept(1000));
}

void TestEventCatalogue::roleRules()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    const QString am = QStringLiteral("Application Management Group Policy");
    const QString sys = QStringLiteral("System");
    auto role = [&c](const EventRecord &r) {
        const auto m = c.match(r);
        return m ? EventCatalogue::roleName(m->role) : QStringLiteral("(no match)");
    };
    QCOMPARE(role(classic(am, sys, 102,
                          {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("1274")})),
             QStringLiteral("pending"));
    QCOMPARE(role(classic(am, sys, 102,
                          {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("1612")})),
             QStringLiteral("install-failed"));
    QCOMPARE(role(classic(am, sys, 108, {QStringLiteral("x"), QStringLiteral("1274")})),
             QStringLiteral("pending"));
    QCOMPARE(role(classic(am, sys, 108,
                          {QStringLiteral("Software installation policy application has been "
                                          "delayed until the next system startup."),
                           QStringLiteral("1603")})),
             QStringLiteral("pending"));
    QCOMPARE(role(classic(am, sys, 108,
                          {QStringLiteral("Software changes could not be applied."),
                           QStringLiteral("1612")})),
             QStringLiteral("policy-failed"));
    auto msi = [&](const QString &status) {
        return role(classic(QStringLiteral("MsiInstaller"), QStringLiteral("Application"), 1033,
                            {QStringLiteral("W"), QStringLiteral("1"), QStringLiteral("1033"),
                             status, QStringLiteral("C")}));
    };
    QCOMPARE(msi(QStringLiteral("0")), QStringLiteral("msi-succeeded"));
    QCOMPARE(msi(QStringLiteral("3010")), QStringLiteral("msi-succeeded"));
    QCOMPARE(msi(QStringLiteral("1603")), QStringLiteral("msi-failed"));
    auto link = [&](const QString &slow) {
        return role(named(QStringLiteral("Microsoft-Windows-GroupPolicy"),
                          QStringLiteral("Microsoft-Windows-GroupPolicy/Operational"), 5314,
                          {{QStringLiteral("BandwidthInkbps"), QStringLiteral("9000")},
                           {QStringLiteral("IsSlowLink"), slow},
                           {QStringLiteral("ThresholdInkbps"), QStringLiteral("500")},
                           {QStringLiteral("LinkDescription"), QStringLiteral("fast")}}));
    };
    QCOMPARE(link(QStringLiteral("false")), QStringLiteral("context"));
    QCOMPARE(link(QStringLiteral("0")), QStringLiteral("context"));
    QCOMPARE(link(QStringLiteral("true")), QStringLiteral("slow-link"));
    QCOMPARE(link(QStringLiteral("1")), QStringLiteral("slow-link"));

    // Causes follow the error and the extension.
    auto gp1085 = [&](const QString &extension, const QString &code) {
        return c.match(named(QStringLiteral("Microsoft-Windows-GroupPolicy"), sys, 1085,
                             {{QStringLiteral("ErrorCode"), code},
                              {QStringLiteral("ExtensionName"), extension},
                              {QStringLiteral("ExtensionId"), QStringLiteral("{X}")}}));
    };
    const auto si = gp1085(QStringLiteral("Software Installation"), QStringLiteral("1612"));
    QVERIFY(si);
    QCOMPARE(EventCatalogue::roleName(si->role), QStringLiteral("cse-failed"));
    QVERIFY(si->causes.contains(QStringLiteral("GPSI-NT4-NOKERB")));
    QVERIFY(si->causes.contains(QStringLiteral("GPSI-EVENTS-SOURCE-ABSENT")));
    const auto folders = gp1085(QStringLiteral("Folder Redirection"), QStringLiteral("1612"));
    QVERIFY(folders);
    QVERIFY(!folders->causes.contains(QStringLiteral("GPSI-NT4-NOKERB")));
    const auto pending = gp1085(QStringLiteral("Software Installation"), QStringLiteral("0x4FA"));
    QVERIFY(pending);
    QCOMPARE(pending->errorCode, qint64(1274));
    QCOMPARE(EventCatalogue::roleName(pending->role), QStringLiteral("pending"));
    QVERIFY(pending->causes.contains(QStringLiteral("GPSI-EVENTS-PENDING")));
    // Quiet roles carry no error causes.
    const auto ok = c.match(classic(
        QStringLiteral("MsiInstaller"), QStringLiteral("Application"), 1033,
        {QStringLiteral("W"), QStringLiteral("1"), QStringLiteral("1033"), QStringLiteral("0")}));
    QVERIFY(ok);
    QVERIFY(ok->causes.isEmpty());
}

void TestEventCatalogue::computerAssigned()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    const QStringList data = {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("1612")};
    const QString am = QStringLiteral("Application Management");
    QVERIFY(c.match(classic(am, QStringLiteral("Application"), 102, data))->computerAssigned);
    QVERIFY(!c.match(classic(am, QStringLiteral("Application"), 102, data,
                             QStringLiteral("S-1-5-21-1-2-3-1104")))
                 ->computerAssigned);
    QVERIFY(!c.match(classic(am, QStringLiteral("Application"), 102, data, QString()))
                 ->computerAssigned);
}

void TestEventCatalogue::formatMessage()
{
    const EventCatalogue &c = EventCatalogue::builtin();
    const CatalogueEntry *e102 = c.entry(QStringLiteral("appmgmt-102"));
    QVERIFY(e102);
    QCOMPARE(
        c.formatMessage(*e102, classic(QStringLiteral("Application Management"),
                                       QStringLiteral("Application"), 102,
                                       {QStringLiteral("Office 2003"),
                                        QStringLiteral("Deploy Office"), QStringLiteral("1612")})),
        QStringLiteral("The install of application Office 2003 from policy Deploy Office "
                       "failed.  The error was : The installation source for this product is "
                       "not available. Verify that the source exists and that you can access "
                       "it."));
    // An unknown code stays as Event Viewer shows it without the parameter file.
    QCOMPARE(c.formatMessage(
                 *e102,
                 classic(QStringLiteral("Application Management"), QStringLiteral("Application"),
                         102, {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("99999")})),
             QStringLiteral("The install of application A from policy P failed.  The error was : "
                            "%%99999"));
    const auto m = c.match(classic(QStringLiteral("NETLOGON"), QStringLiteral("System"), 5719,
                                   {QStringLiteral("CONTOSO"), QStringLiteral("%%1311")}));
    QVERIFY(m);
    QVERIFY2(m->message.startsWith(QStringLiteral(
                 "This computer was not able to set up a secure session with a domain controller "
                 "in domain CONTOSO due to the following: \nThere are currently no logon servers "
                 "available to service the logon request.")),
             qPrintable(m->message));
    // Manifest events fill %N by name, whatever the order of the data.
    const auto gp = c.match(
        named(QStringLiteral("Microsoft-Windows-GroupPolicy"), QStringLiteral("System"), 1085,
              {{QStringLiteral("ExtensionName"), QStringLiteral("Software Installation")},
               {QStringLiteral("ErrorCode"), QStringLiteral("1612")}}));
    QVERIFY(gp);
    QCOMPARE(gp->message,
             QStringLiteral("Windows failed to apply the Software Installation settings. Software "
                            "Installation settings might have its own log file. Please click on "
                            "the \"More information\" link."));
    // A message the record carries wins over the template.
    EventRecord withMessage =
        classic(QStringLiteral("Application Management"), QStringLiteral("Application"), 102,
                {QStringLiteral("A"), QStringLiteral("P"), QStringLiteral("1612")});
    withMessage.message = QStringLiteral("rendered by Windows");
    QCOMPARE(c.match(withMessage)->message, QStringLiteral("rendered by Windows"));
    QCOMPARE(c.match(withMessage)->field(QStringLiteral("application")), QStringLiteral("A"));
}

void TestEventCatalogue::textExports_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("eventId");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QVariantMap>("fields");

    const QString am = QStringLiteral("Application Management");
    const QString amgp = QStringLiteral("Application Management Group Policy");
    QTest::newRow("xp-102")
        << am << 102
        << QStringLiteral(
               "The install of application Contoso Widget 2.0 from policy Deploy Widget "
               "failed.  The error was : The installation source for this product is not "
               "available.  Verify that the source exists and that you can access it.")
        << QStringLiteral("appmgmt-102") << QStringLiteral("install-failed")
        << QVariantMap{{QStringLiteral("application"), QStringLiteral("Contoso Widget 2.0")},
                       {QStringLiteral("policy"), QStringLiteral("Deploy Widget")},
                       {QStringLiteral("error"), QStringLiteral("1612")}};
    QTest::newRow("win2000-102-quoted")
        << am << 102
        << QStringLiteral("The install of application \"Office 2003\" from policy \"Deploy "
                          "Office\" failed. The error was The installation source for this product "
                          "is not available. Verify that the source exists and that you can access "
                          "it.")
        << QStringLiteral("appmgmt-102") << QStringLiteral("install-failed")
        << QVariantMap{{QStringLiteral("application"), QStringLiteral("Office 2003")},
                       {QStringLiteral("policy"), QStringLiteral("Deploy Office")},
                       {QStringLiteral("error"), QStringLiteral("1612")}};
    QTest::newRow("xp-viewer-trailer")
        << am << 102
        << QStringLiteral("The install of application Widget from policy GPO failed.  The error "
                          "was : Access is denied.\r\n\r\nFor more information, see Help and "
                          "Support Center at http://go.microsoft.com/fwlink/events.asp.")
        << QStringLiteral("appmgmt-102") << QStringLiteral("install-failed")
        << QVariantMap{{QStringLiteral("application"), QStringLiteral("Widget")},
                       {QStringLiteral("error"), QStringLiteral("5")}};
    QTest::newRow("raw-code-101")
        << amgp << 101
        << QStringLiteral("The assignment of application UniversalForwarder from policy Splunk UF "
                          "Deployment failed. The error was: %%1274")
        << QStringLiteral("appmgmtgp-101") << QStringLiteral("pending")
        << QVariantMap{{QStringLiteral("application"), QStringLiteral("UniversalForwarder")},
                       {QStringLiteral("policy"), QStringLiteral("Splunk UF Deployment")},
                       {QStringLiteral("error"), QStringLiteral("1274")}};
    QTest::newRow("kb-108")
        << am << 108
        << QStringLiteral("Failed to apply changes to software installation settings. Software "
                          "changes could not be applied. A previous log entry with details should "
                          "exist. The error was The installation source for this product is not "
                          "available. Verify that the source exists and that you can access it.")
        << QStringLiteral("appmgmt-108") << QStringLiteral("policy-failed")
        << QVariantMap{{QStringLiteral("subMessage"),
                        QStringLiteral("Software changes could not be applied. A previous log "
                                       "entry with details should exist.")},
                       {QStringLiteral("error"), QStringLiteral("1612")}};
    QTest::newRow("delayed-108")
        << amgp << 108
        << QStringLiteral("Failed to apply changes to software installation settings.  Software "
                          "installation policy application has been delayed until the next system "
                          "startup.  The error was : The group policy framework should call the "
                          "extension in the synchronous foreground policy refresh.")
        << QStringLiteral("appmgmtgp-108") << QStringLiteral("pending")
        << QVariantMap{{QStringLiteral("error"), QStringLiteral("1274")}};
    QTest::newRow("setup-107")
        << am << 107
        << QStringLiteral(
               "The execution of the setup program for application Tool from policy P "
               "failed.  The setup\r\npath was \\\\nt4srv\\apps\\tool\\setup.zap and the "
               "error was : Access is denied.")
        << QStringLiteral("appmgmt-107") << QStringLiteral("install-failed")
        << QVariantMap{
               {QStringLiteral("application"), QStringLiteral("Tool")},
               {QStringLiteral("path"), QStringLiteral("\\\\nt4srv\\apps\\tool\\setup.zap")},
               {QStringLiteral("error"), QStringLiteral("5")}};
    QTest::newRow("win8-106")
        << amgp << 106
        << QStringLiteral("Application Widget 2 from policy P was configured to upgrade "
                          "application Widget 1 from policy P.  The removal of application Widget "
                          "1 from policy P failed with error : Fatal error during installation.  "
                          "The upgrade will be stopped.")
        << QStringLiteral("appmgmtgp-106") << QStringLiteral("install-failed")
        << QVariantMap{{QStringLiteral("application"), QStringLiteral("Widget 2")},
                       {QStringLiteral("upgradedApplication"), QStringLiteral("Widget 1")},
                       {QStringLiteral("error"), QStringLiteral("1603")}};
    QTest::newRow("win8-110")
        << amgp << 110
        << QStringLiteral("Application of software installation policy settings was stopped due "
                          "to an error in determining the settings to be applied.")
        << QStringLiteral("appmgmtgp-110") << QStringLiteral("policy-failed") << QVariantMap{};
    QTest::newRow("userenv-1000")
        << QStringLiteral("Userenv") << 1000
        << QStringLiteral("The Group Policy client-side extension Application Management was "
                          "passed flags (1) and returned a failure status code of (1612).")
        << QStringLiteral("userenv-1000") << QStringLiteral("cse-failed")
        << QVariantMap{{QStringLiteral("cse"), QStringLiteral("Application Management")},
                       {QStringLiteral("flags"), QStringLiteral("1")},
                       {QStringLiteral("error"), QStringLiteral("1612")}};
    QTest::newRow("win2000-userenv-dc")
        << QStringLiteral("Userenv") << 1000
        << QStringLiteral("Windows cannot obtain the domain controller name for your computer "
                          "network. (The specified domain either does not exist or could not be "
                          "contacted. ). Group Policy processing aborted.")
        << QStringLiteral("userenv-1000") << QStringLiteral("dc-unreachable") << QVariantMap{};
    QTest::newRow("win2000-userenv-gptini")
        << QStringLiteral("Userenv") << 1000
        << QStringLiteral("Windows cannot access the file gpt.ini for GPO "
                          "cn={31B2F340-016D-11D2-945F-00C04FB984F9}. The file must be present at "
                          "the location <\\\\contoso.com\\sysvol\\gpt.ini>. (Access is denied. ). "
                          "Group Policy processing aborted.")
        << QStringLiteral("userenv-1000") << QStringLiteral("dc-unreachable") << QVariantMap{};
    QTest::newRow("msi-11708") << QStringLiteral("MsiInstaller") << 11708
                               << QStringLiteral("Product: EMET 5.51 -- Installation failed.")
                               << QStringLiteral("msi-11708") << QStringLiteral("msi-failed")
                               << QVariantMap{
                                      {QStringLiteral("product"), QStringLiteral("EMET 5.51")}};
    QTest::newRow("msi-1033")
        << QStringLiteral("MsiInstaller") << 1033
        << QStringLiteral("Windows Installer installed the product. Product Name: Contoso Widget. "
                          "Product Version: 2.0.1. Product Language: 1033. Manufacturer: Contoso "
                          "Ltd.. Installation success or error status: 1603.")
        << QStringLiteral("msi-1033") << QStringLiteral("msi-failed")
        << QVariantMap{{QStringLiteral("product"), QStringLiteral("Contoso Widget")},
                       {QStringLiteral("version"), QStringLiteral("2.0.1")},
                       {QStringLiteral("manufacturer"), QStringLiteral("Contoso Ltd.")},
                       {QStringLiteral("error"), QStringLiteral("1603")}};
    QTest::newRow("gp-1085")
        << QStringLiteral("Microsoft-Windows-GroupPolicy") << 1085
        << QStringLiteral("Windows failed to apply the Software Installation settings. Software "
                          "Installation settings might have its own log file. Please click on the "
                          "\"More information\" link.")
        << QStringLiteral("gp-1085") << QStringLiteral("cse-failed")
        << QVariantMap{{QStringLiteral("extension"), QStringLiteral("Software Installation")}};
    QTest::newRow("gpop-5314")
        << QStringLiteral("Microsoft-Windows-GroupPolicy") << 5314
        << QStringLiteral("A slow link was detected. The Estimated bandwidth is 312 kbps. The slow "
                          "link threshold is 500 kbps.")
        << QStringLiteral("gpop-5314") << QStringLiteral("slow-link")
        << QVariantMap{{QStringLiteral("link"), QStringLiteral("slow")},
                       {QStringLiteral("bandwidth"), QStringLiteral("312")},
                       {QStringLiteral("threshold"), QStringLiteral("500")}};
}

void TestEventCatalogue::textExports()
{
    QFETCH(QString, provider);
    QFETCH(int, eventId);
    QFETCH(QString, message);
    QFETCH(QString, entry);
    QFETCH(QString, role);
    QFETCH(QVariantMap, fields);
    const auto m = EventCatalogue::builtin().match(textExport(provider, quint16(eventId), message));
    QVERIFY(m);
    QCOMPARE(m->entry->id, entry);
    QCOMPARE(EventCatalogue::roleName(m->role), role);
    QCOMPARE(m->message, message);
    QVERIFY(m->fromText);
    QCOMPARE(m->field(QStringLiteral("confidence")), QStringLiteral("from-text"));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        QCOMPARE(m->field(it.key()), it.value().toString());
}

void TestEventCatalogue::unreadableTextKeepsTheMatch()
{
    // A message in another language does not read back; the event is still recognised.
    const auto m = EventCatalogue::builtin().match(
        textExport(QStringLiteral("Application Management"), 102,
                   QStringLiteral("Die Installation der Anwendung X aus Richtlinie Y ist "
                                  "fehlgeschlagen. Fehler: Zugriff verweigert")));
    QVERIFY(m);
    QCOMPARE(m->entry->id, QStringLiteral("appmgmt-102"));
    QVERIFY(!m->fromText);
    QVERIFY(m->fields.isEmpty());
    QCOMPARE(m->errorCode, qint64(-1));
    QCOMPARE(EventCatalogue::roleName(m->role), QStringLiteral("install-failed"));
}

void TestEventCatalogue::hostileText()
{
    // Long and odd messages neither crash nor hang the read-back.
    const EventCatalogue &c = EventCatalogue::builtin();
    const QString big = QString(200000, QLatin1Char('a'));
    QVERIFY(c.match(textExport(QStringLiteral("Application Management"), 106, big)));
    QString nested = QStringLiteral("Application ");
    for (int i = 0; i < 500; ++i)
        nested += QStringLiteral("from policy Application x ");
    QVERIFY(c.match(textExport(QStringLiteral("Application Management"), 106, nested)));
    QVERIFY(c.match(classic(QStringLiteral("Userenv"), QString(), 1000, {big})));
    QVERIFY(c.match(classic(QStringLiteral("Application Management"), QString(), 102, {})));
}

void TestEventCatalogue::errorCodeTable()
{
    const ErrorCodes &codes = ErrorCodes::builtin();
    const QList<qint64> required = {2,    3,    5,    53,   59,   64,   65,   67,   86,   1203,
                                    1219, 1222, 1231, 1232, 1244, 1265, 1274, 1311, 1326, 1331,
                                    1355, 1396, 1603, 1612, 1618, 1619, 1620, 1625, 1632, 1638,
                                    1641, 3010, 1722, 1727, 1787, 1789, 1908};
    for (qint64 code : required) {
        const ErrorCode *e = codes.find(code);
        QVERIFY2(e, qPrintable(QString::number(code)));
        QVERIFY2(!e->name.isEmpty() && !e->text.isEmpty() && !e->meaning.isEmpty(),
                 qPrintable(QString::number(code)));
        QCOMPARE(e->expected, code == 1274 || code == 1641 || code == 3010);
    }
    QCOMPARE(codes.find(1612)->name, QStringLiteral("ERROR_INSTALL_SOURCE_ABSENT"));
    QCOMPARE(codes.find(0x8007064C)->code, qint64(1612));
    QVERIFY(!codes.find(0x8009030C));
    QVERIFY(!codes.find(-1));
    // 1272 has no documented name: none is made up.
    const ErrorCode *guest = codes.find(1272);
    QVERIFY(guest);
    QVERIFY(guest->name.isEmpty());
}

void TestEventCatalogue::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("code");
    QTest::newRow("decimal") << QStringLiteral("1612") << qint64(1612);
    QTest::newRow("spaces") << QStringLiteral("  1612 ") << qint64(1612);
    QTest::newRow("percent") << QStringLiteral("%%1612") << qint64(1612);
    QTest::newRow("hex") << QStringLiteral("0x64C") << qint64(1612);
    QTest::newRow("hex-lower") << QStringLiteral("0x64c") << qint64(1612);
    QTest::newRow("hresult") << QStringLiteral("0x8007064C") << qint64(1612);
    QTest::newRow("hresult-decimal") << QStringLiteral("2147944012") << qint64(1612);
    QTest::newRow("hresult-signed") << QStringLiteral("-2147023284") << qint64(1612);
    QTest::newRow("bad-netpath") << QStringLiteral("0x80070035") << qint64(53);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("sspi") << QStringLiteral("0x80090303") << qint64(0x80090303);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("percent-only") << QStringLiteral("%%") << qint64(-1);
    QTest::newRow("text") << QStringLiteral("Access is denied.") << qint64(-1);
    QTest::newRow("hex-no-digits") << QStringLiteral("0x") << qint64(-1);
    QTest::newRow("too-big") << QStringLiteral("99999999999") << qint64(-1);
    QTest::newRow("hex-too-long") << QStringLiteral("0x1234567890") << qint64(-1);
    QTest::newRow("trailing") << QStringLiteral("1612x") << qint64(-1);
    QTest::newRow("negative-small") << QStringLiteral("-5") << qint64(0xFFFFFFFB);
}

void TestEventCatalogue::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, code);
    QCOMPARE(ErrorCodes::parse(text), code);
}

void TestEventCatalogue::fromMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("code");
    QTest::newRow("1612") << QStringLiteral("The error was : The installation source for this "
                                            "product is not available. Verify that the source "
                                            "exists and that you can access it.")
                          << qint64(1612);
    QTest::newRow("1612-no-final-period")
        << QStringLiteral("the installation source for this product is not available.  verify "
                          "that the source exists and that you can access it")
        << qint64(1612);
    QTest::newRow("1619-longest") << QStringLiteral(
                                         "This installation package could not be opened.  Verify "
                                         "that the package exists and that "
                                         "you can access it, or contact the application vendor to "
                                         "verify that this is a valid "
                                         "Windows Installer package.")
                                  << qint64(1619);
    QTest::newRow("1620") << QStringLiteral("This installation package could not be opened. "
                                            "Contact the application vendor to verify "
                                            "that this is a valid Windows Installer package.")
                          << qint64(1620);
    QTest::newRow("same-text-lower-code")
        << QStringLiteral("The network location cannot be reached. For information about network "
                          "troubleshooting, see Windows Help.")
        << qint64(1231);
    QTest::newRow("older-wording") << QStringLiteral("Logon failure: unknown user name or bad "
                                                     "password.")
                                   << qint64(1326);
    QTest::newRow("typographic-apostrophe")
        << QStringLiteral("This user can\u2019t sign in because this account is currently "
                          "disabled.")
        << qint64(1331);
    QTest::newRow("line-breaks") << QStringLiteral("Access\r\nis denied.") << qint64(5);
    QTest::newRow("first-sentence")
        << QStringLiteral("The error was : The installation source for this product is not "
                          "available.")
        << qint64(1612);
    QTest::newRow("ambiguous-first-sentence")
        << QStringLiteral("This installation package could not be opened.") << qint64(-1);
    QTest::newRow("nothing") << QStringLiteral("All is well.") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestEventCatalogue::fromMessage()
{
    QFETCH(QString, message);
    QFETCH(qint64, code);
    QCOMPARE(ErrorCodes::builtin().fromMessage(message), code);
}

void TestEventCatalogue::describe()
{
    const ErrorCodes &codes = ErrorCodes::builtin();
    QCOMPARE(codes.describe(1612),
             QStringLiteral("1612 (ERROR_INSTALL_SOURCE_ABSENT: The installation source for this "
                            "product is not available. Verify that the source exists and that you "
                            "can access it.)"));
    QCOMPARE(
        codes.describe(0x8007064C),
        codes.describe(1612).replace(QStringLiteral("1612 ("), QStringLiteral("0x8007064C (")));
    QCOMPARE(codes.describe(4242), QStringLiteral("4242"));
    QCOMPARE(codes.describe(0x80090303), QStringLiteral("0x80090303"));
    QCOMPARE(codes.describe(1272), QStringLiteral("1272"));
    QCOMPARE(codes.describe(-1), QString());
}

void TestEventCatalogue::eventTextUsesTheTable()
{
    QCOMPARE(Gpsi::EventText::errorName(1612), QStringLiteral("ERROR_INSTALL_SOURCE_ABSENT"));
    QCOMPARE(Gpsi::EventText::errorName(1789),
             QStringLiteral("ERROR_TRUSTED_RELATIONSHIP_FAILURE"));
    QCOMPARE(Gpsi::EventText::errorName(4242), QString());
}

void TestEventCatalogue::jsonRoundTrip_data()
{
    QTest::addColumn<EventRecord>("record");
    EventRecord full;
    full.recordId = 12345;
    full.fileTime = EventRecord::fileTimeFromDateTime(
                        QDateTime(QDate(2024, 3, 9), QTime(8, 55, 1), QTimeZone::utc())) +
                    1234567;
    full.eventId = 1085;
    full.version = 1;
    full.level = 3;
    full.task = 77;
    full.opcode = 1;
    full.keywords = 0x8000000000000000ULL;
    full.provider = QStringLiteral("Microsoft-Windows-GroupPolicy");
    full.providerGuid = QStringLiteral("{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}");
    full.channel = QStringLiteral("System");
    full.computer = QStringLiteral("PC01.contoso.com");
    full.userSid = QStringLiteral("S-1-5-18");
    full.activityId = QStringLiteral("{6B1BDBF2-0C9C-4F34-9D5B-94A3C2F1A1AA}");
    full.data = {{QStringLiteral("ErrorCode"), QStringLiteral("1612")},
                 {QStringLiteral("Empty"), QString()},
                 {QStringLiteral("ExtensionName"), QStringLiteral("Software Installation")}};
    full.message = QStringLiteral("Windows failed to apply the Software Installation settings.\n");
    full.offset = 0x11234;
    QTest::newRow("manifest") << full;

    EventRecord legacy;
    legacy.recordId = 7;
    legacy.fileTime = EventRecord::fileTimeFromDateTime(
        QDateTime(QDate(2003, 6, 1), QTime(23, 59, 59), QTimeZone::utc()));
    legacy.eventId = 1000;
    legacy.qualifiers = 0xC000;
    legacy.hasQualifiers = true;
    legacy.level = 2;
    legacy.provider = QStringLiteral("Userenv");
    legacy.data = {{QString(), QStringLiteral("a \"quoted\" \\ value")}, {QString(), QString()}};
    legacy.offset = 4096;
    QTest::newRow("legacy") << legacy;

    EventRecord zeroQualifiers;
    zeroQualifiers.hasQualifiers = true;
    zeroQualifiers.eventId = 102;
    zeroQualifiers.provider = QStringLiteral("Application Management");
    QTest::newRow("zero-qualifiers") << zeroQualifiers;

    EventRecord text;
    text.eventId = 102;
    text.provider = QStringLiteral("Application Management");
    text.message = QStringLiteral("The install of application ...\r\nsecond line \u00e9\u4e2d");
    text.line = 42;
    text.fileTime = 1; // the earliest tick
    QTest::newRow("text-export") << text;

    EventRecord huge;
    huge.recordId = 0xFFFFFFFFFFFFFFF0ULL;
    huge.keywords = 0xFFFFFFFFFFFFFFFFULL;
    huge.eventId = 65535;
    huge.qualifiers = 65535;
    huge.hasQualifiers = true;
    huge.version = 255;
    huge.level = 255;
    huge.task = 65535;
    huge.opcode = 255;
    huge.xml = QStringLiteral("<Event/>");
    QTest::newRow("limits") << huge;

    QTest::newRow("empty") << EventRecord();
}

void TestEventCatalogue::jsonRoundTrip()
{
    QFETCH(EventRecord, record);
    const QJsonObject o = EventCatalogue::recordToJson(record);
    QCOMPARE(EventCatalogue::recordFromJson(o), record);
    // Through text too, as dump-events writes it (one compact object per line).
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QVERIFY(!line.contains('\n'));
    QCOMPARE(EventCatalogue::recordFromJson(QJsonDocument::fromJson(line).object()), record);
    QCOMPARE(o.contains(QLatin1String("qualifiers")), record.hasQualifiers);
    QCOMPARE(o.contains(QLatin1String("providerGuid")), !record.providerGuid.isEmpty());
    QCOMPARE(o.contains(QLatin1String("message")), !record.message.isEmpty());
    QCOMPARE(o.contains(QLatin1String("offset")), record.offset >= 0);
    QCOMPARE(o.contains(QLatin1String("line")), record.line >= 0);
    QCOMPARE(o.value(QLatin1String("time")).toString(), record.timeText());
    QVERIFY(o.value(QLatin1String("keywords")).toString().startsWith(QLatin1String("0x")));
    for (const QJsonValue &d : o.value(QLatin1String("data")).toArray())
        QVERIFY(!d.toObject().contains(QLatin1String("name")) ||
                !d.toObject().value(QLatin1String("name")).toString().isEmpty());
}

void TestEventCatalogue::jsonGarbage()
{
    QJsonObject o;
    o.insert(QLatin1String("recordId"), -5);
    o.insert(QLatin1String("time"), QStringLiteral("yesterday"));
    o.insert(QLatin1String("eventId"), 70000);
    o.insert(QLatin1String("level"), QStringLiteral("error"));
    o.insert(QLatin1String("keywords"), QStringLiteral("0xZZ"));
    o.insert(QLatin1String("data"), QJsonArray{1, QStringLiteral("plain"), QJsonObject{}});
    o.insert(QLatin1String("offset"), 1e300);
    o.insert(QLatin1String("qualifiers"), QStringLiteral("x"));
    const EventRecord r = EventCatalogue::recordFromJson(o);
    QCOMPARE(r.recordId, quint64(0));
    QCOMPARE(r.fileTime, qint64(0));
    QCOMPARE(r.eventId, quint16(0));
    QCOMPARE(r.level, quint8(0));
    QCOMPARE(r.keywords, quint64(0));
    QCOMPARE(r.data.size(), qsizetype(2));
    QCOMPARE(r.data.at(0).value, QStringLiteral("plain"));
    QCOMPARE(r.offset, qint64(-1));
    QVERIFY(r.hasQualifiers);
    // Times with other precisions and offsets.
    QJsonObject t;
    t.insert(QLatin1String("time"), QStringLiteral("2024-03-09T08:55:01.000000000Z"));
    const EventRecord nine = EventCatalogue::recordFromJson(t);
    t.insert(QLatin1String("time"), QStringLiteral("2024-03-09T10:55:01+02:00"));
    QCOMPARE(EventCatalogue::recordFromJson(t).fileTime, nine.fileTime);
    QCOMPARE(nine.timeText(), QStringLiteral("2024-03-09T08:55:01.0000000Z"));
    QVERIFY(!EventCatalogue::builtin().match(r));
}

void TestEventCatalogue::brokenCatalogues_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(sourceDir() + QStringLiteral("/catalogue"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable(dir.absolutePath()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestEventCatalogue::brokenCatalogues()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    const QString expect =
        QJsonDocument::fromJson(json).object().value(QLatin1String("_expect")).toString();
    QVERIFY(!expect.isEmpty());
    EventCatalogue c;
    QString error;
    QVERIFY(!EventCatalogue::load(json, &c, &error));
    QVERIFY2(error.contains(expect), qPrintable(error));
    QVERIFY(c.entries().isEmpty());
}

void TestEventCatalogue::everyProblemReported()
{
    // Several broken entries (and a broken errorCauses key): the load reports every problem,
    // each with its JSON path, instead of stopping at the first.
    const QByteArray json = R"({
        "errorCauses": {"ten": ["GPSI-X"]},
        "entries": [
            {"id": "two-problems", "providers": ["P"], "eventId": 70000, "title": "t",
             "level": "fatal", "template": "t", "role": "context"},
            7,
            {"id": "fine", "providers": ["P"], "eventId": 1, "title": "t", "level": "error",
             "template": "%1", "role": "context",
             "fields": [{"name": "a", "source": "data:1"}]},
            {"id": "deep", "providers": ["P"], "eventId": 2, "title": "t", "level": "error",
             "template": "%1", "role": "explode",
             "rules": [{"field": "a", "equals": "x", "role": "context"},
                       {"field": "a", "equals": "y", "and": [{"field": "b", "in": 5}],
                        "role": "later"}],
             "fields": [{"name": "a", "source": "data:1"}, {"name": "b", "source": "xml:B"}]}
        ]})";
    EventCatalogue c;
    QStringList errors;
    QVERIFY(!EventCatalogue::load(json, &c, &errors));
    QVERIFY(c.entries().isEmpty());
    const QStringList expected = {
        QStringLiteral("errorCauses.ten: the key is not an error code"),
        QStringLiteral("entries[0] (two-problems).eventId: must be a whole number"),
        QStringLiteral("entries[0] (two-problems).level: unknown level \"fatal\""),
        QStringLiteral("entries[1]: must be an object"),
        QStringLiteral("entries[3] (deep).role: unknown role \"explode\""),
        QStringLiteral("entries[3] (deep).rules[1].and[0].in: must be an array"),
        QStringLiteral("entries[3] (deep).rules[1].role: unknown role \"later\""),
        QStringLiteral("entries[3] (deep).fields[1].source: field b has a bad source \"xml:B\""),
    };
    QCOMPARE(errors.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(errors.at(i).startsWith(expected.at(i)), qPrintable(errors.at(i)));

    // The QString form joins the same problems, one per line.
    QString joined;
    QVERIFY(!EventCatalogue::load(json, &c, &joined));
    QCOMPARE(joined, errors.join(QLatin1Char('\n')));
}

void TestEventCatalogue::minimalCatalogue()
{
    const QByteArray json = R"({"entries": [{
        "id": "contoso-100", "providers": ["Contoso"], "eventId": 100, "title": "t",
        "level": "error", "template": "Thing %1 failed: %%%2", "role": "install-failed",
        "pendingErrors": [1274],
        "rules": [{"field": "thing", "matches": "^temp", "role": "context",
                   "causes": ["X-TEMP"]}],
        "fields": [{"name": "thing", "source": "data:1"},
                   {"name": "error", "source": "data:2", "type": "error"}]}]})";
    EventCatalogue c;
    QString error;
    QVERIFY2(EventCatalogue::load(json, &c, &error), qPrintable(error));
    QCOMPARE(c.entries().size(), qsizetype(1));
    const auto m = c.match(classic(QStringLiteral("contoso"), QStringLiteral("Anything"), 100,
                                   {QStringLiteral("temp-1"), QStringLiteral("5")}));
    QVERIFY(m);
    QCOMPARE(EventCatalogue::roleName(m->role), QStringLiteral("context"));
    QCOMPARE(m->causes, QStringList{QStringLiteral("X-TEMP")});
    QCOMPARE(m->message, QStringLiteral("Thing temp-1 failed: Access is denied."));
    const auto p = c.match(classic(QStringLiteral("Contoso"), QString(), 100,
                                   {QStringLiteral("temp-2"), QStringLiteral("1274")}));
    QCOMPARE(EventCatalogue::roleName(p->role), QStringLiteral("pending"));
    const auto t = c.match(textExport(QStringLiteral("Contoso"), 100,
                                      QStringLiteral("Thing big failed: Access is denied.")));
    QCOMPARE(t->field(QStringLiteral("thing")), QStringLiteral("big"));
    QCOMPARE(t->errorCode, qint64(5));
    QVERIFY(!c.match(classic(QStringLiteral("Contoso"), QString(), 101, {})));
}

void TestEventCatalogue::hostileCatalogue()
{
    // Odd numbers and types fail cleanly (or are ignored), never crash.
    const QList<QByteArray> docs = {
        R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1e300, "title": "t",
            "level": "error", "template": "t", "role": "context"}]})",
        R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1, "version": -1e300,
            "title": "t", "level": "error", "template": "t", "role": "context"}]})",
        R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1, "title": "t",
            "level": "error", "template": "t", "role": "context", "pendingErrors": [1e300]}]})",
        R"({"entries": [{"id": "x", "providers": [1, null], "eventId": 1, "title": "t",
            "level": "error", "template": "t", "role": "context"}]})",
        R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1, "title": "t",
            "level": "error", "template": "t", "role": "context", "fields": [{}]}]})",
        R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1, "title": "t",
            "level": "error", "template": "t", "role": "context", "rules": [{"field": "a",
            "and": 5, "in": [1]}]}]})",
        R"({"entries": [7]})",
        R"([1, 2])",
        R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1, "title": "t",)",
    };
    for (const QByteArray &doc : docs) {
        EventCatalogue c;
        QString error;
        QVERIFY2(!EventCatalogue::load(doc, &c, &error), doc.constData());
        QVERIFY(!error.isEmpty());
    }
    EventCatalogue c;
    QString error;
    QVERIFY2(EventCatalogue::load(R"({"entries": [{"id": "x", "providers": ["P"], "eventId": 1,
        "title": "t", "level": "error", "template": "%%%1 %99 %0 tail %", "role": "context",
        "rules": [{"field": "a", "in": [1e300, 5], "role": "pending"}],
        "fields": [{"name": "a", "source": "data:1", "type": "error"}]}]})",
                                  &c, &error),
             qPrintable(error));
    const auto m = c.match(classic(QStringLiteral("P"), QString(), 1, {QStringLiteral("5")}));
    QVERIFY(m);
    QCOMPARE(EventCatalogue::roleName(m->role), QStringLiteral("pending"));
    QCOMPARE(m->message, QStringLiteral("Access is denied."));
    QVERIFY(c.match(textExport(QStringLiteral("P"), 1, QStringLiteral("%%5  tail"))));
}

QTEST_GUILESS_MAIN(TestEventCatalogue)
#include "tst_eventcatalogue.moc"
