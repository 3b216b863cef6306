#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "eventlog/eventhistory.h"

using Gpsi::EventDataField;
using Gpsi::EventHistory;
using Gpsi::EventRecord;

namespace {

const QString kSystem = QStringLiteral("S-1-5-18");
const QString kSi = QStringLiteral("{c6dc5466-785a-11d2-84d0-00c04fb169f7}");
const QString kAm = QStringLiteral("Application Management");
const QString kAmgp = QStringLiteral("Application Management Group Policy");
const QString kGp = QStringLiteral("Microsoft-Windows-GroupPolicy");
const QString kOperational = QStringLiteral("Microsoft-Windows-GroupPolicy/Operational");
const QString kKb108 = QStringLiteral(
    "Software changes could not be applied. A previous log entry with details should exist.");
const QString kKb1000 = QStringLiteral(
    "The Group Policy client-side extension Application Management was passed flags (1) and "
    "returned a failure status code of (1612).");

QDateTime at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute, second), QTimeZone::utc());
}

// Builds events the way the readers hand them on.
class Log
{
public:
    explicit Log(const QString &computer)
        : m_computer(computer)
    {}

    EventRecord classic(const QString &provider, const QString &channel, quint16 id,
                        const QDateTime &time, const QStringList &data, quint8 level = 2,
                        const QString &sid = kSystem)
    {
        EventRecord r = base(provider, channel, id, time, level, sid);
        r.hasQualifiers = true;
        for (const QString &d : data)
            r.data.append(EventDataField{QString(), d});
        return r;
    }

    EventRecord named(const QString &provider, const QString &channel, quint16 id,
                      const QDateTime &time, const QList<QPair<QString, QString>> &data,
                      quint8 level = 2)
    {
        EventRecord r = base(provider, channel, id, time, level, kSystem);
        for (const auto &d : data)
            r.data.append(EventDataField{d.first, d.second});
        return r;
    }

    EventRecord userenv1000(const QDateTime &t)
    {
        return classic(QStringLiteral("Userenv"), QStringLiteral("Application"), 1000, t, {kKb1000},
                       2, QString());
    }
    EventRecord am(quint16 id, const QDateTime &t, const QStringList &data, bool vista = false)
    {
        return classic(vista ? kAmgp : kAm,
                       vista ? QStringLiteral("System") : QStringLiteral("Application"), id, t,
                       data);
    }
    EventRecord gp1085(const QDateTime &t, const QString &code,
                       const QString &extension = QStringLiteral("Software Installation"))
    {
        return named(kGp, QStringLiteral("System"), 1085, t,
                     {{QStringLiteral("ErrorCode"), code},
                      {QStringLiteral("ErrorDescription"), QString()},
                      {QStringLiteral("DCName"), QStringLiteral("\\\\DC01.contoso.com")},
                      {QStringLiteral("ExtensionName"), extension},
                      {QStringLiteral("ExtensionId"),
                       extension == QLatin1String("Software Installation")
                           ? kSi
                           : QStringLiteral("{25537BA6-77A8-11D2-9B6C-0000F8080861}")}},
                     3);
    }
    EventRecord boot(const QDateTime &t)
    {
        return classic(QStringLiteral("EventLog"), QStringLiteral("System"), 6005, t, {}, 4,
                       QString());
    }
    EventRecord kernelBoot(const QDateTime &t)
    {
        return named(QStringLiteral("Microsoft-Windows-Kernel-General"), QStringLiteral("System"),
                     12, t, {{QStringLiteral("StartTime"), t.toString(Qt::ISODate)}}, 4);
    }

private:
    EventRecord base(const QString &provider, const QString &channel, quint16 id,
                     const QDateTime &time, quint8 level, const QString &sid)
    {
        EventRecord r;
        r.recordId = ++m_next;
        r.provider = provider;
        r.channel = channel;
        r.eventId = id;
        r.level = level;
        r.userSid = sid;
        r.computer = m_computer;
        r.fileTime = EventRecord::fileTimeFromDateTime(time);
        return r;
    }

    QString m_computer;
    quint64 m_next = 0;
};

const QString kApp = QStringLiteral("Contoso Widget 2.0");
const QString kPolicy = QStringLiteral("Deploy Widget");

} // namespace

class TestEventHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xpSignature();
    void vistaSignature();
    void noiseIsNotCounted();
    void twoComputers();
    void pendingOnlyIsNoSignature();
    void networkNotReadyBoot();
    void slowLink();
    void smb1Missing();
    void signatureNeedsOneBoot();
    void gapRuleWithoutMarkers();
    void markersKeepLongBoots();
    void laterSucceeded();
    void pathsAndServers();
    void otherExtensionsIgnored();
    void textExportHistory();
    void timelineIsBounded();
    void countsWithAddRecordAndSummary();
    void toJsonShape();
    void emptyHistory();
    void realLogs();
};

