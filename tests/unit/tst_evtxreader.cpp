// The EVTX reader: real samples against python-evtx (differential), damaged and odd samples,
// truncations, threads, the filtered scan, cancelling.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>

#include "eventlog/eventreader.h"
#include "eventlog/evtxreader.h"
#include "support/evtxcompare.h"

using namespace Gpsi;

namespace {

struct Read
{
    ReadSummary summary;
    QList<EventRecord> records;
};

Read readBytes(const QByteArray &data, const ReadOptions &options = ReadOptions())
{
    Read r;
    r.summary = EvtxReader().readData(
        QByteArrayView(data), options,
        [&r](const EventRecord &record) {
            r.records.append(record);
            return true;
        },
        QStringLiteral("test.evtx"));
    return r;
}

Read readFile(const QString &file, const ReadOptions &options = ReadOptions())
{
    Read r;
    r.summary = EvtxReader().read(file, options, [&r](const EventRecord &record) {
        r.records.append(record);
        return true;
    });
    return r;
}

struct PyRun
{
    bool ok = false;
    QString why;
    QList<PyEvtxRecord> records;
    QStringList errors;
};

struct ManifestRow
{
    qint64 pyRecords = -1;
    qint64 exportRecords = -1;
    qint64 exportRecovered = -1;
};

QString issuesText(const ReadSummary &s)
{
    QStringList lines;
    for (const ReadIssue &issue : s.issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

bool hasIssue(const ReadSummary &s, const QString &needle)
{
    for (const ReadIssue &issue : s.issues) {
        if (issue.reason.contains(needle))
            return true;
    }
    return false;
}

// The first difference between two reads, or an empty string.
QString firstDifference(const QList<EventRecord> &a, const QList<EventRecord> &b)
{
    if (a.size() != b.size())
        return QStringLiteral("%1 records against %2").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i]))
            return QStringLiteral("record %1 (offset %2) differs").arg(i).arg(a[i].offset);
    }
    return {};
}

void putLe(QByteArray &b, qsizetype at, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

void appendLe(QByteArray &b, quint64 v, int bytes)
{
    b.append(QByteArray(bytes, '\0'));
    putLe(b, b.size() - bytes, v, bytes);
}

// A one-chunk EVTX file (flag 0x4: no checksums) holding one record whose template renders
// its only value, a nested binary XML value (0x21); that value is again an instance of the
// same template with a nested value, depth times, and finally the string "A":
// <Event><Event>...A...</Event></Event>.
QByteArray nestedEvtx(int depth)
{
    const qsizetype recordPos = 512; // chunk offset of the record
    const qsizetype binXml = recordPos + 24;
    const quint32 defOffset = quint32(binXml + 4 + 10);
    QByteArray body; // the template: <Event>%0</Event>
    body.append("\x0f\x01\x01\x00", 4);
    const qsizetype element = defOffset + 24 + body.size();
    body.append("\x01\xff\xff", 3);
    appendLe(body, 0, 4);                     // data size (not used)
    appendLe(body, quint64(element + 11), 4); // the name follows inline
    appendLe(body, 0, 4);
    appendLe(body, 0, 2);
    appendLe(body, 5, 2);
    for (const char c : QByteArray("Event"))
        appendLe(body, uchar(c), 2);
    appendLe(body, 0, 2);
    body.append("\x02\x0d\x00\x00\x21\x04\x00", 7);

    auto instance =
        [&]() -> QByteArray { // fragment header, template instance of the template above
        QByteArray i;
        i.append("\x0f\x01\x01\x00\x0c\x01", 6);
        appendLe(i, 0x1234, 4);
        appendLe(i, defOffset, 4);
        return i;
    };
    auto values = [](const QByteArray &value, quint8 type) -> QByteArray {
        QByteArray v;
        appendLe(v, 1, 4);
        appendLe(v, quint64(value.size()), 2);
        v.append(char(type)).append('\0');
        return v + value;
    };
    QByteArray value = values(QByteArray("A\0", 2), 0x01);
    for (int k = 0; k < depth; ++k)
        value = values(QByteArray(instance() + value), 0x21);
    QByteArray xml = instance();
    QByteArray def;
    appendLe(def, 0, 4);
    def.append(QByteArray(16, '\x11'));
    appendLe(def, quint64(body.size()), 4);
    xml += def + body + value;

    QByteArray record("**\0\0", 4);
    const quint32 size = quint32(24 + xml.size() + 4);
    appendLe(record, size, 4);
    appendLe(record, 1, 8);
    appendLe(record, 132634716323424405ULL, 8);
    record += xml;
    appendLe(record, size, 4);

    QByteArray chunk("ElfChnk\0", 8);
    chunk.append(QByteArray(512 - 8, '\0'));
    putLe(chunk, 8, 1, 8);
    putLe(chunk, 16, 1, 8);
    putLe(chunk, 24, 1, 8);
    putLe(chunk, 32, 1, 8);
    putLe(chunk, 40, 128, 4);
    putLe(chunk, 44, 512, 4);
    putLe(chunk, 48, quint64(512 + record.size()), 4);
    chunk += record;
    chunk.append(QByteArray(65536 - chunk.size(), '\0'));

    QByteArray file("ElfFile\0", 8);
    file.append(QByteArray(4096 - 8, '\0'));
    putLe(file, 24, 2, 8);
    putLe(file, 32, 128, 4);
    putLe(file, 36, 1, 2);
    putLe(file, 38, 3, 2);
    putLe(file, 40, 4096, 2);
    putLe(file, 42, 1, 2);
    putLe(file, 120, 0x4, 4);
    return file + chunk;
}

} // namespace

class TestEvtxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notEvtx();
    void headerOnly();
    void nestedBinXml();
    void fields();
    void xmlOnlyWhenAsked();
    void threadsAgree_data();
    void threadsAgree();
    void filteredScan_data();
    void filteredScan();
    void truncated_data();
    void truncated();
    void zeroedChunk();
    void damagedChunk();
    void cancelAndStop();
    void damagedSamples();
    void differential_data();
    void differential();

private:
    QString sample(const QString &name) const;
    QByteArray sampleBytes(const QString &name) const;

    QString m_data; // $GPSI_SHARED_DIR/data, empty when absent
    QStringList m_samples;
    QHash<QString, ManifestRow> m_manifest;
    QThreadPool m_pythonPool;
    QHash<QString, QFuture<PyRun>> m_python;
};

void TestEvtxReader::initTestCase()
{
    const QString shared = qEnvironmentVariable("GPSI_SHARED_DIR");
    const QString data = shared + QStringLiteral("/data");
    if (shared.isEmpty() || !QFileInfo::exists(data + QStringLiteral("/evtx")))
        return; // the sample-based tests skip
    m_data = data;
    for (const QString &dir : {QStringLiteral("evtx"), QStringLiteral("evtx-bad")}) {
        const QStringList files =
            QDir(data + QLatin1Char('/') + dir)
                .entryList({QStringLiteral("*.evtx")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            m_samples << dir + QLatin1Char('/') + f;
    }
    QFile manifest(data + QStringLiteral("/MANIFEST.tsv"));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = manifest.readAll().split('\n');
        const QList<QByteArray> head = lines.value(0).split('\t');
        const int file = head.indexOf("file"), py = head.indexOf("pyevtx_records"),
                  ex = head.indexOf("evtxexport_records"),
                  rec = head.indexOf("evtxexport_recovered");
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() <= qMax(qMax(file, py), qMax(ex, rec)) || file < 0)
                continue;
            ManifestRow row;
            bool ok = false;
            row.pyRecords = f[py].toLongLong(&ok);
            if (!ok)
                row.pyRecords = -1;
            row.exportRecords = f[ex].toLongLong(&ok);
            if (!ok)
                row.exportRecords = -1;
            row.exportRecovered = f[rec].toLongLong(&ok);
            if (!ok)
                row.exportRecovered = 0;
            m_manifest.insert(QString::fromUtf8(f[file]), row);
        }
    }
#ifdef Q_OS_WIN
    // The Windows build is compared record for record with the Linux build instead
    // (dump-events in tests/windows/cli-e2e.sh), which differential() compares with python-evtx:
    // under Wine, python-evtx took 160 s of the Windows test run.
    return;
#endif
    // python-evtx reads about 0.2 MB/s: it runs on two threads while the other tests go on.
    m_pythonPool.setMaxThreadCount(2);
    for (const QString &s : std::as_const(m_samples)) {
        const QString path = m_data + QLatin1Char('/') + s;
        m_python.insert(s, QtConcurrent::run(&m_pythonPool, [path]() {
                            PyRun run;
                            run.ok = runPyEvtx(path, &run.records, &run.errors, &run.why);
                            return run;
                        }));
    }
}

void TestEvtxReader::cleanupTestCase()
{
    m_pythonPool.waitForDone();
}

QString TestEvtxReader::sample(const QString &name) const
{
    return m_data.isEmpty() ? QString() : m_data + QLatin1Char('/') + name;
}

