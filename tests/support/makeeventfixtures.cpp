// make_event_fixtures: writes the KB 323304 event fixtures (tests/fixtures/events/) from the
// one description below. Usage: make_event_fixtures OUTPUT_DIR
//                                make_event_fixtures --fuzz-seeds tests/fuzz/corpus/evtx
//
// Times are fixed (from 2024-03-09T08:50:00Z), GUIDs and record ids too, so the output is the
// same on every run; tst_evtxwriter checks the committed files against a fresh run.

#include "makeeventfixtures.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include "evtwriter.h"
#include "evtxwriter.h"

namespace Gpsi::Test {

namespace {

// ---- Shared values -------------------------------------------------------------------------

const QString kSystemSid = QStringLiteral("S-1-5-18");
const QString kUserSid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-1108");
const QString kXpComputer = QStringLiteral("PC01");
const QString kWin7Computer = QStringLiteral("PC01.example.test");
const QString kApp = QStringLiteral("Office 2003");
const QString kPolicy = QStringLiteral("Deploy Office");
const QString kPackage = QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi");
const QString kSetupPath = QStringLiteral("\\\\nt4srv.example.test\\apps\\acrobat\\setup.exe");
const QString kSoftwareInstallation = QStringLiteral("Software Installation");
const QString kSiExtensionId = QStringLiteral("{c6dc5466-785a-11d2-84d0-00c04fb169f7}");
const QString kRegistryExtensionId = QStringLiteral("{35378eac-683f-11d2-a89a-00c04fbbcfa2}");
const QString kDeployOfficeGpo = QStringLiteral("{6ac1786c-016f-11d2-945f-00c04fb984f9}");
const QString kDcName = QStringLiteral("\\\\dc01.example.test");
const QString kSmbServer = QStringLiteral("nt4srv.example.test");
const QString kAmNotApplied =
    QStringLiteral("Software changes could not be applied. A previous log entry with details "
                   "should exist.");
const QString kAmDelayed = QStringLiteral("Software installation policy application has been "
                                          "delayed until the next system startup.");

// Provider names and GUIDs.
const QString kAppMgmt = QStringLiteral("Application Management");
const QString kAppMgmtGp = QStringLiteral("Application Management Group Policy");
const QString kUserenv = QStringLiteral("Userenv");
const QString kMsi = QStringLiteral("MsiInstaller");
const QString kEventLog = QStringLiteral("EventLog");
const QString kScm = QStringLiteral("Service Control Manager");
const QString kScmGuid = QStringLiteral("{555908d1-a6d7-4695-8e1e-26931d2012f4}");
const QString kEsent = QStringLiteral("ESENT");
const QString kNetlogon = QStringLiteral("NETLOGON");
const QString kGp = QStringLiteral("Microsoft-Windows-GroupPolicy");
const QString kGpGuid = QStringLiteral("{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}");
const QString kKernelGeneral = QStringLiteral("Microsoft-Windows-Kernel-General");
const QString kKernelGeneralGuid = QStringLiteral("{a68ca8b7-004f-d7b6-a698-07e2de0f1f5d}");
const QString kSmbClient = QStringLiteral("Microsoft-Windows-SMBClient");
const QString kSmbClientGuid = QStringLiteral("{988c59c5-0a1c-45b6-a555-0c62276e327d}");
const QString kOperational = QStringLiteral("Microsoft-Windows-GroupPolicy/Operational");

// Correlation activity ids: one per Group Policy processing run.
const QString kRunBoot1 = QStringLiteral("{8e6c1f2a-5b3d-4c7e-9a10-2b3c4d5e6f01}");
const QString kRunBoot2 = QStringLiteral("{8e6c1f2a-5b3d-4c7e-9a10-2b3c4d5e6f02}");
const QString kRunBoot3 = QStringLiteral("{8e6c1f2a-5b3d-4c7e-9a10-2b3c4d5e6f03}");
const QString kRunRefresh = QStringLiteral("{8e6c1f2a-5b3d-4c7e-9a10-2b3c4d5e6f04}");

constexpr quint64 kClassicKeywords = 0x80000000000000ULL;
constexpr quint64 kSystemKeywords = 0x8000000000000000ULL;
constexpr quint64 kOperationalKeywords = 0x4000000000000000ULL;

// 2024-03-09 hh:mm:ss.ms UTC as a FILETIME.
qint64 at(int hour, int minute, int second, int ms = 0)
{
    return EventRecord::fileTimeFromDateTime(
        QDateTime(QDate(2024, 3, 9), QTime(hour, minute, second, ms), QTimeZone::utc()));
}

QList<EventDataField> unnamed(const QStringList &values)
{
    QList<EventDataField> out;
    for (const QString &v : values)
        out.append({QString(), v});
    return out;
}

using Named = QList<QPair<QString, QString>>;

QList<EventDataField> named(const Named &values)
{
    QList<EventDataField> out;
    for (const auto &v : values)
        out.append({v.first, v.second});
    return out;
}

// A classic (ReportEvent) source: no provider GUID, qualifiers = top 16 bits of the message id.
EventRecord classic(quint64 id, qint64 time, const QString &provider, quint16 eventId,
                    quint16 qualifiers, quint8 level, const QString &channel,
                    const QString &computer, const QString &sid, const QStringList &data,
                    quint64 keywords = kClassicKeywords, quint16 category = 0)
{
    EventRecord r;
    r.recordId = id;
    r.fileTime = time;
    r.provider = provider;
    r.eventId = eventId;
    r.qualifiers = qualifiers;
    r.hasQualifiers = true;
    r.level = level;
    r.task = category;
    r.keywords = keywords;
    r.channel = channel;
    r.computer = computer;
    r.userSid = sid;
    r.data = unnamed(data);
    return r;
}

struct ManifestHead
{
    QString provider;
    QString guid;
    quint16 eventId = 0;
    quint8 version = 0;
    quint8 level = 4;
    quint16 task = 0;
    quint8 opcode = 0;
    quint64 keywords = kSystemKeywords;
};

EventRecord manifest(quint64 id, qint64 time, const ManifestHead &h, const QString &channel,
                     const QString &activity, const QString &sid, const Named &data)
{
    EventRecord r;
    r.recordId = id;
    r.fileTime = time;
    r.provider = h.provider;
    r.providerGuid = h.guid;
    r.eventId = h.eventId;
    r.version = h.version;
    r.level = h.level;
    r.task = h.task;
    r.opcode = h.opcode;
    r.keywords = h.keywords;
    r.channel = channel;
    r.computer = kWin7Computer;
    r.userSid = sid;
    r.activityId = activity;
    r.data = named(data);
    return r;
}

// The common data block of the Group Policy admin events (System log).
Named gpCommon(const QString &info2, const QString &mode, const QString &ms, const QString &code,
               const QString &description)
{
    return {{QStringLiteral("SupportInfo1"), QStringLiteral("1")},
            {QStringLiteral("SupportInfo2"), info2},
            {QStringLiteral("ProcessingMode"), mode},
            {QStringLiteral("ProcessingTimeInMilliseconds"), ms},
            {QStringLiteral("ErrorCode"), code},
            {QStringLiteral("ErrorDescription"), description}};
}

// FormatMessage(FORMAT_MESSAGE_FROM_SYSTEM) texts of the codes in these events (with the
// trailing blank Windows leaves in ErrorDescription).
QString systemErrorText(uint code)
{
    switch (code) {
    case 53:
        return QStringLiteral("The network path was not found.");
    case 1222:
        return QStringLiteral("The network is not present or not started.");
    case 1274:
        return QStringLiteral("The group policy framework should call the extension in the "
                              "synchronous foreground policy refresh.");
    case 1311:
        return QStringLiteral("There are currently no logon servers available to service the "
                              "logon request.");
    case 1355:
        return QStringLiteral("The specified domain either does not exist or could not be "
                              "contacted.");
    case 1612:
        return QStringLiteral("The installation source for this product is not available. Verify "
                              "that the source exists and that you can access it.");
    default:
        return {};
    }
}

QString errorDescription(uint code)
{
    return systemErrorText(code) + QLatin1Char(' ');
}

} // namespace

// ---- The events ----------------------------------------------------------------------------

QList<EventRecord> kb323304XpEvents()
{
    const QString app = QStringLiteral("Application");
    const QString &pc = kXpComputer;
    // .evt stores whole seconds (TimeGenerated is a Unix time).
    QList<EventRecord> e;
    quint64 id = 1201;
    // Boot 1: the KB 323304 failure (package on an NT 4.0 share, error 1612).
    e << classic(id++, at(8, 50, 0), kEventLog, 6005, 0x8000, 4, app, pc, {}, {}, 0);
    e << classic(id++, at(8, 50, 4), kScm, 7036, 0x4000, 4, app, pc, {},
                 {QStringLiteral("Windows Installer"), QStringLiteral("running")}, 0);
    // ESENT 102: the same ID as Application Management 102, another source: must not count.
    e << classic(id++, at(8, 50, 9), kEsent, 102, 0, 4, app, pc, {},
                 {QStringLiteral("wuauclt"), QStringLiteral("1016"), QStringLiteral("5"),
                  QStringLiteral("01"), QStringLiteral("2600"), QStringLiteral("5512")},
                 0, 3);
    e << classic(id++, at(8, 50, 21), kAppMgmt, 401, 0, 4, app, pc, kSystemSid,
                 {QStringLiteral("Software installation: cannot open the package %1 of "
                                 "application %2 from policy %3 (error 1612).")
                      .arg(kPackage, kApp, kPolicy)},
                 0);
    e << classic(id++, at(8, 50, 22), kMsi, 11708, 0, 2, app, pc, kSystemSid,
                 {QStringLiteral("Product: %1 -- Installation failed.").arg(kApp)}, 0);
    e << classic(id++, at(8, 50, 22), kAppMgmt, 102, 0, 2, app, pc, kSystemSid,
                 {kApp, kPolicy, QStringLiteral("1612")}, 0);
    e << classic(id++, at(8, 50, 23), kAppMgmt, 101, 0, 2, app, pc, kSystemSid,
                 {kApp, kPolicy, QStringLiteral("1612")}, 0);
    // A published setup program (.zap) on the same server, run for a user.
    e << classic(id++, at(8, 50, 23), kAppMgmt, 107, 0, 2, app, pc, kUserSid,
                 {QStringLiteral("Acrobat Reader 6.0"), kPolicy, kSetupPath, QStringLiteral("53")},
                 0);
    e << classic(id++, at(8, 50, 24), kAppMgmt, 108, 0, 2, app, pc, kSystemSid,
                 {kAmNotApplied, QStringLiteral("1612")}, 0);
    e << classic(id++, at(8, 50, 24), kUserenv, 1000, 0xC000, 2, app, pc, kSystemSid,
                 {QStringLiteral("The Group Policy client-side extension Application Management "
                                 "was passed flags (1) and returned a failure status code of "
                                 "(1612).")},
                 0);
    e << classic(id++, at(8, 50, 24), kUserenv, 1085, 0xC000, 2, app, pc, kSystemSid, {kAppMgmt},
                 0);
    e << classic(id++, at(8, 50, 40), kScm, 7036, 0x4000, 4, app, pc, {},
                 {QStringLiteral("Windows Installer"), QStringLiteral("stopped")}, 0);
    // Boot 2: after a gpupdate the installation waits for the next startup (1274, expected).
    e << classic(id++, at(9, 30, 0), kEventLog, 6005, 0x8000, 4, app, pc, {}, {}, 0);
    e << classic(id++, at(9, 30, 5), kScm, 7036, 0x4000, 4, app, pc, {},
                 {QStringLiteral("Windows Installer"), QStringLiteral("running")}, 0);
    e << classic(id++, at(9, 35, 12), kEsent, 102, 0, 4, app, pc, {},
                 {QStringLiteral("wuauclt"), QStringLiteral("1016"), QStringLiteral("5"),
                  QStringLiteral("01"), QStringLiteral("2600"), QStringLiteral("5512")},
                 0, 3);
    e << classic(id++, at(9, 42, 10), kAppMgmt, 108, 0, 2, app, pc, kSystemSid,
                 {kAmDelayed, QStringLiteral("1274")}, 0);
    return e;
}

QList<EventRecord> kb323304Win7SystemEvents()
{
    const QString sys = QStringLiteral("System");
    const QString &pc = kWin7Computer;
    const ManifestHead kernel12{kKernelGeneral, kKernelGeneralGuid, 12, 0, 4, 0, 0,
                                kSystemKeywords};
    ManifestHead scm{kScm, kScmGuid, 7036, 0, 4, 0, 0, 0x8080000000000000ULL};
    const ManifestHead gp1085{kGp, kGpGuid, 1085, 0, 3, 0, 1, kSystemKeywords};
    const ManifestHead gp1129{kGp, kGpGuid, 1129, 0, 2, 0, 1, kSystemKeywords};
    const ManifestHead gp1112{kGp, kGpGuid, 1112, 0, 3, 0, 1, kSystemKeywords};
    const ManifestHead smb32000{kSmbClient, kSmbClientGuid, 32000, 0, 3, 0, 0, kSystemKeywords};
    auto kernelBoot = [&](quint64 id, qint64 time, const QString &start) {
        return manifest(id, time, kernel12, sys, {}, kSystemSid,
                        {{QStringLiteral("MajorVersion"), QStringLiteral("6")},
                         {QStringLiteral("MinorVersion"), QStringLiteral("1")},
                         {QStringLiteral("BuildVersion"), QStringLiteral("7601")},
                         {QStringLiteral("QfeVersion"), QStringLiteral("24545")},
                         {QStringLiteral("ServiceVersion"), QStringLiteral("1")},
                         {QStringLiteral("BootMode"), QStringLiteral("0")},
                         {QStringLiteral("StartTime"), start}});
    };
    auto service = [&](quint64 id, qint64 time, const QString &name, const QString &state) {
        EventRecord r =
            manifest(id, time, scm, sys, {}, {},
                     {{QStringLiteral("param1"), name}, {QStringLiteral("param2"), state}});
        r.qualifiers = 0x4000;
        r.hasQualifiers = true;
        return r;
    };
    QList<EventRecord> e;
    quint64 id = 5001;
    // Boot 1: Software Installation fails with 1612 (the package is on an NT 4.0 server).
    e << kernelBoot(id++, at(8, 50, 0, 0), QStringLiteral("2024-03-09T08:49:58.500000000Z"));
    e << classic(id++, at(8, 50, 12, 375), kEventLog, 6005, 0x8000, 4, sys, pc, {}, {});
    e << service(id++, at(8, 50, 15, 0), QStringLiteral("Windows Installer"),
                 QStringLiteral("running"));
    e << manifest(id++, at(8, 50, 41, 625), smb32000, sys, {}, kSystemSid,
                  {{QStringLiteral("Reason"), QStringLiteral("1")},
                   {QStringLiteral("Dialect"), QStringLiteral("NT LM 0.12")},
                   {QStringLiteral("ServerName"), kSmbServer}});
    e << classic(id++, at(8, 50, 44, 0), kAppMgmtGp, 102, 0, 2, sys, pc, kSystemSid,
                 {kApp, kPolicy, QStringLiteral("1612")});
    e << classic(id++, at(8, 50, 44, 125), kAppMgmtGp, 108, 0, 2, sys, pc, kSystemSid,
                 {kAmNotApplied, QStringLiteral("1612")});
    e << manifest(id++, at(8, 50, 45, 0), gp1085, sys, kRunBoot1, kSystemSid,
                  gpCommon(QStringLiteral("1120"), QStringLiteral("0"), QStringLiteral("4368"),
                           QStringLiteral("1612"), errorDescription(1612)) +
                      Named{{QStringLiteral("DCName"), kDcName},
                            {QStringLiteral("ExtensionName"), kSoftwareInstallation},
                            {QStringLiteral("ExtensionId"), kSiExtensionId}});
    e << service(id++, at(8, 51, 30, 0), QStringLiteral("Windows Installer"),
                 QStringLiteral("stopped"));
    // Boot 2: the network is not ready when policy is processed.
    e << kernelBoot(id++, at(9, 30, 0, 0), QStringLiteral("2024-03-09T09:29:58.250000000Z"));
    e << classic(id++, at(9, 30, 11, 0), kEventLog, 6005, 0x8000, 4, sys, pc, {}, {});
    e << classic(id++, at(9, 30, 35, 500), kNetlogon, 5719, 0xC000, 2, sys, pc, {},
                 {QStringLiteral("EXAMPLE"), QStringLiteral("%%1311")});
    e << manifest(id++, at(9, 30, 42, 0), gp1129, sys, kRunBoot2, kSystemSid,
                  gpCommon(QStringLiteral("5115"), QStringLiteral("0"), QStringLiteral("30062"),
                           QStringLiteral("1222"), errorDescription(1222)));
    // Boot 3: a change made by gpupdate waits for the next startup (1274, expected).
    e << kernelBoot(id++, at(10, 15, 0, 0), QStringLiteral("2024-03-09T10:14:58.750000000Z"));
    e << classic(id++, at(10, 15, 10, 0), kEventLog, 6005, 0x8000, 4, sys, pc, {}, {});
    e << manifest(id++, at(10, 15, 40, 0), gp1112, sys, kRunBoot3, kSystemSid,
                  gpCommon(QStringLiteral("1120"), QStringLiteral("1"), QStringLiteral("187"),
                           QStringLiteral("1274"), errorDescription(1274)) +
                      Named{{QStringLiteral("DCName"), kDcName},
                            {QStringLiteral("ExtensionName"), kSoftwareInstallation},
                            {QStringLiteral("ExtensionId"), kSiExtensionId}});
    e << classic(id++, at(10, 15, 40, 125), kAppMgmtGp, 108, 0, 2, sys, pc, kSystemSid,
                 {kAmDelayed, QStringLiteral("1274")});
    e << service(id++, at(10, 16, 2, 0), QStringLiteral("Windows Installer"),
                 QStringLiteral("running"));
    return e;
}

QList<EventRecord> kb323304Win7OperationalEvents()
{
    const QString &op = kOperational;
    auto head = [](quint16 eventId, quint8 level, quint16 task, quint8 opcode) {
        return ManifestHead{kGp, kGpGuid, eventId, 0, level, task, opcode, kOperationalKeywords};
    };
    const QString gpoList = QStringLiteral("<GPO ID=\"%1\"><Name>%2</Name></GPO>")
                                .arg(kDeployOfficeGpo.toUpper(), kPolicy);
    auto start = [&](quint64 id, qint64 time, const QString &run, const QString &extId,
                     const QString &extName, const QString &gpos) {
        return manifest(id, time, head(4016, 4, 4016, 1), op, run, kSystemSid,
                        {{QStringLiteral("CSEExtensionId"), extId},
                         {QStringLiteral("CSEExtensionName"), extName},
                         {QStringLiteral("IsExtensionAsyncProcessing"), QStringLiteral("false")},
                         {QStringLiteral("IsGPOListChanged"), QStringLiteral("true")},
                         {QStringLiteral("GPOListStatusString"), QStringLiteral("%%4101")},
                         {QStringLiteral("DescriptionString"), kPolicy},
                         {QStringLiteral("ApplicableGPOList"), gpos}});
    };
    auto done = [&](quint64 id, qint64 time, const QString &run, quint16 eventId, quint8 level,
                    const QString &ms, const QString &code, const QString &extName,
                    const QString &extId) {
        return manifest(id, time, head(eventId, level, 4016, 2), op, run, kSystemSid,
                        {{QStringLiteral("CSEElaspedTimeInMilliSeconds"), ms},
                         {QStringLiteral("ErrorCode"), code},
                         {QStringLiteral("CSEExtensionName"), extName},
                         {QStringLiteral("CSEExtensionId"), extId}});
    };
    auto link = [&](quint64 id, qint64 time, const QString &run, const QString &kbps,
                    const QString &slow, const QString &description) {
        return manifest(id, time, head(6314, 4, 5314, 0), op, run, kSystemSid,
                        {{QStringLiteral("BandwidthInkbps"), kbps},
                         {QStringLiteral("IsSlowLink"), slow},
                         {QStringLiteral("ThresholdInkbps"), QStringLiteral("500")},
                         {QStringLiteral("PolicyApplicationMode"), QStringLiteral("0")},
                         {QStringLiteral("ErrorCode"), QStringLiteral("0")},
                         {QStringLiteral("LinkDescription"), description}});
    };
    const QString registry = QStringLiteral("Registry");
    QList<EventRecord> e;
    quint64 id = 801;
    // Boot 1: fast link, Software Installation starts and fails with 1612.
    e << link(id++, at(8, 50, 38, 0), kRunBoot1, QStringLiteral("100000"), QStringLiteral("false"),
              QStringLiteral("fast"));
    e << start(id++, at(8, 50, 40, 500), kRunBoot1, kSiExtensionId, kSoftwareInstallation, gpoList);
    e << done(id++, at(8, 50, 44, 875), kRunBoot1, 7016, 2, QStringLiteral("4368"),
              QStringLiteral("1612"), kSoftwareInstallation, kSiExtensionId);
    // Boot 2: no domain controller found.
    e << manifest(id++, at(9, 30, 41, 875), head(7326, 2, 5326, 0), op, kRunBoot2, kSystemSid,
                  {{QStringLiteral("DCDiscoveryTimeInMilliSeconds"), QStringLiteral("30000")},
                   {QStringLiteral("ErrorCode"), QStringLiteral("1355")}});
    // Boot 3: Registry applies, Software Installation has to wait for a synchronous run.
    e << start(id++, at(10, 15, 38, 0), kRunBoot3, kRegistryExtensionId, registry, gpoList);
    e << done(id++, at(10, 15, 38, 250), kRunBoot3, 5016, 4, QStringLiteral("250"),
              QStringLiteral("0"), registry, kRegistryExtensionId);
    e << start(id++, at(10, 15, 39, 0), kRunBoot3, kSiExtensionId, kSoftwareInstallation, gpoList);
    e << done(id++, at(10, 15, 39, 875), kRunBoot3, 6016, 3, QStringLiteral("875"),
              QStringLiteral("1274"), kSoftwareInstallation, kSiExtensionId);
    // A background refresh over a slow link: Software Installation is not processed at all.
    e << link(id++, at(10, 45, 0, 0), kRunRefresh, QStringLiteral("256"), QStringLiteral("true"),
              QStringLiteral("slow"));
    e << start(id++, at(10, 45, 1, 0), kRunRefresh, kRegistryExtensionId, registry, gpoList);
    e << done(id++, at(10, 45, 1, 125), kRunRefresh, 5016, 4, QStringLiteral("125"),
              QStringLiteral("0"), registry, kRegistryExtensionId);
    return e;
}

// ---- Messages ------------------------------------------------------------------------------

namespace {

struct MessageKey
{
    QString provider;
    quint16 id;
    bool operator==(const MessageKey &o) const = default;
};

size_t qHash(const MessageKey &k, size_t seed = 0)
{
    return ::qHash(k.provider, seed) ^ k.id;
}

// Templates as in the message files (ref/*.md: appmgmts.dll 5.1-6.1, userenv.dll, gpsvc.dll
// 6.1, msimsg.dll) or, for the service events, as Windows shows them.
const QHash<MessageKey, QString> &messageTemplates()
{
    static const QHash<MessageKey, QString> table = {
        {{QStringLiteral("eventlog"), 6005}, QStringLiteral("The Event log service was started.")},
        {{QStringLiteral("service control manager"), 7036},
         QStringLiteral("The %1 service entered the %2 state.")},
        {{QStringLiteral("esent"), 102},
         QStringLiteral("%1 (%2) The database engine %3.%4.%5.%6 started.")},
        {{QStringLiteral("application management"), 101},
         QStringLiteral("The assignment of application %1 from policy %2 failed.  The error was "
                        ": %%%3")},
        {{QStringLiteral("application management"), 102},
         QStringLiteral("The install of application %1 from policy %2 failed.  The error was : "
                        "%%%3")},
        {{QStringLiteral("application management"), 107},
         QStringLiteral("The execution of the setup program for application %1 from policy %2 "
                        "failed.  The setup%npath was %3 and the error was : %%%4")},
        {{QStringLiteral("application management"), 108},
         QStringLiteral("Failed to apply changes to software installation settings.  %1  The "
                        "error was : %%%2")},
        {{QStringLiteral("application management"), 401}, QStringLiteral("%1")},
        {{QStringLiteral("msiinstaller"), 11708}, QStringLiteral("%1")},
        {{QStringLiteral("userenv"), 1000}, QStringLiteral("%1")},
        {{QStringLiteral("userenv"), 1085},
         QStringLiteral("The Group Policy client-side extension %1 failed to execute. Please look "
                        "for any errors reported earlier by that extension.")},
        {{QStringLiteral("microsoft-windows-kernel-general"), 12},
         QStringLiteral("The operating system started at system time %7.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 1085},
         QStringLiteral("Windows failed to apply the %8 settings. %8 settings might have its own "
                        "log file. Please click on the \"More information\" link.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 1112},
         QStringLiteral("The Group Policy Client Side Extension %8 was unable to apply one or "
                        "more settings because the changes must be processed before system "
                        "startup or user logon. The system will wait for Group Policy processing "
                        "to finish completely before the next startup or logon for this user, "
                        "and this may result in slow startup and boot performance.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 1129},
         QStringLiteral("The processing of Group Policy failed because of lack of network "
                        "connectivity to a domain controller. This may be a transient condition. "
                        "A success message would be generated once the machine gets connected "
                        "to the domain controller and Group Policy has succesfully processed. If "
                        "you do not see a success message for several hours, then contact your "
                        "administrator.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 4016},
         QStringLiteral("Starting %2 Extension Processing. %n%nList of applicable Group Policy "
                        "objects: (%5)%n%n%6")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 5016},
         QStringLiteral("Completed %3 Extension Processing in %1 milliseconds.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 6016},
         QStringLiteral("Completed %3 Extension Processing in %1 milliseconds.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 7016},
         QStringLiteral("Completed %3 Extension Processing in %1 milliseconds.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 6314},
         QStringLiteral("A %6 link was detected. The Estimated bandwidth is %1 kbps. The slow "
                        "link threshold is %3 kbps.")},
        {{QStringLiteral("microsoft-windows-grouppolicy"), 7326},
         QStringLiteral("Group Policy failed to discover the Domain Controller details in %1 "
                        "milliseconds.")},
        {{QStringLiteral("netlogon"), 5719},
         QStringLiteral("This computer was not able to set up a secure session with a domain "
                        "controller in domain %1 due to the following: %n%2 %nThis may lead to "
                        "authentication problems. Make sure that this computer is connected to "
                        "the network. If the problem persists, please contact your domain "
                        "administrator. %n%nADDITIONAL INFO %nIf this computer is a domain "
                        "controller for the specified domain, it sets up the secure session to "
                        "the primary domain controller emulator in the specified domain. "
                        "Otherwise, this computer sets up the secure session to any domain "
                        "controller in the specified domain.")},
        // Wording not verified (no message table at hand): see tests/fixtures/README.md.
        {{QStringLiteral("microsoft-windows-smbclient"), 32000},
         QStringLiteral("SMB1 negotiate response received from remote device when SMB1 cannot be "
                        "negotiated by the local computer.%n%nDialect: %2%nServer name: %3")},
    };
    return table;
}

// Expands %N, %%N (Win32 error text), %n (CRLF), %t and %% the way FormatMessage and Event
// Viewer do.
QString expandMessage(const QString &tmpl, const QStringList &args)
{
    QString out;
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl.at(i);
        if (c != QLatin1Char('%') || i + 1 >= tmpl.size()) {
            out += c;
            continue;
        }
        const QChar n = tmpl.at(i + 1);
        if (n == QLatin1Char('n')) {
            out += QLatin1String("\r\n");
            ++i;
        } else if (n == QLatin1Char('t')) {
            out += QLatin1Char('\t');
            ++i;
        } else if (n == QLatin1Char('%') && i + 2 < tmpl.size() &&
                   tmpl.at(i + 2) == QLatin1Char('%')) {
            // "%%%3": the insertion string is a bare error code; the viewer shows its text.
            qsizetype j = i + 3;
            QString digits;
            while (j < tmpl.size() && tmpl.at(j).isDigit())
                digits += tmpl.at(j++);
            const QString code = args.value(digits.toInt() - 1);
            const QString text = systemErrorText(code.toUInt());
            out += text.isEmpty() ? QLatin1String("%%") + code : text;
            i = j - 1;
        } else if (n == QLatin1Char('%')) {
            out += QLatin1Char('%');
            ++i;
        } else if (n.isDigit()) {
            qsizetype j = i + 1;
            QString digits;
            while (j < tmpl.size() && tmpl.at(j).isDigit())
                digits += tmpl.at(j++);
            QString value = args.value(digits.toInt() - 1);
            // An insertion string that is itself "%%N" (NETLOGON 5719) is expanded too.
            if (value.startsWith(QLatin1String("%%"))) {
                const QString text = systemErrorText(value.mid(2).toUInt());
                if (!text.isEmpty())
                    value = text;
            }
            out += value;
            i = j - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString renderFixtureMessage(const EventRecord &record)
{
    QString provider = record.provider.toLower();
    // Vista+ registers appmgmts.dll a second time under this name (System log).
    if (provider == QLatin1String("application management group policy"))
        provider = QStringLiteral("application management");
    const auto it = messageTemplates().constFind({provider, record.eventId});
    if (it == messageTemplates().cend())
        return {};
    QStringList args;
    for (const EventDataField &f : record.data)
        args << f.value;
    return expandMessage(it.value(), args).trimmed();
}

// ---- Text formats --------------------------------------------------------------------------

namespace {

QString escapeText(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

QString escapeAttribute(const QString &s)
{
    QString out = escapeText(s);
    out.replace(QLatin1Char('\''), QLatin1String("&apos;"));
    out.replace(QLatin1Char('"'), QLatin1String("&quot;"));
    return out;
}

QString attr(const QString &name, const QString &value)
{
    return QLatin1Char(' ') + name + QLatin1String("='") + escapeAttribute(value) +
           QLatin1Char('\'');
}

QString upperGuid(const QString &guid)
{
    return guid.toUpper();
}

// SystemTime as Windows 7 renders it: nine fractional digits.
QString systemTime(qint64 fileTime)
{
    const QDateTime t = EventRecord::dateTimeFromFileTime(fileTime);
    const qint64 hundredNs = fileTime % 10000000;
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral(".%1Z").arg(hundredNs * 100, 9, 10, QLatin1Char('0'));
}

// One <Event> as wevtutil qe /f:xml prints it (single quotes, no whitespace between elements),
// optionally with the RenderingInfo Event Viewer adds to its XML export.
QString eventXml(const EventRecord &r, bool renderingInfo)
{
    const bool classic = r.providerGuid.isEmpty();
    QString x = QStringLiteral("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/"
                               "event'><System>");
    x += QLatin1String("<Provider") + attr(QStringLiteral("Name"), r.provider);
    if (!classic)
        x += attr(QStringLiteral("Guid"), upperGuid(r.providerGuid));
    x += QLatin1String("/>");
    x += QLatin1String("<EventID");
    if (r.hasQualifiers)
        x += attr(QStringLiteral("Qualifiers"), QString::number(r.qualifiers));
    x += QLatin1Char('>') + QString::number(r.eventId) + QLatin1String("</EventID>");
    if (!classic)
        x += QStringLiteral("<Version>%1</Version>").arg(r.version);
    x += QStringLiteral("<Level>%1</Level><Task>%2</Task>").arg(r.level).arg(r.task);
    if (!classic)
        x += QStringLiteral("<Opcode>%1</Opcode>").arg(r.opcode);
    x += QStringLiteral("<Keywords>0x%1</Keywords>").arg(r.keywords, 0, 16);
    x += QLatin1String("<TimeCreated") +
         attr(QStringLiteral("SystemTime"), systemTime(r.fileTime)) + QLatin1String("/>");
    x += QStringLiteral("<EventRecordID>%1</EventRecordID>").arg(r.recordId);
    if (!classic) {
        x += QLatin1String("<Correlation");
        if (!r.activityId.isEmpty())
            x += attr(QStringLiteral("ActivityID"), upperGuid(r.activityId));
        x += QLatin1String("/>");
        x += QLatin1String("<Execution") +
             attr(QStringLiteral("ProcessID"), QString::number(evtxProcessId(r))) +
             attr(QStringLiteral("ThreadID"), QString::number(evtxThreadId(r))) +
             QLatin1String("/>");
    }
    x += QLatin1String("<Channel>") + escapeText(r.channel) + QLatin1String("</Channel>");
    x += QLatin1String("<Computer>") + escapeText(r.computer) + QLatin1String("</Computer>");
    x += QLatin1String("<Security");
    if (!r.userSid.isEmpty())
        x += attr(QStringLiteral("UserID"), r.userSid);
    x += QLatin1String("/></System>");
    if (!r.data.isEmpty()) {
        x += QLatin1String("<EventData>");
        for (const EventDataField &f : r.data) {
            x += QLatin1String("<Data");
            if (!f.name.isEmpty())
                x += attr(QStringLiteral("Name"), f.name);
            if (f.value.isEmpty())
                x += QLatin1String("/>");
            else
                x += QLatin1Char('>') + escapeText(f.value) + QLatin1String("</Data>");
        }
        x += QLatin1String("</EventData>");
    }
    if (renderingInfo) {
        static const char *const levels[] = {"", "Critical", "Error", "Warning", "Information"};
        static const char *const opcodes[] = {"Info", "Start", "Stop"};
        x += QLatin1String("<RenderingInfo Culture='en-US'><Message>") +
             escapeText(renderFixtureMessage(r)) + QLatin1String("</Message>");
        x += QLatin1String("<Level>") + QLatin1String(r.level <= 4 ? levels[r.level] : "") +
             QLatin1String("</Level>");
        x += QLatin1String("<Task>None</Task>");
        x += QLatin1String("<Opcode>") + QLatin1String(r.opcode <= 2 ? opcodes[r.opcode] : "") +
             QLatin1String("</Opcode>");
        x += QLatin1String("<Channel>") + escapeText(r.channel) + QLatin1String("</Channel>");
        x += QLatin1String("<Provider>") + (classic ? QString() : escapeText(r.provider)) +
             QLatin1String("</Provider>");
        x += QLatin1String("<Keywords>");
        if (r.keywords & kClassicKeywords)
            x += QLatin1String("<Keyword>Classic</Keyword>");
        x += QLatin1String("</Keywords></RenderingInfo>");
    }
    x += QLatin1String("</Event>");
    return x;
}

// wevtutil qe LOG /f:xml: one <Event> per line, oldest first, no root, no declaration.
QByteArray wevtutilXml(const QList<EventRecord> &records)
{
    QString out;
    for (const EventRecord &r : records)
        out += eventXml(r, false) + QLatin1String("\r\n");
    return out.toUtf8();
}

// Event Viewer "Save All Events As... XML": an <Events> root, RenderingInfo, newest first.
QByteArray renderedXml(const QList<EventRecord> &records)
{
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>"
                                 "\r\n<Events>\r\n");
    for (qsizetype i = records.size() - 1; i >= 0; --i)
        out += eventXml(records.at(i), true) + QLatin1String("\r\n");
    out += QLatin1String("</Events>\r\n");
    return out.toUtf8();
}

QString levelName(quint8 level)
{
    switch (level) {
    case 1:
        return QStringLiteral("Critical");
    case 2:
        return QStringLiteral("Error");
    case 3:
        return QStringLiteral("Warning");
    default:
        return QStringLiteral("Information");
    }
}

// The Source column of Event Viewer (Vista+): a manifest provider's display name.
QString vistaSource(const EventRecord &r)
{
    if (r.provider == kGp)
        return QStringLiteral("GroupPolicy (Microsoft-Windows-GroupPolicy)");
    if (r.provider.startsWith(QLatin1String("Microsoft-Windows-")))
        return r.provider.mid(int(qstrlen("Microsoft-Windows-")));
    return r.provider;
}

QString quoted(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString usDate(qint64 fileTime)
{
    return EventRecord::dateTimeFromFileTime(fileTime).toString(QStringLiteral("M/d/yyyy"));
}

QString usTime(qint64 fileTime)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(EventRecord::dateTimeFromFileTime(fileTime).time(), QStringLiteral("h:mm:ss AP"));
}

// Event Viewer (Vista+) "Save All Events As... CSV", newest first, the machine in UTC: the
// header names five columns, the sixth (the message) is quoted and may hold CR/LF.
QByteArray vistaCsv(const QList<EventRecord> &records)
{
    QString out = QStringLiteral("Level,Date and Time,Source,Event ID,Task Category\r\n");
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const EventRecord &r = records.at(i);
        out += levelName(r.level) + QLatin1Char(',') + usDate(r.fileTime) + QLatin1Char(' ') +
               usTime(r.fileTime) + QLatin1Char(',') + vistaSource(r) + QLatin1Char(',') +
               QString::number(r.eventId) + QLatin1String(",None,") +
               quoted(renderFixtureMessage(r)) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QString xpUser(const QString &sid)
{
    if (sid.isEmpty())
        return QStringLiteral("N/A");
    if (sid == kSystemSid)
        return QStringLiteral("NT AUTHORITY\\SYSTEM");
    return QStringLiteral("EXAMPLE\\jdoe");
}

QString xpCategory(const EventRecord &r)
{
    if (r.provider == kEsent && r.task == 3)
        return QStringLiteral("Logging/Recovery");
    return QStringLiteral("None");
}

// XP Event Viewer "Save Log File As" text (tab) or CSV (comma): one line per event, newest
// first, the header line below, the description unquoted after the eighth separator (CR/LF
// inside it kept as in the message).
QByteArray xpExport(const QList<EventRecord> &records, QChar sep)
{
    const QStringList header = {
        QStringLiteral("Date"), QStringLiteral("Time"),     QStringLiteral("Source"),
        QStringLiteral("Type"), QStringLiteral("Category"), QStringLiteral("Event"),
        QStringLiteral("User"), QStringLiteral("Computer"), QStringLiteral("Description")};
    QString out = header.join(sep) + QLatin1String("\r\n");
    for (qsizetype i = records.size() - 1; i >= 0; --i) {
        const EventRecord &r = records.at(i);
        const QStringList fields = {
            usDate(r.fileTime), usTime(r.fileTime), r.provider,
            levelName(r.level), xpCategory(r),      QString::number(r.eventId),
            xpUser(r.userSid),  r.computer,         renderFixtureMessage(r)};
        out += fields.join(sep) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace

QMap<QString, QByteArray> eventFixtureFiles()
{
    const QList<EventRecord> xp = kb323304XpEvents();
    const QList<EventRecord> system = kb323304Win7SystemEvents();
    const QList<EventRecord> operational = kb323304Win7OperationalEvents();
    EvtxWriterOptions evtx;
    evtx.typedValues = true; // numbers, GUIDs and booleans typed as Windows writes them
    EvtxWriterOptions dirty = evtx;
    dirty.dirty = true; // a log copied from a running system
    QMap<QString, QByteArray> files;
    files.insert(QStringLiteral("kb323304-xp.evt"), buildEvt(xp));
    files.insert(QStringLiteral("kb323304-xp.csv"), xpExport(xp, QLatin1Char(',')));
    files.insert(QStringLiteral("kb323304-xp.txt"), xpExport(xp, QLatin1Char('\t')));
    files.insert(QStringLiteral("kb323304-win7-system.evtx"), buildEvtx(system, evtx));
    files.insert(QStringLiteral("kb323304-win7-gpoperational.evtx"), buildEvtx(operational, dirty));
    files.insert(QStringLiteral("kb323304-win7-system.xml"), wevtutilXml(system));
    files.insert(QStringLiteral("kb323304-win7-system-rendered.xml"), renderedXml(system));
    files.insert(QStringLiteral("kb323304-win7-system.csv"), vistaCsv(system));
    return files;
}

QMap<QString, QByteArray> evtxFuzzSeeds()
{
    QList<EventRecord> awkward = kb323304Win7OperationalEvents();
    EventRecord odd = awkward.constLast();
    odd.recordId += 1;
    odd.data = {{QStringLiteral("Text"), QStringLiteral("<&>\"' \U0001F600 caf\u00e9")},
                {QStringLiteral("Empty"), QString()},
                {QStringLiteral("Negative"), QStringLiteral("-40000")},
                {QStringLiteral("Big"), QStringLiteral("18446744073709551615")},
                {QStringLiteral("Hex32"), QStringLiteral("0xc000006d")},
                {QStringLiteral("Hex64"), QStringLiteral("0x8000000000000000")},
                {QStringLiteral("Sid"), kUserSid}};
    awkward << odd;
    EvtxWriterOptions typed;
    typed.typedValues = true;
    EvtxWriterOptions arrays;
    arrays.recordsPerChunk = 9;
    arrays.classicStringArray = true;
    EvtxWriterOptions corrupt;
    corrupt.recordsPerChunk = 9;
    corrupt.corruptChunk = 0;
    const QByteArray single = buildEvtx(awkward, typed);
    QMap<QString, QByteArray> seeds;
    seeds.insert(QStringLiteral("generated-one-chunk.evtx"), single);
    seeds.insert(QStringLiteral("generated-two-chunks-arrays.evtx"),
                 buildEvtx(kb323304Win7SystemEvents(), arrays));
    seeds.insert(QStringLiteral("generated-corrupt-first-chunk.evtx"),
                 buildEvtx(kb323304Win7SystemEvents(), corrupt));
    seeds.insert(QStringLiteral("generated-truncated.evtx"), single.left(4096 + 2000));
    return seeds;
}

namespace {

QString writeFiles(const QString &dir, const QMap<QString, QByteArray> &files)
{
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(QDir(dir).filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(it.value()) != it.value().size())
            return QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
    }
    return {};
}

} // namespace

QString writeEventFixtures(const QString &dir)
{
    return writeFiles(dir, eventFixtureFiles());
}

QString writeEvtxFuzzSeeds(const QString &dir)
{
    return writeFiles(dir, evtxFuzzSeeds());
}

} // namespace Gpsi::Test

#ifndef GPSI_EVENT_FIXTURES_NO_MAIN
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool seeds = args.size() == 3 && args.at(1) == QLatin1String("--fuzz-seeds");
    if (args.size() != 2 && !seeds) {
        std::fprintf(stderr, "usage: make_event_fixtures OUTPUT_DIR\n"
                             "       make_event_fixtures --fuzz-seeds OUTPUT_DIR\n");
        return 2;
    }
    const QString dir = args.constLast();
    const QString error =
        seeds ? Gpsi::Test::writeEvtxFuzzSeeds(dir) : Gpsi::Test::writeEventFixtures(dir);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "make_event_fixtures: %s\n", qPrintable(error));
        return 1;
    }
    const QMap<QString, QByteArray> files =
        seeds ? Gpsi::Test::evtxFuzzSeeds() : Gpsi::Test::eventFixtureFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        std::printf("%s (%lld bytes)\n", qPrintable(QDir(dir).filePath(it.key())),
                    static_cast<long long>(it.value().size()));
    return 0;
}
#endif