void TestEventHistory::xpSignature()
{
    Log xp(QStringLiteral("XP01"));
    EventHistory h;
    h.addRecord(xp.userenv1000(at(9, 8, 0, 10)), QStringLiteral("app.evt"));
    h.addRecord(xp.am(108, at(9, 8, 0, 11), {kKb108, QStringLiteral("1612")}));
    h.addRecord(xp.am(102, at(9, 8, 0, 11), {kApp, kPolicy, QStringLiteral("1612")}));
    h.finish();
    QVERIFY(h.kb323304Signature());
    QCOMPARE(h.boots().size(), qsizetype(1));
    QVERIFY(!h.boots().at(0).fromMarker);
    QVERIFY(h.boots().at(0).kb323304);
    QCOMPARE(h.boots().at(0).failures, 3);
    const QList<EventHistory::Package> failed = h.failedPackages();
    QCOMPARE(failed.size(), qsizetype(1));
    const EventHistory::Package &p = failed.constFirst();
    QCOMPARE(p.computer, QStringLiteral("XP01"));
    QCOMPARE(p.application, kApp);
    QCOMPARE(p.policy, kPolicy);
    QCOMPARE(p.errorCode, qint64(1612));
    QCOMPARE(p.errorName, QStringLiteral("ERROR_INSTALL_SOURCE_ABSENT"));
    QVERIFY(p.computerAssigned);
    QVERIFY(!p.pending);
    QVERIFY(!p.laterSucceeded);
    QCOMPARE(p.count, 1);
    QVERIFY(p.eventIds.contains(QStringLiteral("appmgmt-102")));
    QVERIFY(p.eventIds.contains(QStringLiteral("appmgmt-108")));
    QVERIFY(p.eventIds.contains(QStringLiteral("userenv-1000")));
    QVERIFY(h.pendingPackages().isEmpty());
    QCOMPARE(h.errorCodes(), QList<qint64>{1612});
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-NT4-NOKERB")));
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-EVENTS-SOURCE-ABSENT")));
    QCOMPARE(h.computers(), QStringList{QStringLiteral("XP01")});
    QCOMPARE(h.eventsMatched(), qint64(3));
    QCOMPARE(h.recordsRead(), qint64(3));
    QCOMPARE(h.timeline().size(), qsizetype(3));
    QCOMPARE(h.timeline().at(0).entryId, QStringLiteral("userenv-1000"));
    QCOMPARE(h.timeline().at(0).file, QStringLiteral("app.evt"));
    QCOMPARE(h.timeline().at(0).level, QStringLiteral("error"));
    QVERIFY(!h.networkNotReady());
}

void TestEventHistory::vistaSignature()
{
    Log pc(QStringLiteral("PC01.contoso.com"));
    EventHistory h;
    h.addRecord(pc.kernelBoot(at(9, 7, 59, 50)));
    h.addRecord(pc.boot(at(9, 8, 0, 30)));
    h.addRecord(pc.gp1085(at(9, 8, 1, 5), QStringLiteral("1612")));
    h.addRecord(pc.am(108, at(9, 8, 1, 4), {kKb108, QStringLiteral("1612")}, true));
    h.addRecord(pc.am(102, at(9, 8, 1, 3), {kApp, kPolicy, QStringLiteral("1612")}, true));
    h.finish();
    QVERIFY(h.kb323304Signature());
    QCOMPARE(h.boots().size(), qsizetype(1));
    QVERIFY(h.boots().at(0).fromMarker);
    QCOMPARE(h.boots().at(0).start, at(9, 7, 59, 50));
    QCOMPARE(h.boots().at(0).end, at(9, 8, 1, 5));
    // The boot markers are not in the timeline.
    QCOMPARE(h.timeline().size(), qsizetype(3));
    for (const EventHistory::Entry &e : h.timeline())
        QVERIFY(e.role != QLatin1String("boot"));
    QCOMPARE(h.failedPackages().size(), qsizetype(1));
    QVERIFY(h.failedPackages().constFirst().eventIds.contains(QStringLiteral("gp-1085")));
    QVERIFY(h.failedPackages().constFirst().eventIds.contains(QStringLiteral("appmgmtgp-102")));
}

