#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <QXmlStreamReader>

#include "eventlog/eventcatalogue.h"
#include "eventlog/liveeventreader.h"
#include "eventlog/xmleventreader.h"
#include "io/nativeio.h"

using Gpsi::CatalogueEntry;
using Gpsi::EventCatalogue;
using Gpsi::EventRecord;
using Gpsi::EventRole;
using Gpsi::LiveChannelQuery;
using Gpsi::LiveEventReader;
using Gpsi::LiveQueryOptions;
using Gpsi::ReadOptions;
using Gpsi::ReadSummary;
namespace LiveEventLog = Gpsi::LiveEventLog;

namespace {

CatalogueEntry entry(const QStringList &providers, quint16 id, const QString &channel = {})
{
    CatalogueEntry e;
    e.id = QStringLiteral("%1-%2").arg(providers.value(0).toLower()).arg(id);
    e.providers = providers;
    e.channel = channel;
    e.eventId = id;
    e.role = EventRole::Context;
    return e;
}

// A catalogue shaped like the real one (resources/events/catalogue.json), in code.
QList<CatalogueEntry> sampleEntries()
{
    QList<CatalogueEntry> entries;
    for (quint16 id = 101; id <= 110; ++id) {
        entries.append(entry({QStringLiteral("Application Management")}, id));
        entries.append(entry({QStringLiteral("Application Management Group Policy")}, id,
                             QStringLiteral("System")));
    }
    for (quint16 id : {301, 302, 303, 304, 305, 306, 307, 308, 201, 202, 203})
        entries.append(entry({QStringLiteral("Application Management Group Policy")}, id));
    for (quint16 id : {1000, 1085, 1054, 1055, 1058})
        entries.append(entry({QStringLiteral("Userenv")}, id, QStringLiteral("Application")));
    for (quint16 id : {1085, 1112, 1129, 1054, 1055, 1126})
        entries.append(
            entry({QStringLiteral("Microsoft-Windows-GroupPolicy")}, id, QStringLiteral("System")));
    for (quint16 id : {4016, 5016, 6016, 7016, 6314, 7320, 7326})
        entries.append(entry({QStringLiteral("Microsoft-Windows-GroupPolicy")}, id,
                             QStringLiteral("Microsoft-Windows-GroupPolicy/Operational")));
    for (quint16 id : {1033, 1007, 1008, 11707, 11708})
        entries.append(entry({QStringLiteral("MsiInstaller")}, id));
    entries.append(entry({QStringLiteral("NETLOGON")}, 5719));
    entries.append(entry({QStringLiteral("EventLog")}, 6005));
    entries.append(entry({QStringLiteral("EventLog")}, 6009));
    entries.append(entry({QStringLiteral("Microsoft-Windows-Kernel-General")}, 12));
    entries.append(entry({QStringLiteral("Microsoft-Windows-SMBClient")}, 30803,
                         QStringLiteral("Microsoft-Windows-SmbClient/Connectivity")));
    entries.append(entry({QStringLiteral("Microsoft-Windows-SMBClient")}, 31017,
                         QStringLiteral("Microsoft-Windows-SmbClient/Security")));
    entries.append(entry({QStringLiteral("Microsoft-Windows-SMBClient")}, 32000,
                         QStringLiteral("Microsoft-Windows-SmbClient/Security")));
    return entries;
}

// What an XPath built by LiveEventReader selects, read back independently of the builder:
// the provider names of Provider[@Name=...] and the IDs of EventID=N / ranges.
struct Selection
{
    QStringList providers;
    QSet<quint16> ids;
    bool timeBound = false;
    qint64 timeMs = -1;
};

Selection parseXPath(const QString &xpath)
{
    Selection s;
    static const QRegularExpression name(QStringLiteral("@Name=(?:'([^']*)'|\"([^\"]*)\")"));
    static const QRegularExpression single(QStringLiteral("EventID=(\\d+)"));
    static const QRegularExpression range(
        QStringLiteral("\\(EventID>=(\\d+) and EventID<=(\\d+)\\)"));
    static const QRegularExpression time(
        QStringLiteral("TimeCreated\\[timediff\\(@SystemTime\\) <= (\\d+)\\]"));
    for (auto it = name.globalMatch(xpath); it.hasNext();) {
        const auto m = it.next();
        s.providers.append(m.captured(1).isNull() ? m.captured(2) : m.captured(1));
    }
    for (auto it = single.globalMatch(xpath); it.hasNext();)
        s.ids.insert(quint16(it.next().captured(1).toUInt()));
    for (auto it = range.globalMatch(xpath); it.hasNext();) {
        const auto m = it.next();
        for (uint id = m.captured(1).toUInt(); id <= m.captured(2).toUInt(); ++id)
            s.ids.insert(quint16(id));
    }
    const auto t = time.match(xpath);
    s.timeBound = t.hasMatch();
    s.timeMs = t.hasMatch() ? t.captured(1).toLongLong() : -1;
    return s;
}

// Independent expression count: comparison operators outside string literals.
int countComparisons(const QString &xpath)
{
    QString stripped = xpath;
    stripped.remove(QRegularExpression(QStringLiteral("'[^']*'|\"[^\"]*\"")));
    static const QRegularExpression op(QStringLiteral("<=|>=|!=|=|<|>"));
    int count = 0;
    for (auto it = op.globalMatch(stripped); it.hasNext(); it.next())
        ++count;
    return count;
}

// (channel lower case, provider as written, id) triples the queries select.
using Triple = std::tuple<QString, QString, quint16>;

QSet<QString> tripleKeys(const QList<LiveChannelQuery> &queries)
{
    QSet<QString> keys;
    for (const LiveChannelQuery &q : queries) {
        for (const QString &xpath : q.xpaths) {
            const Selection s = parseXPath(xpath);
            for (const QString &provider : s.providers) {
                for (quint16 id : s.ids)
                    keys.insert(
                        QStringLiteral("%1|%2|%3").arg(q.channel.toLower(), provider).arg(id));
            }
        }
    }
    return keys;
}

QString key(const QString &channel, const QString &provider, quint16 id)
{
    return QStringLiteral("%1|%2|%3").arg(channel.toLower(), provider).arg(id);
}

const LiveChannelQuery *findQuery(const QList<LiveChannelQuery> &queries, const QString &channel)
{
    for (const LiveChannelQuery &q : queries) {
        if (q.channel.compare(channel, Qt::CaseInsensitive) == 0)
            return &q;
    }
    return nullptr;
}

// The channels the test expects for a provider without a catalogue channel (the mapping
// documented in liveeventreader.cpp, written out again here on purpose).
QStringList expectedChannels(const QString &provider, int eventId = -1)
{
    const QString p = provider.toLower();
    if (p == QLatin1String("microsoft-windows-smbclient")) {
        if (eventId == 30800 || (eventId >= 30803 && eventId <= 30806))
            return {QStringLiteral("Microsoft-Windows-SmbClient/Connectivity")};
        if (eventId == 31010 || eventId == 31017 || eventId == 31018 || eventId == 32000)
            return {QStringLiteral("Microsoft-Windows-SmbClient/Security")};
    }
    if (p == QLatin1String("application management") || p == QLatin1String("userenv") ||
        p == QLatin1String("msiinstaller"))
        return {QStringLiteral("Application")};
    if (p == QLatin1String("microsoft-windows-grouppolicy"))
        return {QStringLiteral("System"),
                QStringLiteral("Microsoft-Windows-GroupPolicy/Operational")};
    if (p == QLatin1String("microsoft-windows-smbclient"))
        return {QStringLiteral("Microsoft-Windows-SmbClient/Connectivity"),
                QStringLiteral("Microsoft-Windows-SmbClient/Security"),
                QStringLiteral("Microsoft-Windows-SMBClient/Operational")};
    if (p == QLatin1String("application management group policy") ||
        p == QLatin1String("netlogon") || p == QLatin1String("eventlog") ||
        p == QLatin1String("microsoft-windows-kernel-general"))
        return {QStringLiteral("System")};
    return {QStringLiteral("System"), QStringLiteral("Application")};
}

// Every (channel, provider, id) the entries ask for is selected, and nothing else.
void verifyExact(const QList<CatalogueEntry> &entries, const QList<LiveChannelQuery> &queries)
{
    QSet<QString> expected;
    for (const CatalogueEntry &e : entries) {
        for (const QString &provider : e.providers) {
            const QStringList channels = e.channel.isEmpty() ? expectedChannels(provider, e.eventId)
                                                             : QStringList{e.channel};
            QStringList spellings{provider};
            if (provider.compare(QLatin1String("userenv"), Qt::CaseInsensitive) == 0)
                spellings =
                    QStringList{provider, QStringLiteral("Userenv"), QStringLiteral("UserEnv")};
            for (const QString &channel : channels) {
                for (const QString &spelling : spellings)
                    expected.insert(key(channel, spelling, e.eventId));
            }
        }
    }
    const QSet<QString> actual = tripleKeys(queries);
    const QSet<QString> missing = expected - actual;
    const QSet<QString> extra = actual - expected;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringList(missing.values()).join(QLatin1String(", "))));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringList(extra.values()).join(QLatin1String(", "))));
}