QByteArray TestEvtxReader::sampleBytes(const QString &name) const
{
    QFile f(sample(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

#define NEED_SAMPLES()                                                                             \
    do {                                                                                           \
        if (m_data.isEmpty())                                                                      \
            QSKIP("GPSI_SHARED_DIR/data/evtx is absent: the real EVTX samples are needed");        \
    } while (false)

void TestEvtxReader::notEvtx()
{
    const QList<QByteArray> inputs = {
        QByteArray(),
        QByteArray("ElfFile"),
        QByteArray(4096, '\0'),
        QByteArray("\x30\0\0\0LfLe\x01\0\0\0\x01\0\0\0", 16) + QByteArray(0x30, '\0'), // .evt
        QByteArray("<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'>"),
        QByteArray("ElfFile\0", 8) + QByteArray(20, '\x7f'), // the signature, then too short
    };
    for (const QByteArray &input : inputs) {
        const Read r = readBytes(input);
        QVERIFY(!r.summary.ok);
        QVERIFY(!r.summary.error.isEmpty());
        QVERIFY(!r.summary.error.contains(QLatin1Char('\n')));
        QVERIFY(r.records.isEmpty());
        QCOMPARE(r.summary.recordsSeen, 0);
    }
    // Through the factory, a file that is no EVTX is not read as one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("random.evtx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100000, 'x'));
    f.close();
    const Read r = readFile(path);
    QVERIFY(!r.summary.ok);
    QVERIFY(r.records.isEmpty());
}

void TestEvtxReader::nestedBinXml()
{
    ReadOptions o;
    o.renderXml = true;
    for (int depth : {0, 1, 3}) {
        const Read r = readBytes(nestedEvtx(depth), o);
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QVERIFY2(r.summary.issues.isEmpty(), qPrintable(issuesText(r.summary)));
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records.first().xml, QStringLiteral("<Event>").repeated(depth + 1) +
                                            QLatin1Char('A') +
                                            QStringLiteral("</Event>").repeated(depth + 1));
        QCOMPARE(r.records.first().timeText(), QStringLiteral("2021-04-21T09:40:32.3424405Z"));
    }
    // Nesting is capped: the record is reported, nothing overflows.
    for (int depth : {12, 200, 2000}) {
        const Read r = readBytes(nestedEvtx(depth), o);
        QVERIFY(r.summary.ok);
        QVERIFY(r.records.isEmpty());
        QCOMPARE(r.summary.recordsDamaged, 1);
        QVERIFY2(hasIssue(r.summary, QStringLiteral("nested too deeply")),
                 qPrintable(issuesText(r.summary)));
    }
}

void TestEvtxReader::headerOnly()
{
    NEED_SAMPLES();
    const QByteArray full = sampleBytes(QStringLiteral("evtx/omerbenamram_security.evtx"));
    QVERIFY(full.size() > 4096);
    for (int cut : {128, 2000, 4096}) {
        const Read r = readBytes(full.left(cut));
        QVERIFY2(r.summary.ok, qPrintable(r.summary.error));
        QVERIFY(r.records.isEmpty());
        QVERIFY2(hasIssue(r.summary, QStringLiteral("before its first chunk")),
                 qPrintable(issuesText(r.summary)));
    }
    QVERIFY(!readBytes(full.left(100)).summary.ok);
}

void TestEvtxReader::fields()
{
    NEED_SAMPLES();
    // A classic source: MsiInstaller 11708 "Installation failed", insertion strings as an array.
    Read r = readFile(sample(QStringLiteral("evtx/deepblue_many-events-application.evtx")));
    QVERIFY(r.summary.ok);
    const EventRecord *msi = nullptr;
    for (const EventRecord &e : r.records) {
        if (e.eventId == 11708 && e.provider == QLatin1String("MsiInstaller")) {
            msi = &e;
            break;
        }
    }
    QVERIFY(msi);
    QCOMPARE(msi->recordId, quint64(1724));
    QCOMPARE(msi->timeText(), QStringLiteral("2016-08-30T15:21:37.0000000Z"));
    QVERIFY(msi->hasQualifiers);
    QCOMPARE(msi->qualifiers, quint16(0));
    QCOMPARE(msi->level, quint8(4));
    QCOMPARE(msi->keywords, quint64(0x80000000000000));
    QCOMPARE(msi->channel, QStringLiteral("Application"));
    QCOMPARE(msi->computer, QStringLiteral("IE10Win7"));
    QCOMPARE(msi->userSid, QStringLiteral("S-1-5-21-3463664321-2923530833-3546627382-1000"));
    QVERIFY(msi->providerGuid.isEmpty());
    QCOMPARE(msi->data.size(), 7);
    QCOMPARE(msi->dataValue(0), QStringLiteral("Product: EMET 5.51 -- Installation failed."));
    QCOMPARE(msi->dataValue(1), QStringLiteral("(NULL)"));
    QVERIFY(msi->data[0].name.isEmpty());
    QVERIFY(msi->offset > 4096);
    QVERIFY(msi->xml.isEmpty());

    // A manifest provider with named data.
    r = readFile(sample(QStringLiteral("evtx/mitre_psexec_admin_share_5140_5145.evtx")));
    QVERIFY(r.summary.ok);
    QCOMPARE(r.records.size(), 30);
    const EventRecord &logon = r.records.first();
    QCOMPARE(logon.eventId, quint16(4624));
    QVERIFY(!logon.hasQualifiers);
    QCOMPARE(logon.recordId, quint64(349321)); // EventRecordID; the record header says 1
    QCOMPARE(logon.provider, QStringLiteral("Microsoft-Windows-Security-Auditing"));
    QCOMPARE(logon.providerGuid, QStringLiteral("{54849625-5478-4994-A5BA-3E3B0328C30D}"));
    QCOMPARE(logon.activityId, QStringLiteral("{42422748-35ED-0000-6027-4242ED35D701}"));
    QCOMPARE(logon.version, quint8(2));
    QCOMPARE(logon.task, quint16(12544));
    QCOMPARE(logon.keywords, quint64(0x8020000000000000ULL));
    QCOMPARE(logon.channel, QStringLiteral("Security"));
    QCOMPARE(logon.timeText(), QStringLiteral("2021-04-21T09:40:32.3423972Z"));
    QCOMPARE(logon.dataValue(QStringLiteral("TargetUserName")), QStringLiteral("admmig"));
    QCOMPARE(logon.dataValue(QStringLiteral("LogonGuid")),
             QStringLiteral("{b8c3a477-69db-d96f-f0c0-889ccecb69ee}"));
    QCOMPARE(logon.dataValue(QStringLiteral("TargetLogonId")),
             QStringLiteral("0x0000000001375fbd"));
    QCOMPARE(logon.data.first().name, QStringLiteral("SubjectUserSid"));
    QCOMPARE(logon.data.size(), 27);

    // UserData: the leaves under UserData's child.
    r = readFile(sample(QStringLiteral("evtx/omerbenamram_system_win10-1703.evtx")));
    const EventRecord *pnp = nullptr;
    for (const EventRecord &e : r.records) {
        if (e.eventId == 20003 &&
            e.dataValue(QStringLiteral("ServiceName")) == QLatin1String("BTHUSB")) {
            pnp = &e;
            break;
        }
    }
    QVERIFY(pnp);
    QCOMPARE(pnp->provider, QStringLiteral("Microsoft-Windows-UserPnp"));
    QCOMPARE(pnp->data.size(), 6);
    QCOMPARE(pnp->data[2].name, QStringLiteral("DeviceInstanceID"));
    QCOMPARE(pnp->data[2].value, QStringLiteral("USB\\VID_0E0F&PID_0008\\000650268328"));
    QCOMPARE(pnp->dataValue(QStringLiteral("PrimaryService")), QStringLiteral("True"));
}

void TestEvtxReader::xmlOnlyWhenAsked()
{
    NEED_SAMPLES();
    const QString file = sample(QStringLiteral("evtx/omerbenamram_new-user-security.evtx"));
    const Read plain = readFile(file);
    ReadOptions withXml;
    withXml.renderXml = true;
    const Read rendered = readFile(file, withXml);
    QCOMPARE(plain.records.size(), 4);
    QCOMPARE(rendered.records.size(), 4);
    for (qsizetype i = 0; i < 4; ++i) {
        QVERIFY(plain.records[i].xml.isEmpty());
        const QString &xml = rendered.records[i].xml;
        QVERIFY(xml.startsWith(QLatin1String("<Event xmlns=")));
        QVERIFY(xml.endsWith(QLatin1String("</Event>")));
        EventRecord withoutXml = rendered.records[i];
        withoutXml.xml.clear();
        QVERIFY(withoutXml == plain.records[i]);
    }
}

void TestEvtxReader::threadsAgree_data()
{
    QTest::addColumn<QString>("file");
    if (m_samples.isEmpty())
        QTest::newRow("no-samples") << QString();
    for (const QString &s : std::as_const(m_samples))
        QTest::newRow(qPrintable(s)) << s;
}

void TestEvtxReader::threadsAgree()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("GPSI_SHARED_DIR/data/evtx is absent");
    ReadOptions one;
    one.threads = 1;
    one.renderXml = true;
    ReadOptions two = one;
    two.threads = 2;
    ReadOptions ideal = one;
    ideal.threads = 0;
    ReadOptions many = one;
    many.threads = 7;
    const Read a = readFile(sample(file), one);
    QVERIFY(a.summary.ok);
    for (const ReadOptions &o : {two, ideal, many}) {
        const Read b = readFile(sample(file), o);
        const QString diff = firstDifference(a.records, b.records);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(b.summary.recordsSeen, a.summary.recordsSeen);
        QCOMPARE(b.summary.recordsMatched, a.summary.recordsMatched);
        QCOMPARE(b.summary.recordsDamaged, a.summary.recordsDamaged);
        QCOMPARE(issuesText(b.summary), issuesText(a.summary));
    }
}

void TestEvtxReader::filteredScan_data()
{
    threadsAgree_data();
}

void TestEvtxReader::filteredScan()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("GPSI_SHARED_DIR/data/evtx is absent");
    ReadOptions all;
    all.renderXml = true;
    const Read full = readFile(sample(file), all);
    QVERIFY(full.summary.ok);
    if (full.records.isEmpty())
        return;
    // The IDs present, most frequent first.
    QHash<quint16, int> counts;
    for (const EventRecord &e : full.records)
        ++counts[e.eventId];
    QList<quint16> ids = counts.keys();
    std::sort(ids.begin(), ids.end(), [&](quint16 x, quint16 y) {
        return counts[x] != counts[y] ? counts[x] > counts[y] : x < y;
    });
    const EventRecord &first = full.records.first();
    const EventRecord &last = full.records.last();

    QList<EventFilter> filters;
    EventFilter byIds; // a common ID, a rare one and one that is absent
    byIds.addEventId(ids.first());
    byIds.addEventId(ids.last());
    byIds.addEventId(quint16(65535));
    filters << byIds;
    EventFilter byProvider; // provider rules, one with the wrong provider, one by channel
    byProvider.add(first.provider.toUpper(), first.eventId);
    byProvider.add(QStringLiteral("No-Such-Provider"), last.eventId);
    byProvider.add(QString(), ids.value(1, ids.first()), last.channel);
    filters << byProvider;
    EventFilter byChannel; // a rule whose channel does not match
    byChannel.add(last.provider, last.eventId, QStringLiteral("No/Such/Channel"));
    filters << byChannel;

    for (const EventFilter &filter : std::as_const(filters)) {
        QList<EventRecord> expected;
        for (const EventRecord &e : full.records) {
            if (filter.accepts(e.provider, e.channel, e.eventId))
                expected << e;
        }
        for (int threads : {1, 2}) {
            ReadOptions o = all;
            o.filter = filter;
            o.threads = threads;
            const Read scan = readFile(sample(file), o);
            const QString diff = firstDifference(scan.records, expected);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(scan.summary.recordsSeen, full.summary.recordsSeen);
            QCOMPARE(scan.summary.recordsMatched, qint64(expected.size()));
        }
    }
}