void TestEventHistory::noiseIsNotCounted()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    // ESENT 102 (every machine) and LoadPerf 1000 look like the IDs but are not the events.
    h.addRecord(pc.classic(QStringLiteral("ESENT"), QStringLiteral("Application"), 102, at(9, 8, 0),
                           {QStringLiteral("svchost"), QStringLiteral("1612")}, 4));
    h.addRecord(pc.named(QStringLiteral("Microsoft-Windows-LoadPerf"),
                         QStringLiteral("Application"), 1000, at(9, 8, 0),
                         {{QStringLiteral("param1"), QStringLiteral("WmiApRpl")}}, 4));
    h.addRecord(pc.classic(QStringLiteral("ESENT"), QStringLiteral("Application"), 108, at(9, 8, 0),
                           {QStringLiteral("x")}, 4));
    h.finish();
    QCOMPARE(h.recordsRead(), qint64(3));
    QCOMPARE(h.eventsMatched(), qint64(0));
    QVERIFY(h.packages().isEmpty());
    QVERIFY(h.timeline().isEmpty());
    QVERIFY(h.boots().isEmpty());
    QVERIFY(h.errorCodes().isEmpty());
    QVERIFY(!h.kb323304Signature());
}

void TestEventHistory::twoComputers()
{
    Log one(QStringLiteral("PC01.contoso.com"));
    Log oneShort(QStringLiteral("pc01"));
    Log two(QStringLiteral("PC02.contoso.com"));
    EventHistory h;
    h.addRecord(oneShort.userenv1000(at(9, 8, 0)));
    h.addRecord(one.am(108, at(9, 8, 0, 1), {kKb108, QStringLiteral("1612")}));
    h.addRecord(one.am(102, at(9, 8, 0, 2), {kApp, kPolicy, QStringLiteral("1612")}));
    h.addRecord(two.am(102, at(9, 8, 0, 3), {kApp, kPolicy, QStringLiteral("5")}));
    h.addRecord(two.am(102, at(9, 8, 30), {kApp, kPolicy, QStringLiteral("5")}));
    h.finish();
    QCOMPARE(h.computers(),
             (QStringList{QStringLiteral("PC01.contoso.com"), QStringLiteral("PC02.contoso.com")}));
    QVERIFY(h.kb323304Signature());
    QCOMPARE(h.boots().size(), qsizetype(2));
    int signatureBoots = 0;
    for (const EventHistory::Boot &b : h.boots()) {
        if (b.kb323304) {
            ++signatureBoots;
            QCOMPARE(b.computer, QStringLiteral("PC01.contoso.com"));
        }
    }
    QCOMPARE(signatureBoots, 1);
    const QList<EventHistory::Package> failed = h.failedPackages();
    QCOMPARE(failed.size(), qsizetype(2));
    for (const EventHistory::Package &p : failed) {
        if (p.computer == QLatin1String("PC02.contoso.com")) {
            QCOMPARE(p.errorCode, qint64(5));
            QCOMPARE(p.count, 2);
            QCOMPARE(p.firstSeen, at(9, 8, 0, 3));
            QCOMPARE(p.lastSeen, at(9, 8, 30));
        } else {
            QCOMPARE(p.computer, QStringLiteral("PC01.contoso.com"));
            QCOMPARE(p.errorCode, qint64(1612));
        }
    }
    // 5 was seen twice, 1612 three times (1000, 108, 102).
    QCOMPARE(h.errorCodes(), (QList<qint64>{1612, 5}));
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-EVENTS-ACCESS-DENIED")));
}

void TestEventHistory::pendingOnlyIsNoSignature()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.boot(at(9, 8, 0)));
    h.addRecord(pc.am(102, at(9, 8, 1), {kApp, kPolicy, QStringLiteral("1274")}, true));
    h.addRecord(pc.am(108, at(9, 8, 1),
                      {QStringLiteral("Software installation policy application has been delayed "
                                      "until the next system startup."),
                       QStringLiteral("1274")},
                      true));
    h.addRecord(
        pc.named(kGp, QStringLiteral("System"), 1112, at(9, 8, 1),
                 {{QStringLiteral("ErrorCode"), QStringLiteral("1274")},
                  {QStringLiteral("ExtensionName"), QStringLiteral("Software Installation")},
                  {QStringLiteral("ExtensionId"), kSi}},
                 3));
    h.finish();
    QVERIFY(!h.kb323304Signature());
    QVERIFY(h.failedPackages().isEmpty());
    const QList<EventHistory::Package> pending = h.pendingPackages();
    QCOMPARE(pending.size(), qsizetype(1));
    QCOMPARE(pending.constFirst().application, kApp);
    QCOMPARE(pending.constFirst().errorCode, qint64(1274));
    QVERIFY(pending.constFirst().pending);
    QVERIFY(pending.constFirst().eventIds.contains(QStringLiteral("gp-1112")));
    QCOMPARE(h.boots().constFirst().pending, 3);
    QCOMPARE(h.boots().constFirst().failures, 0);
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-EVENTS-PENDING")));
    QVERIFY(!h.causes().contains(QStringLiteral("GPSI-NT4-NOKERB")));
}