void verifyLimits(const QList<LiveChannelQuery> &queries, int limit)
{
    for (const LiveChannelQuery &q : queries) {
        QVERIFY(!q.xpaths.isEmpty());
        QCOMPARE(q.structured, q.xpaths.size() > 1);
        for (const QString &xpath : q.xpaths) {
            const int count = countComparisons(xpath);
            QVERIFY2(count <= limit,
                     qPrintable(QStringLiteral("%1 expressions: %2").arg(count).arg(xpath)));
            QCOMPARE(LiveEventReader::expressionCount(xpath), count);
            QVERIFY(xpath.startsWith(QLatin1String("*[System[Provider[")));
        }
        if (!q.structured) {
            QCOMPARE(q.query, q.xpaths.first());
            continue;
        }
        // The structured query is well-formed XML: one Query, one Select per XPath, every
        // Select on this channel, the XPath text given back exactly after unescaping.
        QXmlStreamReader xml(q.query);
        QStringList selects;
        int queriesSeen = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("Query")) {
                ++queriesSeen;
                QCOMPARE(xml.attributes().value(QLatin1String("Path")).toString(), q.channel);
            } else if (xml.name() == QLatin1String("Select")) {
                QCOMPARE(xml.attributes().value(QLatin1String("Path")).toString(), q.channel);
                selects.append(xml.readElementText());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(queriesSeen, 1);
        QCOMPARE(selects, q.xpaths);
    }
}