void TestEvtxReader::truncated_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<bool>("atChunk");
    QTest::newRow("after-chunk-1") << 4096 + 65536 << true;
    QTest::newRow("after-chunk-3") << 4096 + 3 * 65536 << true;
    QTest::newRow("inside-chunk-2-header") << 4096 + 2 * 65536 + 300 << false;
    QTest::newRow("inside-chunk-2") << 4096 + 2 * 65536 + 30001 << false;
    QTest::newRow("inside-chunk-0") << 4096 + 777 << false;
}

void TestEvtxReader::truncated()
{
    NEED_SAMPLES();
    QFETCH(int, cut);
    QFETCH(bool, atChunk);
    const QByteArray bytes = sampleBytes(QStringLiteral("evtx/omerbenamram_security.evtx"));
    ReadOptions o;
    o.renderXml = true;
    const Read full = readBytes(bytes, o);
    QCOMPARE(full.records.size(), 2261);
    const Read part = readBytes(bytes.left(cut), o);
    QVERIFY2(part.summary.ok, qPrintable(part.summary.error));
    QVERIFY(!part.summary.issues.isEmpty());
    // A prefix of the full read: every record wholly before the cut, nothing else.
    QVERIFY(part.records.size() <= full.records.size());
    for (qsizetype i = 0; i < part.records.size(); ++i)
        QVERIFY2(part.records[i] == full.records[i], qPrintable(QString::number(i)));
    qint64 wholly = 0; // records that end before the cut
    for (qsizetype i = 0; i < full.records.size(); ++i) {
        const qint64 end =
            i + 1 < full.records.size() && (full.records[i + 1].offset - 4096) / 65536 ==
                                               (full.records[i].offset - 4096) / 65536
                ? full.records[i + 1].offset
                : -1;
        if (full.records[i].offset < cut && (end < 0 ? true : end <= cut))
            ++wholly;
    }
    QCOMPARE(part.records.size(), wholly);
    QVERIFY2(hasIssue(part.summary, QStringLiteral("truncated")),
             qPrintable(issuesText(part.summary)));
    if (!atChunk)
        QVERIFY2(hasIssue(part.summary, QStringLiteral("file ends")),
                 qPrintable(issuesText(part.summary)));
}