void TestEventHistory::networkNotReadyBoot()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    // Boot 1: 1129 and a failure. Boot 2: 5719 alone. Boot 3: 7326 and nothing else.
    h.addRecord(pc.boot(at(9, 8, 0)));
    h.addRecord(pc.named(kGp, QStringLiteral("System"), 1129, at(9, 8, 1),
                         {{QStringLiteral("ErrorCode"), QStringLiteral("1222")}}));
    h.addRecord(pc.am(102, at(9, 8, 2), {kApp, kPolicy, QStringLiteral("1612")}, true));
    h.addRecord(pc.boot(at(10, 8, 0)));
    h.addRecord(pc.classic(QStringLiteral("NETLOGON"), QStringLiteral("System"), 5719, at(10, 8, 1),
                           {QStringLiteral("CONTOSO"), QStringLiteral("%%1311")}, 2, QString()));
    h.addRecord(pc.boot(at(11, 8, 0)));
    h.addRecord(
        pc.named(kGp, kOperational, 7326, at(11, 8, 1),
                 {{QStringLiteral("DCDiscoveryTimeInMilliSeconds"), QStringLiteral("30000")},
                  {QStringLiteral("ErrorCode"), QStringLiteral("1355")}}));
    h.finish();
    QCOMPARE(h.boots().size(), qsizetype(3));
    QVERIFY(h.boots().at(0).networkNotReady);
    QVERIFY(h.boots().at(1).networkNotReady);
    QVERIFY(h.boots().at(2).networkNotReady);
    QCOMPARE(h.boots().at(0).failures, 1);
    QCOMPARE(h.boots().at(1).failures, 0);
    QVERIFY(h.networkNotReady());
    QVERIFY(h.networkNotReadyWithFailure());
    QVERIFY(!h.kb323304Signature());
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-EVENTS-NETWORK-NOT-READY")));
    // Without a failure in that startup the signal stands, but not the correlation.
    EventHistory quiet;
    quiet.addRecord(pc.boot(at(12, 8, 0)));
    quiet.addRecord(pc.named(kGp, QStringLiteral("System"), 1129, at(12, 8, 1),
                             {{QStringLiteral("ErrorCode"), QStringLiteral("1222")}}));
    quiet.finish();
    QVERIFY(quiet.boots().constFirst().networkNotReady);
    QVERIFY(quiet.networkNotReady());
    QVERIFY(!quiet.networkNotReadyWithFailure());
}

void TestEventHistory::slowLink()
{
    Log pc(QStringLiteral("PC01"));
    auto link = [&pc](const QString &slow, const QDateTime &t) {
        return pc.named(kGp, kOperational, 5314, t,
                        {{QStringLiteral("BandwidthInkbps"), QStringLiteral("312")},
                         {QStringLiteral("IsSlowLink"), slow},
                         {QStringLiteral("ThresholdInkbps"), QStringLiteral("500")},
                         {QStringLiteral("PolicyApplicationMode"), QStringLiteral("1")},
                         {QStringLiteral("ErrorCode"), QStringLiteral("0")},
                         {QStringLiteral("LinkDescription"), QStringLiteral("slow")}},
                        4);
    };
    EventHistory fast;
    fast.addRecord(link(QStringLiteral("false"), at(9, 8, 0)));
    fast.finish();
    QVERIFY(!fast.slowLink());
    EventHistory slow;
    slow.addRecord(link(QStringLiteral("false"), at(9, 8, 0)));
    slow.addRecord(link(QStringLiteral("true"), at(9, 12, 0)));
    slow.finish();
    QVERIFY(slow.slowLink());
    QCOMPARE(slow.boots().size(), qsizetype(2)); // no markers: the 4-hour gap splits
    QVERIFY(!slow.boots().at(0).slowLink);
    QVERIFY(slow.boots().at(1).slowLink);
    QVERIFY(slow.causes().contains(QStringLiteral("GPSI-EVENTS-SLOW-LINK")));
    QCOMPARE(slow.timeline().constLast().role, QStringLiteral("slow-link"));
}

void TestEventHistory::smb1Missing()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.named(QStringLiteral("Microsoft-Windows-SMBClient"),
                         QStringLiteral("Microsoft-Windows-SmbClient/Security"), 32000, at(9, 8, 0),
                         {{QStringLiteral("Reason"), QStringLiteral("1")},
                          {QStringLiteral("Dialect"), QStringLiteral("NT LM 0.12")},
                          {QStringLiteral("ServerNameLength"), QStringLiteral("14")},
                          {QStringLiteral("ServerName"), QStringLiteral("\\\\nt4srv")}},
                         3));
    h.finish();
    QVERIFY(h.smb1ClientMissing());
    QVERIFY(h.boots().constFirst().smb1Missing);
    QCOMPARE(h.servers(), QStringList{QStringLiteral("nt4srv")});
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-SERVER-SMB1-ONLY")));
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-EVENTS-SMB1-CLIENT")));
    QVERIFY(h.packages().isEmpty());
}