QString eventXml(const QString &provider, quint16 id, const QString &channel)
{
    return QStringLiteral(
               "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
               "<Provider Name='%1'/><EventID Qualifiers='0'>%2</EventID><Version>0</Version>"
               "<Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x80000000000000"
               "</Keywords><TimeCreated SystemTime='2024-03-09T08:55:01.1234567Z'/>"
               "<EventRecordID>4711</EventRecordID><Correlation/><Execution ProcessID='0' "
               "ThreadID='0'/><Channel>%3</Channel><Computer>PC01.example.test</Computer>"
               "<Security UserID='S-1-5-18'/></System><EventData><Data>7-Zip</Data>"
               "<Data>Software Policy</Data><Data>%%1612</Data></EventData></Event>")
        .arg(provider)
        .arg(id)
        .arg(channel);
}

} // namespace

class TestLiveEventReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literals();
    void expressionCount();
    void canonicalChannel();
    void providerChannels();
    void sampleCatalogue();
    void rangesAndSingles();
    void expressionLimit_data();
    void expressionLimit();
    void manyProviders();
    void timeBound();
    void escaping();
    void emptyCatalogue();
    void jsonCatalogue();
    void builtinCatalogue();
    void unavailable();
    void unavailableUnderWine();
    void statusMapping();
    void retrySmallerQuery();
    void recordsThroughXmlReader();
    void sinkStops();
};

void TestLiveEventReader::literals()
{
    bool ok = false;
    QCOMPARE(LiveEventReader::xpathLiteral(QStringLiteral("MsiInstaller"), &ok),
             QStringLiteral("'MsiInstaller'"));
    QVERIFY(ok);
    QCOMPARE(LiveEventReader::xpathLiteral(QStringLiteral("O'Brien Agent"), &ok),
             QStringLiteral("\"O'Brien Agent\""));
    QVERIFY(ok);
    QCOMPARE(LiveEventReader::xpathLiteral(QStringLiteral("say \"hi\""), &ok),
             QStringLiteral("'say \"hi\"'"));
    QVERIFY(ok);
    QCOMPARE(LiveEventReader::xpathLiteral(QStringLiteral("it's \"both\""), &ok), QString());
    QVERIFY(!ok);
}

void TestLiveEventReader::expressionCount()
{
    QCOMPARE(LiveEventReader::expressionCount(QStringLiteral("*")), 0);
    QCOMPARE(LiveEventReader::expressionCount(
                 QStringLiteral("*[System[Provider[@Name='A' or @Name='B'] and (EventID=1 or "
                                "(EventID>=5 and EventID<=9))]]")),
             5);
    // Operators inside literals do not count.
    QCOMPARE(LiveEventReader::expressionCount(QStringLiteral("*[System[Provider[@Name='a=b<c']]]")),
             1);
    QCOMPARE(LiveEventReader::expressionCount(QStringLiteral("*[System[Level!=4 and Level<3]]")),
             2);
}

void TestLiveEventReader::canonicalChannel()
{
    QCOMPARE(LiveEventReader::canonicalChannel(QStringLiteral("system")), QStringLiteral("System"));
    QCOMPARE(LiveEventReader::canonicalChannel(QStringLiteral(" APPLICATION ")),
             QStringLiteral("Application"));
    QCOMPARE(LiveEventReader::canonicalChannel(
                 QStringLiteral("microsoft-windows-grouppolicy/operational")),
             QStringLiteral("Microsoft-Windows-GroupPolicy/Operational"));
    QCOMPARE(
        LiveEventReader::canonicalChannel(QStringLiteral("Microsoft-Windows-SMBClient/Security")),
        QStringLiteral("Microsoft-Windows-SmbClient/Security"));
    QCOMPARE(LiveEventReader::canonicalChannel(QStringLiteral("Vendor-Foo/Admin")),
             QStringLiteral("Vendor-Foo/Admin"));
}

void TestLiveEventReader::providerChannels()
{
    for (const char *provider :
         {"Application Management", "Application Management Group Policy", "Userenv", "UserEnv",
          "MsiInstaller", "Microsoft-Windows-GroupPolicy", "NETLOGON", "Netlogon", "EventLog",
          "Microsoft-Windows-Kernel-General", "Microsoft-Windows-SMBClient", "Some Vendor Agent"}) {
        const QString p = QLatin1String(provider);
        QCOMPARE(LiveEventReader::channelsForProvider(p), expectedChannels(p));
        for (int id : {30800, 30803, 30806, 31010, 31017, 31018, 32000, 30622, 31001, 102})
            QCOMPARE(LiveEventReader::channelsForEvent(p, quint16(id)), expectedChannels(p, id));
    }
}