void TestEvtxReader::zeroedChunk()
{
    NEED_SAMPLES();
    QByteArray bytes = sampleBytes(QStringLiteral("evtx/omerbenamram_security.evtx"));
    const Read full = readBytes(bytes);
    const qint64 start = 4096 + 2 * 65536;
    bytes.replace(start, 65536, QByteArray(65536, '\0'));
    const Read r = readBytes(bytes);
    QVERIFY(r.summary.ok);
    QList<EventRecord> expected;
    for (const EventRecord &e : full.records) {
        if (e.offset < start || e.offset >= start + 65536)
            expected << e;
    }
    QVERIFY(expected.size() < full.records.size());
    const QString diff = firstDifference(r.records, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(r.summary.issues.size(), 1);
    QVERIFY2(hasIssue(r.summary, QStringLiteral("chunk 2 is all zeros")),
             qPrintable(issuesText(r.summary)));
}

void TestEvtxReader::damagedChunk()
{
    NEED_SAMPLES();
    QByteArray bytes = sampleBytes(QStringLiteral("evtx/omerbenamram_security.evtx"));
    const Read full = readBytes(bytes);
    const qint64 chunk = 4096 + 65536;
    QByteArray damaged = bytes;
    // The signature of chunk 1 and the size of one of its records.
    damaged[chunk] = 'X';
    QByteArray broken = bytes;
    const qint64 third = full.records[93].offset; // a record in chunk 1
    QVERIFY(third > chunk && third < chunk + 65536);
    for (int i = 4; i < 8; ++i)
        broken[third + i] = char(0xff);

    Read r = readBytes(damaged);
    QVERIFY(r.summary.ok);
    QVERIFY2(hasIssue(r.summary, QStringLiteral("chunk 1: bad signature")),
             qPrintable(issuesText(r.summary)));
    // Its tables are sane, so its records are still read.
    QCOMPARE(r.records.size(), full.records.size());

    r = readBytes(broken);
    QVERIFY(r.summary.ok);
    QVERIFY2(hasIssue(r.summary, QStringLiteral("record data checksum mismatch")),
             qPrintable(issuesText(r.summary)));
    QVERIFY2(hasIssue(r.summary, QStringLiteral("impossible size")),
             qPrintable(issuesText(r.summary)));
    // One record lost, the rest of the chunk found again.
    QCOMPARE(r.records.size(), full.records.size() - 1);
    QCOMPARE(r.summary.recordsDamaged, 0);

    // Garbage inside a record's binary XML: that record is reported, the others are read.
    QByteArray garbled = bytes;
    const EventRecord &victim = full.records[150];
    for (int i = 24; i < 60; ++i)
        garbled[victim.offset + i] = char(0xee);
    r = readBytes(garbled);
    QVERIFY(r.summary.ok);
    QCOMPARE(r.summary.recordsDamaged, 1);
    QCOMPARE(r.records.size(), full.records.size() - 1);
    bool reported = false;
    for (const ReadIssue &issue : std::as_const(r.summary.issues))
        reported |= issue.offset == victim.offset && issue.recordsLost == 1;
    QVERIFY2(reported, qPrintable(issuesText(r.summary)));
}

void TestEvtxReader::cancelAndStop()
{
    NEED_SAMPLES();
    const QString file =
        sample(QStringLiteral("evtx/deepblue_smb-password-guessing-security_3MB.evtx"));
    for (int threads : {1, 2}) {
        ReadOptions o;
        o.threads = threads;
        int n = 0;
        ReadSummary s = EvtxReader().read(file, o, [&n](const EventRecord &) { return ++n < 5; });
        QVERIFY(s.cancelled);
        QCOMPARE(n, 5);
        QCOMPARE(s.recordsMatched, 5);

        std::atomic<bool> cancel(false);
        o.cancel = &cancel;
        qint64 lastDone = -1, total = -1;
        o.progress = [&](qint64 done, qint64 size) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            total = size;
        };
        n = 0;
        s = EvtxReader().read(file, o, [&](const EventRecord &) {
            if (++n == 300)
                cancel = true;
            return true;
        });
        QVERIFY(s.cancelled);
        QVERIFY(n >= 300 && n < 3561);
        QVERIFY(lastDone > 0 && lastDone < total);
        QCOMPARE(total, QFileInfo(file).size());
    }
    // Progress reaches the end on a full read.
    ReadOptions o;
    qint64 lastDone = 0, total = 0;
    o.progress = [&](qint64 done, qint64 size) {
        lastDone = done;
        total = size;
    };
    const ReadSummary s = EvtxReader().read(file, o, [](const EventRecord &) { return true; });
    QVERIFY(!s.cancelled);
    QCOMPARE(s.recordsMatched, 3561);
    QCOMPARE(lastDone, total);
}