void TestEventHistory::signatureNeedsOneBoot()
{
    Log xp(QStringLiteral("XP01"));
    EventHistory h;
    h.addRecord(xp.userenv1000(at(9, 8, 0)));
    // The next day: a new boot by the gap rule.
    h.addRecord(xp.am(108, at(10, 8, 0), {kKb108, QStringLiteral("1612")}));
    h.addRecord(xp.am(102, at(10, 8, 0), {kApp, kPolicy, QStringLiteral("1612")}));
    h.finish();
    QCOMPARE(h.boots().size(), qsizetype(2));
    QVERIFY(!h.kb323304Signature());
    QCOMPARE(h.failedPackages().size(), qsizetype(1));
}

void TestEventHistory::gapRuleWithoutMarkers()
{
    Log xp(QStringLiteral("XP01"));
    EventHistory h;
    h.addRecord(xp.am(102, at(9, 8, 0), {kApp, kPolicy, QStringLiteral("1612")}));
    h.addRecord(xp.am(102, at(9, 8, 30), {kApp, kPolicy, QStringLiteral("1612")}));
    h.addRecord(xp.am(102, at(9, 9, 30), {kApp, kPolicy, QStringLiteral("1612")})); // 60 min
    h.addRecord(xp.am(102, at(9, 11, 0), {kApp, kPolicy, QStringLiteral("1612")})); // 90 min
    h.finish();
    QCOMPARE(h.boots().size(), qsizetype(2));
    QCOMPARE(h.boots().at(0).start, at(9, 8, 0));
    QCOMPARE(h.boots().at(0).end, at(9, 9, 30));
    QCOMPARE(h.boots().at(1).start, at(9, 11, 0));
    QVERIFY(!h.boots().at(0).fromMarker);
    QCOMPARE(h.boots().at(0).failures, 3);
    QCOMPARE(h.timeline().at(3).boot, 1);
    QCOMPARE(h.failedPackages().constFirst().count, 4);
}

void TestEventHistory::markersKeepLongBoots()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.kernelBoot(at(9, 8, 0)));
    h.addRecord(pc.boot(at(9, 8, 1))); // the same startup
    h.addRecord(pc.am(102, at(9, 8, 5), {kApp, kPolicy, QStringLiteral("1612")}, true));
    h.addRecord(pc.am(102, at(9, 14, 0), {kApp, kPolicy, QStringLiteral("1612")}, true));
    h.addRecord(pc.boot(at(9, 15, 0)));
    h.addRecord(pc.am(302, at(9, 15, 1), {kApp, kPolicy}, true));
    h.finish();
    QCOMPARE(h.boots().size(), qsizetype(2));
    QVERIFY(h.boots().at(0).fromMarker);
    QCOMPARE(h.boots().at(0).failures, 2);
    QCOMPARE(h.boots().at(1).start, at(9, 15, 0));

    // A restart two minutes later: the markers repeat, so it is a new boot (as in the real
    // Windows 10 1803 System log of the shared samples).
    EventHistory quick;
    quick.addRecord(pc.kernelBoot(at(9, 8, 0)));
    quick.addRecord(pc.boot(at(9, 8, 1)));
    quick.addRecord(pc.kernelBoot(at(9, 8, 3)));
    quick.addRecord(pc.boot(at(9, 8, 4)));
    quick.finish();
    QCOMPARE(quick.boots().size(), qsizetype(2));
    QCOMPARE(quick.boots().at(1).start, at(9, 8, 3));
}

void TestEventHistory::laterSucceeded()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.am(102, at(9, 8, 0), {kApp, kPolicy, QStringLiteral("1612")}, true));
    h.addRecord(
        pc.am(102, at(9, 8, 0), {QStringLiteral("Other"), kPolicy, QStringLiteral("5")}, true));
    h.addRecord(pc.am(302, at(10, 8, 0), {kApp, kPolicy}, true));
    // A success before the failure does not count.
    h.addRecord(pc.am(302, at(8, 8, 0), {QStringLiteral("Other"), kPolicy}, true));
    h.finish();
    const QList<EventHistory::Package> failed = h.failedPackages();
    QCOMPARE(failed.size(), qsizetype(2));
    for (const EventHistory::Package &p : failed)
        QCOMPARE(p.laterSucceeded, p.application == kApp);
    // Windows Installer's own success names the product.
    EventHistory msi;
    msi.addRecord(pc.classic(QStringLiteral("MsiInstaller"), QStringLiteral("Application"), 1033,
                             at(9, 8, 0),
                             {kApp, QStringLiteral("2.0"), QStringLiteral("1033"),
                              QStringLiteral("1603"), QStringLiteral("Contoso")},
                             4));
    msi.addRecord(pc.classic(QStringLiteral("MsiInstaller"), QStringLiteral("Application"), 11707,
                             at(9, 9, 0),
                             {QStringLiteral("Product: ") + kApp +
                              QStringLiteral(" -- Installation completed successfully.")},
                             4));
    msi.finish();
    QCOMPARE(msi.failedPackages().size(), qsizetype(1));
    QCOMPARE(msi.failedPackages().constFirst().errorCode, qint64(1603));
    QVERIFY(msi.failedPackages().constFirst().laterSucceeded);
    QVERIFY(msi.causes().contains(QStringLiteral("GPSI-EVENTS-MSI-FAILED")));
}