void TestLiveEventReader::sampleCatalogue()
{
    const QList<CatalogueEntry> entries = sampleEntries();
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(entries);
    verifyExact(entries, queries);
    verifyLimits(queries, 20);

    QStringList channels;
    for (const LiveChannelQuery &q : queries)
        channels.append(q.channel);
    QCOMPARE(channels, (QStringList{QStringLiteral("Application"), QStringLiteral("System"),
                                    QStringLiteral("Microsoft-Windows-GroupPolicy/Operational"),
                                    QStringLiteral("Microsoft-Windows-SmbClient/Connectivity"),
                                    QStringLiteral("Microsoft-Windows-SmbClient/Security")}));

    // The SMB client events: 30803 in Connectivity, 31017 and 32000 in Security.
    const LiveChannelQuery *security =
        findQuery(queries, QStringLiteral("Microsoft-Windows-SmbClient/Security"));
    QVERIFY(security);
    QCOMPARE(security->query,
             QStringLiteral("*[System[Provider[@Name='Microsoft-Windows-SMBClient'] "
                            "and (EventID=31017 or EventID=32000)]]"));
    const LiveChannelQuery *connectivity =
        findQuery(queries, QStringLiteral("Microsoft-Windows-SmbClient/Connectivity"));
    QVERIFY(connectivity);
    QCOMPARE(connectivity->eventIds, QList<quint16>{30803});

    // System: Application Management Group Policy 101-110 + 201-203 + 301-308, GroupPolicy
    // admin events, NETLOGON, EventLog and Kernel-General boot markers.
    const LiveChannelQuery *system = findQuery(queries, QStringLiteral("System"));
    QVERIFY(system);
    for (const char *p : {"Application Management Group Policy", "Microsoft-Windows-GroupPolicy",
                          "NETLOGON", "EventLog", "Microsoft-Windows-Kernel-General"})
        QVERIFY2(system->providers.contains(QLatin1String(p)), p);
    QVERIFY(system->xpaths.join(QLatin1Char('\n'))
                .contains(QLatin1String(
                    "Provider[@Name='Application Management Group Policy'] and "
                    "((EventID>=101 and EventID<=110) or (EventID>=201 and EventID<=203) or "
                    "(EventID>=301 and EventID<=308))")));
    // Application: Application Management, both Userenv spellings, MsiInstaller.
    const LiveChannelQuery *application = findQuery(queries, QStringLiteral("Application"));
    QVERIFY(application);
    QCOMPARE(application->providers,
             (QStringList{QStringLiteral("Application Management"), QStringLiteral("MsiInstaller"),
                          QStringLiteral("UserEnv"), QStringLiteral("Userenv")}));
    // Two consecutive IDs stay two terms (a range would cost as much).
    QVERIFY(application->xpaths.contains(
        QStringLiteral("*[System[Provider[@Name='UserEnv' or @Name='Userenv'] and (EventID=1000 or "
                       "EventID=1054 or EventID=1055 or EventID=1058 or EventID=1085)]]")));
    qInfo().noquote() << "sample queries:";
    for (const LiveChannelQuery &q : queries)
        qInfo().noquote() << " " << q.channel << ":" << q.query;
}

void TestLiveEventReader::rangesAndSingles()
{
    QList<CatalogueEntry> entries;
    for (quint16 id : {5, 6, 7, 8, 10, 11, 20})
        entries.append(entry({QStringLiteral("Vendor")}, id, QStringLiteral("System")));
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(entries);
    QCOMPARE(queries.size(), 1);
    QCOMPARE(queries.first().query,
             QStringLiteral("*[System[Provider[@Name='Vendor'] and ((EventID>=5 and EventID<=8) or "
                            "EventID=10 or EventID=11 or EventID=20)]]"));
    QCOMPARE(queries.first().expressions, 6);
    verifyExact(entries, queries);
}

void TestLiveEventReader::expressionLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("days");
    QTest::newRow("20") << 20 << 0;
    QTest::newRow("20+days") << 20 << 30;
    QTest::newRow("32") << 32 << 0;
    QTest::newRow("4") << 4 << 7;
    QTest::newRow("clamped-low") << 1 << 0;
}

void TestLiveEventReader::expressionLimit()
{
    QFETCH(int, limit);
    QFETCH(int, days);
    // 60 scattered IDs (no runs) from two providers with different sets, plus a third
    // provider sharing the first one's IDs: every XPath must stay within the limit.
    QList<CatalogueEntry> entries;
    for (quint16 i = 0; i < 60; ++i) {
        entries.append(entry({QStringLiteral("Vendor-A")}, quint16(1000 + 2 * i)));
        entries.append(entry({QStringLiteral("Vendor-C")}, quint16(1000 + 2 * i)));
        if (i % 3 == 0)
            entries.append(entry({QStringLiteral("Vendor-B")}, quint16(5000 + 3 * i)));
    }
    LiveQueryOptions options;
    options.maxExpressions = limit;
    options.days = days;
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(entries, options);
    verifyExact(entries, queries);
    const int effective = std::max(limit, 4);
    verifyLimits(queries, effective);
    for (const LiveChannelQuery &q : queries) {
        QVERIFY(q.structured);
        QVERIFY(q.expressions <= effective);
        for (const QString &xpath : q.xpaths)
            QCOMPARE(parseXPath(xpath).timeBound, days > 0);
    }
}

void TestLiveEventReader::manyProviders()
{
    // More provider spellings for one ID than fit into one XPath: the providers are split.
    QList<CatalogueEntry> entries;
    QStringList providers;
    for (int i = 0; i < 45; ++i)
        providers.append(QStringLiteral("Agent %1").arg(i));
    entries.append(entry(providers, 42, QStringLiteral("Application")));
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(entries);
    QCOMPARE(queries.size(), 1);
    QVERIFY(queries.first().xpaths.size() >= 3);
    verifyExact(entries, queries);
    verifyLimits(queries, 20);
}