void TestEvtxReader::damagedSamples()
{
    NEED_SAMPLES();
    // Token 0x05 in attributes, elements without dependency identifiers (forwarded events):
    // python-evtx and evtxexport read nothing here.
    Read r = readFile(sample(QStringLiteral("evtx-bad/omerbenamram_issue_201.evtx")));
    QVERIFY(r.summary.ok);
    QCOMPARE(r.records.size(), 1);
    const EventRecord &cmdlet = r.records.first();
    QCOMPARE(cmdlet.provider, QStringLiteral("MSExchange CmdletLogs"));
    QCOMPARE(cmdlet.eventId, quint16(1));
    QVERIFY(cmdlet.hasQualifiers);
    QCOMPARE(cmdlet.qualifiers, quint16(16384));
    QCOMPARE(cmdlet.channel, QStringLiteral("MSExchange Management"));
    QCOMPARE(cmdlet.computer, QStringLiteral("WEC.ave.local"));
    QCOMPARE(cmdlet.recordId, quint64(3229));
    QCOMPARE(cmdlet.timeText(), QStringLiteral("2021-11-19T16:52:33.8337335Z"));
    QCOMPARE(cmdlet.dataValue(0), QStringLiteral("Set-Mailbox"));
    QVERIFY(cmdlet.dataValue(10).contains(QStringLiteral("forêt")));

    r = readFile(sample(QStringLiteral("evtx-bad/mitre_bloodhound_5140_5145_token05.evtx")));
    QVERIFY(r.summary.ok);
    QCOMPARE(r.records.size(), 91);
    QVERIFY(r.summary.issues.isEmpty());
    int shares = 0;
    for (const EventRecord &e : r.records) {
        if (e.eventId == 5140 || e.eventId == 5145) {
            ++shares;
            QCOMPARE(e.provider, QStringLiteral("Microsoft-Windows-Security-Auditing"));
            QVERIFY(!e.dataValue(QStringLiteral("ShareName")).isEmpty());
        }
    }
    QCOMPARE(shares, 90);

    // ANSI strings with bytes above 0x7f (python-evtx: UnicodeDecodeError): Windows-1252.
    r = readFile(sample(QStringLiteral("evtx-bad/python-evtx_dns_log_malformed.evtx")));
    QCOMPARE(r.records.size(), 5);
    QCOMPARE(r.records[1].dataValue(QStringLiteral("QNAME")),
             QStringLiteral("b._dns-sd._udp.@\u00a65\u0001."));

    // Garbage in the header flags is reported, not fatal.
    r = readFile(
        sample(QStringLiteral("evtx-bad/omerbenamram_post-Security_bad-header-flags.evtx")));
    QVERIFY(r.summary.ok);
    QCOMPARE(r.records.size(), 126);
    QCOMPARE(r.summary.issues.size(), 1);
    QCOMPARE(r.summary.issues.first().offset, 120);

    // Flag 0x4: no checksums stored, none reported.
    r = readFile(sample(QStringLiteral("evtx/omerbenamram_Application_no_crc32.evtx")));
    QCOMPARE(r.records.size(), 17);
    QVERIFY2(r.summary.issues.isEmpty(), qPrintable(issuesText(r.summary)));

    // A zero-size record in chunk 0: python-evtx stops there and loses the rest of the chunk.
    r = readFile(
        sample(QStringLiteral("evtx-bad/omerbenamram_sample-with-zero-data-size-event.evtx")));
    QCOMPARE(r.records.size(), 449); // evtxexport: 335 + 114 recovered
    QVERIFY2(hasIssue(r.summary, QStringLiteral("impossible size (0)")),
             qPrintable(issuesText(r.summary)));

    // Chunk headers zeroed (two blocks), records with no size copy, records lost to zeros.
    r = readFile(
        sample(QStringLiteral("evtx-bad/omerbenamram_sample_with_a_bad_chunk_magic.evtx")));
    QVERIFY(r.summary.ok);
    QCOMPARE(r.records.size(), 300); // python-evtx 269 + 1 garbage, evtxexport 267
    QVERIFY2(hasIssue(r.summary, QStringLiteral("chunk 6: bad signature")),
             qPrintable(issuesText(r.summary)));
    QVERIFY(hasIssue(r.summary, QStringLiteral("chunk 10: bad signature")));
    QVERIFY(hasIssue(r.summary, QStringLiteral("damaged size copy")));
    QVERIFY(hasIssue(r.summary, QStringLiteral("checksum mismatch")));
    QVERIFY(hasIssue(r.summary, QStringLiteral("chunks 1 to 5 are all zeros")));
    QVERIFY(hasIssue(r.summary, QStringLiteral("chunks 11 to 15 are all zeros")));
    QVERIFY(r.summary.recordsDamaged > 0);

    // A damaged common-string table in a chunk header: only the checksum notices.
    r = readFile(sample(QStringLiteral("evtx-bad/omerbenamram_security_bad_string_cache.evtx")));
    QCOMPARE(r.records.size(), 2261);
    QCOMPARE(r.summary.issues.size(), 1);
    QVERIFY(hasIssue(r.summary, QStringLiteral("chunk 0: header checksum mismatch")));
}