void TestEventHistory::pathsAndServers()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.am(107, at(9, 8, 0),
                      {QStringLiteral("Tool"), kPolicy,
                       QStringLiteral("\\\\nt4srv\\apps\\tool\\setup.zap"), QStringLiteral("5")}));
    h.addRecord(pc.classic(QStringLiteral("MsiInstaller"), QStringLiteral("Application"), 1007,
                           at(9, 9, 0),
                           {QStringLiteral("\\\\fs01.contoso.com\\apps\\widget.msi"),
                            QStringLiteral("0"), QStringLiteral("0")},
                           3));
    // SYSVOL paths of Group Policy failures are not package paths.
    h.addRecord(pc.named(kGp, QStringLiteral("System"), 1058, at(9, 9, 30),
                         {{QStringLiteral("ErrorCode"), QStringLiteral("53")},
                          {QStringLiteral("FilePath"),
                           QStringLiteral("\\\\contoso.com\\SysVol\\contoso.com\\Policies\\{X}"
                                          "\\gpt.ini")}}));
    h.finish();
    QCOMPARE(h.paths(), (QStringList{QStringLiteral("\\\\fs01.contoso.com\\apps\\widget.msi"),
                                     QStringLiteral("\\\\nt4srv\\apps\\tool\\setup.zap")}));
    QCOMPARE(h.servers(),
             (QStringList{QStringLiteral("fs01.contoso.com"), QStringLiteral("nt4srv")}));
    bool sawTool = false;
    for (const EventHistory::Package &p : h.failedPackages()) {
        if (p.application == QLatin1String("Tool")) {
            sawTool = true;
            QCOMPARE(p.paths, QStringList{QStringLiteral("\\\\nt4srv\\apps\\tool\\setup.zap")});
            QCOMPARE(p.server, QStringLiteral("nt4srv"));
        }
    }
    QVERIFY(sawTool);
    QVERIFY(h.causes().contains(QStringLiteral("GPSI-EVENTS-INSTALLER-BLOCKED")));
}

void TestEventHistory::otherExtensionsIgnored()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.gp1085(at(9, 8, 0), QStringLiteral("5"), QStringLiteral("Folder Redirection")));
    h.addRecord(pc.named(kGp, kOperational, 5016, at(9, 8, 0),
                         {{QStringLiteral("ErrorCode"), QStringLiteral("0")},
                          {QStringLiteral("CSEExtensionName"), QStringLiteral("Registry")},
                          {QStringLiteral("CSEExtensionId"),
                           QStringLiteral("{35378EAC-683F-11D2-A89A-00C04FBBCFA2}")}},
                         4));
    h.addRecord(
        pc.named(kGp, kOperational, 5016, at(9, 8, 1),
                 {{QStringLiteral("ErrorCode"), QStringLiteral("0")},
                  {QStringLiteral("CSEExtensionName"), QStringLiteral("Software Installation")},
                  {QStringLiteral("CSEExtensionId"), kSi}},
                 4));
    h.finish();
    QCOMPARE(h.eventsMatched(), qint64(3));
    QVERIFY(h.packages().isEmpty());
    QVERIFY(h.errorCodes().isEmpty());
    QVERIFY(h.causes().isEmpty());
    QCOMPARE(h.timeline().size(), qsizetype(1));
    QCOMPARE(h.timeline().constFirst().role, QStringLiteral("succeeded"));
}