void TestLiveEventReader::timeBound()
{
    LiveQueryOptions options;
    options.days = 30;
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(sampleEntries(), options);
    verifyExact(sampleEntries(), queries);
    verifyLimits(queries, 20);
    for (const LiveChannelQuery &q : queries) {
        for (const QString &xpath : q.xpaths) {
            const Selection s = parseXPath(xpath);
            QVERIFY(s.timeBound);
            QCOMPARE(s.timeMs, qint64(2592000000)); // 30 days in ms (domain.md 7.1)
            QVERIFY(xpath.endsWith(
                QLatin1String(" and TimeCreated[timediff(@SystemTime) <= 2592000000]]]")));
        }
        if (q.structured)
            QVERIFY(q.query.contains(QLatin1String("timediff(@SystemTime) &lt;= 2592000000")));
    }
    // Three years do not overflow.
    options.days = 3 * 365;
    const Selection s =
        parseXPath(LiveEventReader::buildQueries(sampleEntries(), options).first().xpaths.first());
    QCOMPARE(s.timeMs, qint64(3) * 365 * 86400000LL);
}

void TestLiveEventReader::escaping()
{
    QList<CatalogueEntry> entries;
    entries.append(entry({QStringLiteral("O'Brien Agent")}, 7, QStringLiteral("Application")));
    entries.append(
        entry({QStringLiteral("Tom & \"Jerry\" <Sync>")}, 8, QStringLiteral("Application")));
    entries.append(entry({QStringLiteral("Both ' and \"")}, 9, QStringLiteral("Application")));
    // Force a structured query so that the XML escaping shows.
    for (quint16 i = 0; i < 30; ++i)
        entries.append(
            entry({QStringLiteral("Filler")}, quint16(100 + 2 * i), QStringLiteral("Application")));
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(entries);
    QCOMPARE(queries.size(), 1);
    const LiveChannelQuery &q = queries.first();
    QVERIFY(q.structured);
    QVERIFY(q.providers.contains(QStringLiteral("O'Brien Agent")));
    QVERIFY(!q.providers.contains(QStringLiteral("Both ' and \""))); // cannot be quoted: skipped
    QVERIFY(q.xpaths.join(QLatin1Char('\n')).contains(QLatin1String("@Name=\"O'Brien Agent\"")));
    QVERIFY(
        q.xpaths.join(QLatin1Char('\n')).contains(QLatin1String("@Name='Tom & \"Jerry\" <Sync>'")));
    QVERIFY(q.query.contains(QLatin1String("@Name='Tom &amp; \"Jerry\" &lt;Sync&gt;'")));
    QVERIFY(q.query.contains(QLatin1String("@Name=\"O'Brien Agent\"")));
    verifyLimits(queries, 20); // parses the QueryList and compares the unescaped XPaths
    const QSet<QString> keys = tripleKeys(queries);
    QVERIFY(keys.contains(key(QStringLiteral("Application"), QStringLiteral("O'Brien Agent"), 7)));
    QVERIFY(keys.contains(
        key(QStringLiteral("Application"), QStringLiteral("Tom & \"Jerry\" <Sync>"), 8)));
}

void TestLiveEventReader::emptyCatalogue()
{
    QVERIFY(LiveEventReader::buildQueries({}).isEmpty());
    // Entries without a usable provider select nothing.
    QVERIFY(LiveEventReader::buildQueries({entry({QStringLiteral("  ")}, 1)}).isEmpty());
}

void TestLiveEventReader::jsonCatalogue()
{
    const QByteArray json = R"({"schemaVersion": 1, "entries": [
  {"id": "amgp-102", "providers": ["Application Management Group Policy"], "channel": "System",
   "eventId": 102, "symbol": "EVENT_APPMGMT_INSTALL_FAILED", "title": "Software installation failed",
   "level": "error", "template": "The install of application %1 from policy %2 failed.  The error was : %%%3",
   "role": "install-failed", "causes": [],
   "fields": [{"name": "application", "source": "data:1", "type": "string"},
              {"name": "policy", "source": "data:2", "type": "string"},
              {"name": "error", "source": "data:3", "type": "error"}]},
  {"id": "appmgmt-102", "providers": ["Application Management"], "eventId": 102,
   "symbol": "EVENT_APPMGMT_INSTALL_FAILED", "title": "Software installation failed",
   "level": "error", "template": "The install of application %1 from policy %2 failed.  The error was : %%%3",
   "role": "install-failed", "causes": [],
   "fields": [{"name": "application", "source": "data:1", "type": "string"}]},
  {"id": "userenv-1000", "providers": ["Userenv"], "channel": "Application", "eventId": 1000,
   "symbol": "USERENV_1000", "title": "Group Policy processing failed", "level": "error",
   "template": "%1", "role": "policy-failed", "causes": [], "fields": []},
  {"id": "smbclient-32000", "providers": ["Microsoft-Windows-SMBClient"], "eventId": 32000,
   "symbol": "SMB1_NEGOTIATE_REFUSED", "title": "SMB1 server, SMB1 client missing", "level": "information",
   "template": "SMB1 negotiate response received", "role": "smb1-missing", "causes": [],
   "fields": [{"name": "server", "source": "data:ServerName", "type": "string"}]}
]})";
    EventCatalogue catalogue;
    QString error;
    QVERIFY2(EventCatalogue::load(json, &catalogue, &error), qPrintable(error));
    QCOMPARE(catalogue.entries().size(), 4);
    const QList<LiveChannelQuery> queries = LiveEventReader::buildQueries(catalogue.entries());
    verifyExact(catalogue.entries(), queries);
    verifyLimits(queries, 20);
    QStringList channels;
    for (const LiveChannelQuery &q : queries)
        channels.append(q.channel);
    // 32000 names no channel: it goes to the one documented for it.
    QCOMPARE(channels, (QStringList{QStringLiteral("Application"), QStringLiteral("System"),
                                    QStringLiteral("Microsoft-Windows-SmbClient/Security")}));
    const LiveChannelQuery *system = findQuery(queries, QStringLiteral("System"));
    QVERIFY(system);
    QCOMPARE(system->query,
             QStringLiteral("*[System[Provider[@Name='Application Management Group Policy'] and "
                            "(EventID=102)]]"));
    // The reader built from this catalogue gives the same queries.
    QCOMPARE(LiveEventReader(catalogue).queries().size(), queries.size());
}