void TestEvtxReader::differential_data()
{
    threadsAgree_data();
}

void TestEvtxReader::differential()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("GPSI_SHARED_DIR/data/evtx is absent");
#ifdef Q_OS_WIN
    QSKIP("on Windows the records are compared with the Linux build's (tests/windows/cli-e2e.sh), "
          "which this test compares with python-evtx");
#endif
    const PyRun py = m_python.value(file).result();
    if (!py.ok)
        QSKIP(qPrintable(QStringLiteral("python-evtx cannot run: %1").arg(py.why)));
    const bool bad = file.startsWith(QLatin1String("evtx-bad/"));

    ReadOptions o;
    o.renderXml = true;
    const Read ours = readFile(sample(file), o);
    QVERIFY2(ours.summary.ok, qPrintable(ours.summary.error));
    QHash<qint64, const EventRecord *> byOffset;
    for (const EventRecord &e : ours.records)
        byOffset.insert(e.offset, &e);

    // Every record python-evtx reads, we read the same way.
    QStringList differences;
    int garbage = 0;
    for (const PyEvtxRecord &p : py.records) {
        const EventRecord *e = byOffset.value(p.offset);
        if (!e) {
            // python-evtx reads a record whose values were never written as a record of
            // empty values; we leave it out (and report it).
            if (bad && p.recordId < 0 && p.provider.isEmpty()) {
                ++garbage;
                continue;
            }
            differences
                << QStringLiteral("offset %1: record %2 missing").arg(p.offset).arg(p.number);
            continue;
        }
        QStringList why;
        const quint64 id = p.recordId >= 0 ? quint64(p.recordId) : p.number;
        if (e->recordId != id)
            why << QStringLiteral("record id %1, python %2").arg(e->recordId).arg(id);
        if (pyEvtxTimeText(e->fileTime) != p.time)
            why << QStringLiteral("time %1, python %2").arg(pyEvtxTimeText(e->fileTime), p.time);
        if (e->provider != p.provider)
            why << QStringLiteral("provider %1, python %2").arg(e->provider, p.provider);
        if (e->eventId != quint16(p.eventId))
            why << QStringLiteral("event ID %1, python %2").arg(e->eventId).arg(p.eventId);
        const QString a = normaliseEventXml(e->xml);
        const QString b = normaliseEventXml(p.xml);
        if (a != b) {
            qsizetype k = 0;
            while (k < a.size() && k < b.size() && a[k] == b[k])
                ++k;
            why << QStringLiteral("XML differs at %1:\n  ours:   %2\n  python: %3")
                       .arg(k)
                       .arg(a.mid(qMax<qsizetype>(0, k - 80), 240),
                            b.mid(qMax<qsizetype>(0, k - 80), 240));
        }
        if (!why.isEmpty())
            differences << QStringLiteral("offset %1: %2")
                               .arg(p.offset)
                               .arg(why.join(QStringLiteral("; ")));
    }
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 records differ; first:\n%3")
                            .arg(differences.size())
                            .arg(py.records.size())
                            .arg(differences.mid(0, 3).join(QLatin1Char('\n')))));
    QVERIFY(garbage <= 1);

    const ManifestRow m = m_manifest.value(file);
    if (!bad) {
        // Healthy logs: the same records as python-evtx, no error anywhere, nothing to report.
        QVERIFY2(py.errors.isEmpty(), qPrintable(py.errors.join(QLatin1Char('\n'))));
        QCOMPARE(ours.records.size(), py.records.size());
        QVERIFY2(ours.summary.issues.isEmpty(), qPrintable(issuesText(ours.summary)));
        QCOMPARE(ours.summary.recordsDamaged, 0);
        if (m.pyRecords >= 0)
            QCOMPARE(ours.records.size(), m.pyRecords);
        if (m.exportRecords >= 0)
            QCOMPARE(ours.records.size(), m.exportRecords);
    } else {
        // At least what the better of python-evtx and evtxexport keeps.
        QVERIFY(ours.records.size() >= py.records.size() - garbage);
        QVERIFY(ours.records.size() >= m.pyRecords - garbage);
        QVERIFY(ours.records.size() >= m.exportRecords);
        // python-evtx's failures: records we read (its limits) or damage we report.
        QVERIFY(ours.records.size() + ours.summary.recordsDamaged >=
                    py.records.size() - garbage + py.errors.size() ||
                !ours.summary.issues.isEmpty());
    }
    qInfo("%s: ours %lld, python-evtx %lld (+%lld failed), evtxexport %lld (+%lld recovered), "
          "%lld issue(s)",
          qPrintable(file), qint64(ours.records.size()), qint64(py.records.size()),
          qint64(py.errors.size()), m.exportRecords, m.exportRecovered,
          qint64(ours.summary.issues.size()));
}

QTEST_GUILESS_MAIN(TestEvtxReader)
#include "tst_evtxreader.moc"