void TestEventHistory::textExportHistory()
{
    // An XP Event Viewer CSV export: no data, no record ids, the message instead of the code.
    EventHistory h;
    auto text = [](const QString &provider, quint16 id, const QDateTime &t, const QString &m) {
        EventRecord r;
        r.provider = provider;
        r.eventId = id;
        r.fileTime = EventRecord::fileTimeFromDateTime(t);
        r.computer = QStringLiteral("XP01");
        r.userSid = QStringLiteral("NT AUTHORITY\\SYSTEM");
        r.message = m;
        return r;
    };
    h.addRecord(text(QStringLiteral("UserEnv"), 1000, at(9, 8, 0), kKb1000));
    h.addRecord(text(kAm, 108, at(9, 8, 0),
                     QStringLiteral("Failed to apply changes to software installation settings.  "
                                    "Software changes could not be applied. A previous log entry "
                                    "with details should exist.  The error was : The installation "
                                    "source for this product is not available.  Verify that the "
                                    "source exists and that you can access it.")));
    h.addRecord(text(kAm, 102, at(9, 8, 0),
                     QStringLiteral("The install of application \"Office 2003\" from policy "
                                    "\"Deploy Office\" failed.  The error was : The installation "
                                    "source for this product is not available.  Verify that the "
                                    "source exists and that you can access it.")));
    h.finish();
    QVERIFY(h.kb323304Signature());
    QCOMPARE(h.failedPackages().size(), qsizetype(1));
    QCOMPARE(h.failedPackages().constFirst().application, QStringLiteral("Office 2003"));
    QCOMPARE(h.failedPackages().constFirst().policy, QStringLiteral("Deploy Office"));
    QCOMPARE(h.failedPackages().constFirst().errorCode, qint64(1612));
}

void TestEventHistory::timelineIsBounded()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    const QDateTime start = at(1, 0, 0);
    for (int i = 0; i < 2100; ++i)
        h.addRecord(pc.am(102, start.addSecs(i * 60), {kApp, kPolicy, QStringLiteral("1612")}));
    h.addRecord(pc.boot(start.addSecs(-60)));
    h.finish();
    QCOMPARE(h.timelineTotal(), qsizetype(2100));
    QCOMPARE(h.timeline().size(), qsizetype(EventHistory::kTimelineLimit));
    // The most recent ones are kept, in time order.
    QCOMPARE(h.timeline().constLast().time, start.addSecs(2099 * 60));
    QCOMPARE(h.timeline().constFirst().time, start.addSecs(100 * 60));
    const QJsonObject json = h.toJson();
    QVERIFY(json.value(QLatin1String("timelineTruncated")).toBool());
    QCOMPARE(json.value(QLatin1String("timelineTotal")).toInt(), 2100);
    QCOMPARE(json.value(QLatin1String("timeline")).toArray().size(),
             qsizetype(EventHistory::kTimelineLimit));
    QCOMPARE(h.failedPackages().constFirst().count, 2100);
}

void TestEventHistory::countsWithAddRecordAndSummary()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    const QString file = QStringLiteral("live:Application");
    h.addRecord(pc.am(102, at(9, 8, 0), {kApp, kPolicy, QStringLiteral("1612")}), file);
    h.addRecord(
        pc.classic(QStringLiteral("ESENT"), QStringLiteral("Application"), 102, at(9, 8, 0), {}),
        file);
    Gpsi::ReadSummary s;
    s.file = file;
    s.ok = true;
    s.recordsSeen = 50; // the reader skipped 48 records its filter did not pass
    s.recordsMatched = 2;
    h.addSummary(s);
    h.finish();
    QCOMPARE(h.recordsRead(), qint64(50));
    QCOMPARE(h.files().size(), qsizetype(1));
    QCOMPARE(h.files().constFirst().records, qint64(50));
    QCOMPARE(h.files().constFirst().matched, qint64(1));
    QVERIFY(h.files().constFirst().ok);
}