void TestLiveEventReader::builtinCatalogue()
{
    const EventCatalogue &catalogue = EventCatalogue::builtin();
    QVERIFY2(!catalogue.entries().isEmpty(), "the built-in catalogue did not load");
    for (int days : {0, 30}) {
        LiveQueryOptions options;
        options.days = days;
        const QList<LiveChannelQuery> queries =
            LiveEventReader::buildQueries(catalogue.entries(), options);
        verifyExact(catalogue.entries(), queries);
        verifyLimits(queries, 20);
        QVERIFY(findQuery(queries, QStringLiteral("System")));
        QVERIFY(findQuery(queries, QStringLiteral("Application")));
        if (days == 0) {
            for (const LiveChannelQuery &q : queries)
                qInfo().noquote() << "builtin:" << q.channel << "(" << q.xpaths.size()
                                  << "XPath(s), max" << q.expressions << "expressions):" << q.query;
        }
    }
}

void TestLiveEventReader::unavailable()
{
#ifdef Q_OS_WIN
    QSKIP("live event logs are available on Windows");
#else
    QVERIFY(!LiveEventReader::platformAvailable());
    QVERIFY(!LiveEventLog::available());
    LiveEventReader reader;
    QVERIFY(!reader.available());
    int records = 0;
    const QList<ReadSummary> summaries =
        reader.read(ReadOptions(), [&](const EventRecord &) { return ++records, true; });
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().file, QStringLiteral("live"));
    QVERIFY(!summaries.first().ok);
    QCOMPARE(summaries.first().error,
             QStringLiteral("live event logs can only be read on Windows"));
    QCOMPARE(records, 0);
    // The seam says the same.
    const LiveEventLog::Result r = LiveEventLog::query({L"System", L"*"}, 0, nullptr, nullptr);
    QCOMPARE(r.status, LiveEventLog::Status::Unavailable);
    QVERIFY(!r.available);
    QCOMPARE(QString::fromStdString(r.errorText),
             QStringLiteral("live event logs can only be read on Windows"));
#endif
}

// Wine's wevtapi does not run queries (EvtQuery gives NULL and GetLastError() 0): the real
// Windows code path must end in a clear "not available", with what the API returned, and never
// in an empty history that looks clean. On real Windows the query runs: nothing to test here.
void TestLiveEventReader::unavailableUnderWine()
{
#ifndef Q_OS_WIN
    QSKIP("the wevtapi code runs on Windows only");
#else
    if (Gpsi::NativeIo::wineVersion().empty())
        QSKIP("not running under Wine: live event logs are read for real");
    const LiveEventLog::Result r =
        LiveEventLog::query({L"Application", L"*[System[EventID=102]]"}, 10, nullptr, nullptr);
    QCOMPARE(r.status, LiveEventLog::Status::Unavailable);
    QVERIFY(r.available);
    QVERIFY2(QString::fromStdString(r.errorText).contains(QStringLiteral("GetLastError() is 0")),
             r.errorText.c_str());
    LiveEventReader reader;
    QVERIFY(reader.available());
    int records = 0;
    const QList<ReadSummary> summaries =
        reader.read(ReadOptions(), [&](const EventRecord &) { return ++records, true; });
    QVERIFY(!summaries.isEmpty());
    for (const ReadSummary &s : summaries) {
        QVERIFY2(!s.ok, qPrintable(s.file));
        QVERIFY2(s.error.startsWith(
                     QStringLiteral("live event logs are not available on this system (")),
                 qPrintable(s.error));
    }
    QCOMPARE(records, 0);
#endif
}

void TestLiveEventReader::statusMapping()
{
    LiveEventReader reader(EventCatalogue{});
    QVERIFY(reader.entries().isEmpty());
    QMap<QString, QString> asked; // channel -> query text
    QStringList order;
    reader.setQueryFunction([&](const LiveEventLog::Query &q, unsigned long maxEvents,
                                const LiveEventLog::EventSink &, const std::atomic<bool> *) {
        const QString channel = QString::fromStdWString(q.channel);
        order.append(channel);
        asked.insert(channel, QString::fromStdWString(q.xpath));
        LiveEventLog::Result r;
        r.available = true;
        r.status = LiveEventLog::Status::Ok;
        if (channel.endsWith(QLatin1String("Connectivity"))) {
            r.status = LiveEventLog::Status::ChannelNotFound;
            r.error = 15007;
            r.errorText = "The specified channel could not be found.";
        } else if (channel.endsWith(QLatin1String("Security"))) {
            r.status = LiveEventLog::Status::AccessDenied;
            r.error = 5;
            r.errorText = "Access is denied.";
        } else if (channel == QLatin1String("System")) {
            r.truncated = true;
            r.renderFailures = 2;
            r.events = maxEvents;
        } else if (channel.endsWith(QLatin1String("Operational"))) {
            r.status = LiveEventLog::Status::InvalidQuery;
            r.error = 15001;
            r.errorText = "The specified query is invalid.";
        }
        return r;
    });
    QVERIFY(reader.available());
    // An empty catalogue: nothing to ask.
    QVERIFY(reader.read(ReadOptions(), nullptr).isEmpty());
    QVERIFY(order.isEmpty());

    reader.setEntries(sampleEntries());
    reader.setMaxEventsPerChannel(7);
    QList<qint64> progress;
    ReadOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        progress.append(done);
        QCOMPARE(total, qint64(5));
    };
    const QList<ReadSummary> summaries = reader.read(options, nullptr);
    const QList<LiveChannelQuery> queries = reader.queries();
    QCOMPARE(summaries.size(), queries.size());
    QCOMPARE(order.size(), queries.size());
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QCOMPARE(order.at(i), queries.at(i).channel);
        QCOMPARE(asked.value(queries.at(i).channel), queries.at(i).query);
        QCOMPARE(summaries.at(i).file, QStringLiteral("live:") + queries.at(i).channel);
        QCOMPARE(summaries.at(i).formatId(), QStringLiteral("xml"));
    }
    QCOMPARE(progress, (QList<qint64>{1, 2, 3, 4, 5}));

    const ReadSummary &application = summaries.at(0);
    QVERIFY(application.ok);
    QVERIFY(application.issues.isEmpty());

    const ReadSummary &system = summaries.at(1);
    QVERIFY(system.ok);
    QCOMPARE(system.issues.size(), 2);
    QCOMPARE(system.issues.at(0).reason,
             QStringLiteral("stopped after 7 events (the limit per log)"));
    QCOMPARE(system.issues.at(0).file, QStringLiteral("live:System"));
    QCOMPARE(system.issues.at(1).reason,
             QStringLiteral("2 event(s) could not be rendered by Windows"));
    QCOMPARE(system.issues.at(1).recordsLost, qint64(2));

    const ReadSummary &gpOperational = summaries.at(2);
    QVERIFY(!gpOperational.ok);
    QVERIFY2(gpOperational.error.startsWith(
                 QLatin1String("Windows rejected the query for the "
                               "Microsoft-Windows-GroupPolicy/Operational log")),
             qPrintable(gpOperational.error));

    const ReadSummary &connectivity = summaries.at(3);
    QVERIFY(connectivity.ok); // a channel this Windows does not have is not a failure
    QCOMPARE(connectivity.issues.size(), 1);
    QCOMPARE(
        connectivity.issues.first().reason,
        QStringLiteral("the Microsoft-Windows-SmbClient/Connectivity log does not exist on this "
                       "computer: The specified channel could not be found."));

    const ReadSummary &security = summaries.at(4);
    QVERIFY(!security.ok);
    QVERIFY2(security.error.contains(QLatin1String("administrator")), qPrintable(security.error));
    QVERIFY(security.error.contains(QLatin1String("Access is denied.")));
    QCOMPARE(security.issues.size(), 1);

    // The cancel flag set while the first channel is read: no further channel is queried.
    std::atomic<bool> cancel{false};
    order.clear();
    reader.setQueryFunction([&](const LiveEventLog::Query &q, unsigned long,
                                const LiveEventLog::EventSink &, const std::atomic<bool> *flag) {
        order.append(QString::fromStdWString(q.channel));
        [&] { QCOMPARE(flag, &cancel); }();
        cancel = true;
        LiveEventLog::Result r;
        r.available = true;
        r.status = LiveEventLog::Status::Cancelled;
        return r;
    });
    options = ReadOptions();
    options.cancel = &cancel;
    const QList<ReadSummary> cancelled = reader.read(options, nullptr);
    QCOMPARE(order, QStringList{QStringLiteral("Application")});
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(cancelled.first().cancelled);
}

void TestLiveEventReader::retrySmallerQuery()
{
    // Windows that counts expressions more strictly than documented: anything over 8 is
    // rejected (ERROR_EVT_FILTER_TOO_COMPLEX). The reader retries with smaller XPaths.
    QList<CatalogueEntry> entries;
    for (quint16 i = 0; i < 15; ++i)
        entries.append(
            entry({QStringLiteral("Vendor")}, quint16(10 + 2 * i), QStringLiteral("System")));
    LiveEventReader reader(EventCatalogue{});
    reader.setEntries(entries);
    QStringList asked;
    reader.setQueryFunction([&](const LiveEventLog::Query &q, unsigned long,
                                const LiveEventLog::EventSink &, const std::atomic<bool> *) {
        QString text = QString::fromStdWString(q.xpath);
        asked.append(text);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"));
        LiveEventLog::Result r;
        r.available = true;
        r.status = LiveEventLog::Status::Ok;
        for (const QString &xpath : text.split(QLatin1String("</Select>"))) {
            if (countComparisons(xpath.mid(xpath.lastIndexOf(QLatin1Char('>')) + 1)) > 8) {
                r.status = LiveEventLog::Status::InvalidQuery;
                r.error = 15026;
                r.errorName = "ERROR_EVT_FILTER_TOO_COMPLEX";
                r.errorText = "The query is too complex.";
            }
        }
        return r;
    });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("retrying with at most 8")));
    const QList<ReadSummary> summaries = reader.read(ReadOptions(), nullptr);
    QCOMPARE(asked.size(), 2);
    QVERIFY(!asked.first().startsWith(QLatin1Char('<')));
    QVERIFY(asked.last().startsWith(QLatin1String("<QueryList>")));
    QCOMPARE(summaries.size(), 1);
    QVERIFY2(summaries.first().ok, qPrintable(summaries.first().error));
    QCOMPARE(summaries.first().issues.size(), 1);
    QCOMPARE(summaries.first().issues.first().reason,
             QStringLiteral("Windows rejected the query with 16 expressions per XPath; it was read "
                            "with at most 8"));
}