void TestEventHistory::toJsonShape()
{
    Log pc(QStringLiteral("PC01"));
    EventHistory h;
    h.addRecord(pc.boot(at(9, 8, 0)));
    h.addRecord(pc.am(102, at(9, 8, 1), {kApp, kPolicy, QStringLiteral("1612")}, true));
    h.finish();
    const QJsonObject j = h.toJson();
    for (const char *key : {"files", "computers", "packages", "boots", "timeline", "signatures",
                            "paths", "servers", "errorCodes", "causes", "recordsRead",
                            "eventsMatched", "timelineTotal", "timelineLimit", "timelineTruncated"})
        QVERIFY2(j.contains(QLatin1String(key)), key);
    QCOMPARE(j.value(QLatin1String("timelineLimit")).toInt(), EventHistory::kTimelineLimit);
    QVERIFY(!j.value(QLatin1String("timelineTruncated")).toBool());
    const QJsonObject sig = j.value(QLatin1String("signatures")).toObject();
    QVERIFY(sig.contains(QLatin1String("kb323304")));
    QVERIFY(!sig.value(QLatin1String("kb323304")).toBool());
    const QJsonObject err = j.value(QLatin1String("errorCodes")).toArray().at(0).toObject();
    QCOMPARE(err.value(QLatin1String("code")).toInt(), 1612);
    QCOMPARE(err.value(QLatin1String("name")).toString(),
             QStringLiteral("ERROR_INSTALL_SOURCE_ABSENT"));
    QCOMPARE(err.value(QLatin1String("count")).toInt(), 1);
    const QJsonObject p = j.value(QLatin1String("packages")).toArray().at(0).toObject();
    QCOMPARE(p.value(QLatin1String("application")).toString(), kApp);
    QCOMPARE(p.value(QLatin1String("lastSeen")).toString(),
             QStringLiteral("2024-03-09T08:01:00.000Z"));
    QVERIFY(p.contains(QLatin1String("laterSucceeded")));
    const QJsonObject b = j.value(QLatin1String("boots")).toArray().at(0).toObject();
    QVERIFY(b.value(QLatin1String("fromMarker")).toBool());
    const QJsonObject t = j.value(QLatin1String("timeline")).toArray().at(0).toObject();
    QCOMPARE(t.value(QLatin1String("entryId")).toString(), QStringLiteral("appmgmtgp-102"));
    QCOMPARE(t.value(QLatin1String("errorCode")).toInt(), 1612);
    QVERIFY(t.value(QLatin1String("summary"))
                .toString()
                .startsWith(QStringLiteral("The install of application Contoso Widget 2.0")));
    QVERIFY(t.value(QLatin1String("summary")).toString().size() <= 160);
}

void TestEventHistory::emptyHistory()
{
    EventHistory h;
    h.finish();
    QVERIFY(h.boots().isEmpty());
    QVERIFY(!h.kb323304Signature());
    QCOMPARE(h.toJson().value(QLatin1String("timeline")).toArray().size(), qsizetype(0));
    // A file that is not there is reported, not fatal.
    const Gpsi::ReadSummary s = h.addFile(QStringLiteral("/nonexistent/gpsi-test.evtx"));
    QVERIFY(!s.ok);
    QCOMPARE(h.files().size(), qsizetype(1));
    QVERIFY(!h.files().constFirst().ok);
    h.finish();
    QVERIFY(h.packages().isEmpty());
}

void TestEventHistory::realLogs()
{
    const QString shared = qEnvironmentVariable("GPSI_SHARED_DIR");
    if (shared.isEmpty() || !QDir(shared + QStringLiteral("/data/evtx")).exists())
        QSKIP("GPSI_SHARED_DIR is not set or has no data/evtx: the real logs are not available");
    EventHistory h;
    const QString application =
        shared + QStringLiteral("/data/evtx/deepblue_many-events-application.evtx");
    const QString system =
        shared + QStringLiteral("/data/evtx/omerbenamram_2-vss_7-System_win10-1803.evtx");
    const Gpsi::ReadSummary a = h.addFile(application);
    QVERIFY2(a.ok, qPrintable(a.error));
    const Gpsi::ReadSummary s = h.addFile(system);
    QVERIFY2(s.ok, qPrintable(s.error));
    h.finish();
    // MANIFEST.tsv: 2216 + 1160 records; MsiInstaller 1033 x10, 11707 x8, 11708 x2 in the
    // Application log; EventLog 6005 x3, 6009 x3 and Kernel-General 12 x3 in the System log.
    // ESENT 102 (36) and LoadPerf 1000 (121) must not count.
    QCOMPARE(h.recordsRead(), qint64(2216 + 1160));
    QCOMPARE(h.files().at(0).matched, qint64(20));
    QCOMPARE(h.files().at(1).matched, qint64(9));
    bool emet = false;
    for (const EventHistory::Package &p : h.failedPackages()) {
        if (p.application == QLatin1String("EMET 5.51")) {
            // 1033 with status 1603 and 11708 "Installation failed.", twice each.
            emet = true;
            QCOMPARE(p.errorCode, qint64(1603));
            QCOMPARE(p.count, 4);
            QVERIFY(p.eventIds.contains(QStringLiteral("msi-1033")));
            QVERIFY(p.eventIds.contains(QStringLiteral("msi-11708")));
            QVERIFY(!p.computerAssigned);
        }
    }
    QVERIFY(emet);
    QVERIFY(!h.kb323304Signature());
    int markerBoots = 0;
    for (const EventHistory::Boot &b : h.boots()) {
        if (b.fromMarker && b.computer == QLatin1String("DESKTOP-1N4R894"))
            ++markerBoots;
    }
    QCOMPARE(markerBoots, 3);
    for (const EventHistory::Entry &e : h.timeline())
        QCOMPARE(e.provider, QStringLiteral("MsiInstaller"));
}

QTEST_GUILESS_MAIN(TestEventHistory)
#include "tst_eventhistory.moc"