namespace {

bool xmlReaderWorks()
{
    const QByteArray xml =
        eventXml(QStringLiteral("MsiInstaller"), 1033, QStringLiteral("Application")).toUtf8();
    Gpsi::XmlEventReader reader;
    int records = 0;
    const ReadSummary s = reader.readData(QByteArrayView(xml), ReadOptions(),
                                          [&](const EventRecord &) { return ++records, true; });
    return s.ok && records == 1;
}

// A fake live log: per channel, one event XML for every (provider, first ID) the query
// selects, then a broken one.
LiveEventReader::QueryFunction fakeLog(QStringList *asked)
{
    return [asked](const LiveEventLog::Query &q, unsigned long, const LiveEventLog::EventSink &sink,
                   const std::atomic<bool> *) {
        const QString channel = QString::fromStdWString(q.channel);
        asked->append(channel);
        LiveEventLog::Result r;
        r.available = true;
        r.status = LiveEventLog::Status::Ok;
        QString query = QString::fromStdWString(q.xpath);
        query.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"));
        QStringList events;
        for (const QString &xpath : query.split(QLatin1String("</Select>"))) {
            const Selection s = parseXPath(xpath);
            if (s.providers.isEmpty() || s.ids.isEmpty())
                continue;
            QList<quint16> ids = s.ids.values();
            std::sort(ids.begin(), ids.end());
            events.append(eventXml(s.providers.first(), ids.first(), channel));
        }
        events.append(QStringLiteral(
            "<Event "
            "xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider"));
        for (const QString &event : std::as_const(events)) {
            ++r.events;
            if (!sink(event.toStdWString())) {
                r.status = LiveEventLog::Status::Cancelled;
                break;
            }
        }
        return r;
    };
}

} // namespace

void TestLiveEventReader::recordsThroughXmlReader()
{
    // The fake log's events go through XmlEventReader: a reader that cannot read a plain
    // event fails here, with the reason, rather than further down.
    QVERIFY2(xmlReaderWorks(), "XmlEventReader does not read a plain event");
    LiveEventReader reader(EventCatalogue{});
    reader.setEntries(sampleEntries());
    QStringList asked;
    reader.setQueryFunction(fakeLog(&asked));
    QList<EventRecord> records;
    const QList<ReadSummary> summaries =
        reader.read(ReadOptions(), [&](const EventRecord &r) { return records.append(r), true; });
    QCOMPARE(summaries.size(), 5);
    QCOMPARE(asked.size(), 5);
    qint64 matched = 0;
    for (const ReadSummary &s : summaries) {
        QVERIFY2(s.ok, qPrintable(s.error));
        QVERIFY(s.recordsMatched >= 1);
        QVERIFY(s.bytes > 0);
        QVERIFY2(!s.issues.isEmpty(), qPrintable(s.file)); // the broken event
        QCOMPARE(s.issues.first().file, s.file);
        matched += s.recordsMatched;
    }
    QCOMPARE(qint64(records.size()), matched);
    bool sawAmgp = false;
    for (const EventRecord &r : std::as_const(records)) {
        if (r.provider == QLatin1String("Application Management Group Policy")) {
            sawAmgp = true;
            QCOMPARE(r.eventId, quint16(101));
            QCOMPARE(r.channel, QStringLiteral("System"));
            QCOMPARE(r.userSid, QStringLiteral("S-1-5-18"));
            QCOMPARE(r.computer, QStringLiteral("PC01.example.test"));
            QCOMPARE(r.recordId, quint64(4711));
            QCOMPARE(r.dataValue(0), QStringLiteral("7-Zip"));
            QCOMPARE(r.dataValue(2), QStringLiteral("%%1612"));
        }
    }
    QVERIFY(sawAmgp);

    // options.filter narrows what reaches the sink.
    ReadOptions options;
    options.filter.add(QStringLiteral("microsoft-windows-smbclient"), 31017);
    records.clear();
    const QList<ReadSummary> filtered =
        reader.read(options, [&](const EventRecord &r) { return records.append(r), true; });
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().eventId, quint16(31017));
    QCOMPARE(records.first().channel, QStringLiteral("Microsoft-Windows-SmbClient/Security"));
    QCOMPARE(filtered.size(), 5);
}

void TestLiveEventReader::sinkStops()
{
    // The fake log's events go through XmlEventReader: a reader that cannot read a plain
    // event fails here, with the reason, rather than further down.
    QVERIFY2(xmlReaderWorks(), "XmlEventReader does not read a plain event");
    LiveEventReader reader(EventCatalogue{});
    reader.setEntries(sampleEntries());
    QStringList asked;
    reader.setQueryFunction(fakeLog(&asked));
    int records = 0;
    const QList<ReadSummary> summaries =
        reader.read(ReadOptions(), [&](const EventRecord &) { return ++records < 2; });
    QCOMPARE(records, 2);
    QCOMPARE(asked, QStringList{QStringLiteral("Application")});
    QCOMPARE(summaries.size(), 1);
    QVERIFY(summaries.first().cancelled);
    QCOMPARE(summaries.first().recordsMatched, qint64(2));
}

QTEST_GUILESS_MAIN(TestLiveEventReader)
#include "tst_liveeventreader.moc"
