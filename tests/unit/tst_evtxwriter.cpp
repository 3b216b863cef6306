// The test-only EVTX writer (tests/support/evtxwriter.h) against two independent parsers and our
// own reader: every generated file must be valid EVTX (checked here structure by structure),
// python-evtx and GPSI's EvtxReader must agree on every record (and both on what was written),
// evtxexport must read every record. Also: the committed KB 323304 fixtures and fuzz seeds are
// exactly what the generator writes today, and every fixture reads back with its reader.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

#include "eventlog/eventreader.h"
#include "eventlog/evtxreader.h"
#include "support/evtxcompare.h"
#include "support/evtxwriter.h"
#include "support/makeeventfixtures.h"

using namespace Gpsi;
using Gpsi::Test::EvtxWriterOptions;

Q_DECLARE_METATYPE(QList<Gpsi::EventRecord>)
Q_DECLARE_METATYPE(Gpsi::Test::EvtxWriterOptions)

namespace {

constexpr int kHeader = 4096;
constexpr int kChunk = 65536;

quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(le16(b, at)) | (quint32(le16(b, at + 2)) << 16);
}

quint64 le64(const QByteArray &b, qsizetype at)
{
    return quint64(le32(b, at)) | (quint64(le32(b, at + 4)) << 32);
}

qint64 fileTimeAt(int hour, int minute, int second, int ms = 0)
{
    return EventRecord::fileTimeFromDateTime(
        QDateTime(QDate(2024, 3, 9), QTime(hour, minute, second, ms), QTimeZone::utc()));
}

// What an independent walk of the file finds.
struct Layout
{
    int chunks = 0;
    int records = 0;
    QList<quint64> recordIds;
    QList<int> templatesPerChunk; // template definitions reachable from the chunk's table
    QList<int> namesPerChunk;     // names in the chunk's common-string table
    QStringList problems;
};

// Checks the file header, every chunk header, both CRC32s of each chunk (unless the file says
// there are none), the record framing and the first/last record ids of every chunk.
Layout walk(const QByteArray &file, int corruptChunk = -1)
{
    Layout l;
    auto problem = [&l](const QString &p) { l.problems << p; };
    if (file.size() < kHeader || !file.startsWith(QByteArrayLiteral("ElfFile\0"))) {
        problem(QStringLiteral("no file header"));
        return l;
    }
    const quint32 flags = le32(file, 120);
    const bool noCrc = flags & 0x4;
    if (!noCrc && le32(file, 124) != Test::evtxCrc32(file.constData(), 120))
        problem(QStringLiteral("file header CRC"));
    if (le32(file, 32) != 128 || le16(file, 38) != 3 || le16(file, 40) != kHeader)
        problem(QStringLiteral("file header sizes/version"));
    const int chunkCount = le16(file, 42);
    if ((file.size() - kHeader) % kChunk != 0 || (file.size() - kHeader) / kChunk != chunkCount)
        problem(QStringLiteral("file size does not match %1 chunks").arg(chunkCount));
    if (le64(file, 8) != 0 || le64(file, 16) != quint64(chunkCount - 1))
        problem(QStringLiteral("first/last chunk number"));
    quint64 lastId = 0;
    for (int c = 0; c < chunkCount; ++c) {
        const QByteArray chunk = file.mid(kHeader + qsizetype(c) * kChunk, kChunk);
        ++l.chunks;
        const bool corrupt = c == corruptChunk;
        if (!corrupt && !chunk.startsWith(QByteArrayLiteral("ElfChnk\0")))
            problem(QStringLiteral("chunk %1 magic").arg(c));
        const quint32 free = le32(chunk, 48);
        if (free < 512 || free > quint32(kChunk)) {
            problem(QStringLiteral("chunk %1 free space offset %2").arg(c).arg(free));
            continue;
        }
        if (!noCrc && !corrupt) {
            const QByteArray covered = chunk.left(120) + chunk.mid(128, 384);
            if (le32(chunk, 124) != Test::evtxCrc32(covered.constData(), covered.size()))
                problem(QStringLiteral("chunk %1 header CRC").arg(c));
            if (le32(chunk, 52) != Test::evtxCrc32(chunk.constData() + 512, free - 512))
                problem(QStringLiteral("chunk %1 records CRC").arg(c));
        }
        if (noCrc && (le32(chunk, 52) != 0 || le32(chunk, 124) != 0))
            problem(QStringLiteral("chunk %1 has CRCs in a no-CRC file").arg(c));
        // Records.
        qsizetype at = 512;
        quint64 first = 0;
        quint64 last = 0;
        quint32 lastOffset = 0;
        while (at < qsizetype(free)) {
            if (le32(chunk, at) != 0x2a2a) {
                problem(QStringLiteral("chunk %1: no record signature at %2").arg(c).arg(at));
                break;
            }
            const quint32 size = le32(chunk, at + 4);
            if (size < 28 || at + size > free || le32(chunk, at + size - 4) != size ||
                size % 8 != 0) {
                problem(QStringLiteral("chunk %1: bad record size at %2").arg(c).arg(at));
                break;
            }
            const quint64 id = le64(chunk, at + 8);
            if (!first)
                first = id;
            last = id;
            lastOffset = quint32(at);
            l.recordIds << id;
            ++l.records;
            at += size;
        }
        if (le64(chunk, 24) != first || le64(chunk, 32) != last)
            problem(QStringLiteral("chunk %1: first/last record id").arg(c));
        if (le32(chunk, 44) != lastOffset)
            problem(QStringLiteral("chunk %1: last record offset").arg(c));
        lastId = qMax(lastId, last);
        // The string and template tables: every entry is reachable and sane.
        int names = 0;
        for (int b = 0; b < 64; ++b) {
            for (quint32 off = le32(chunk, 128 + 4 * b); off; off = le32(chunk, off)) {
                if (off + 8 > free || ++names > 10000) {
                    problem(QStringLiteral("chunk %1: string table").arg(c));
                    break;
                }
                if (le16(chunk, off + 4) % 64 != b)
                    problem(QStringLiteral("chunk %1: name in the wrong bucket").arg(c));
            }
        }
        int templates = 0;
        for (int b = 0; b < 32; ++b) {
            for (quint32 off = le32(chunk, 384 + 4 * b); off; off = le32(chunk, off)) {
                if (off < 522 || off + 24 > free || ++templates > 10000) {
                    problem(QStringLiteral("chunk %1: template table").arg(c));
                    break;
                }
                // python-evtx's rule: the instance token 10 bytes before, pointing here.
                if (quint8(chunk.at(off - 10)) != 0x0c || le32(chunk, off - 4) != off)
                    problem(QStringLiteral("chunk %1: template %2 not after its instance")
                                .arg(c)
                                .arg(off));
            }
        }
        l.namesPerChunk << names;
        l.templatesPerChunk << templates;
    }
    if (le64(file, 24) != lastId + 1)
        problem(QStringLiteral("next record id %1, last id %2").arg(le64(file, 24)).arg(lastId));
    return l;
}

struct OurRead
{
    ReadSummary summary;
    QList<EventRecord> records;
};

OurRead readOurs(const QByteArray &bytes, int threads = 1)
{
    OurRead out;
    ReadOptions o;
    o.renderXml = true;
    o.threads = threads;
    EvtxReader reader;
    out.summary = reader.readData(bytes, o, [&out](const EventRecord &r) {
        out.records << r;
        return true;
    });
    return out;
}

// evtxexport -f xml: how many records it prints and how many it gives up on.
bool runEvtxexport(const QString &file, int *records, int *failed, QString *why)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("evtxexport"));
    if (exe.isEmpty()) {
        *why = QStringLiteral("evtxexport (libevtx-utils) is not installed");
        return false;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(exe, {QStringLiteral("-f"), QStringLiteral("xml"), file});
    if (!p.waitForFinished(120000)) {
        *why = QStringLiteral("evtxexport did not finish");
        return false;
    }
    const QString out = QString::fromUtf8(p.readAll());
    *records = int(out.count(QLatin1String("<Event ")));
    *failed = int(out.count(QLatin1String("Unable to export")));
    return true;
}

QString dataText(const EventRecord &r)
{
    QStringList parts;
    for (const EventDataField &f : r.data)
        parts << (f.name.isEmpty() ? f.value : f.name + QLatin1Char('=') + f.value);
    return parts.join(QLatin1String(" | "));
}

// Typed booleans render as "true"/"false" (Windows) or "True"/"False" (python-evtx).
bool sameValue(const QString &written, const QString &read)
{
    if (written == QLatin1String("true") || written == QLatin1String("false"))
        return written.compare(read, Qt::CaseInsensitive) == 0;
    return written == read;
}

// Our reader gives back what the writer was given.
void compareWithInput(const QList<EventRecord> &input, const QList<EventRecord> &read)
{
    QCOMPARE(read.size(), input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        const EventRecord &w = input.at(i);
        const EventRecord &r = read.at(i);
        const QByteArray where = QByteArray("record ") + QByteArray::number(i);
        QVERIFY2(r.recordId == w.recordId, where.constData());
        QVERIFY2(r.fileTime == w.fileTime, where.constData());
        QVERIFY2(r.provider == w.provider, where.constData());
        QVERIFY2(r.providerGuid.compare(w.providerGuid, Qt::CaseInsensitive) == 0,
                 where.constData());
        QVERIFY2(r.eventId == w.eventId, where.constData());
        QVERIFY2(r.hasQualifiers == w.hasQualifiers, where.constData());
        QVERIFY2(r.qualifiers == w.qualifiers, where.constData());
        QVERIFY2(r.level == w.level, where.constData());
        QVERIFY2(r.task == w.task, where.constData());
        QVERIFY2(r.keywords == w.keywords, where.constData());
        if (!w.providerGuid.isEmpty()) { // the classic template has no Version/Opcode
            QVERIFY2(r.version == w.version, where.constData());
            QVERIFY2(r.opcode == w.opcode, where.constData());
            QVERIFY2(r.activityId.compare(w.activityId, Qt::CaseInsensitive) == 0,
                     where.constData());
        }
        QVERIFY2(r.channel == w.channel, where.constData());
        QVERIFY2(r.computer == w.computer, where.constData());
        QVERIFY2(r.userSid == w.userSid, where.constData());
        const QByteArray sizes =
            where + ": " + dataText(r).toUtf8() + " vs " + dataText(w).toUtf8();
        QVERIFY2(r.data.size() == w.data.size(), sizes.constData());
        for (qsizetype d = 0; d < w.data.size(); ++d) {
            const QByteArray msg = where + " data " + QByteArray::number(d) + ": " +
                                   r.data.at(d).value.toUtf8() + " vs " +
                                   w.data.at(d).value.toUtf8();
            QVERIFY2(r.data.at(d).name == w.data.at(d).name, msg.constData());
            const QString &wv = w.data.at(d).value;
            const QString &rv = r.data.at(d).value;
            // GUID-typed values come back in the reader's own case.
            const bool guid = wv.startsWith(QLatin1Char('{')) && wv.size() == 38;
            QVERIFY2(guid ? wv.compare(rv, Qt::CaseInsensitive) == 0 : sameValue(wv, rv),
                     msg.constData());
        }
    }
}

// python-evtx and our reader agree on every record of this file: ids, providers, event IDs,
// times and the normalised XML.
void compareWithPython(const QString &file, const QList<EventRecord> &ours,
                       const QList<quint64> &onlyIds = {})
{
    QList<PyEvtxRecord> py;
    QStringList errors;
    QString why;
    if (!runPyEvtx(file, &py, &errors, &why))
        QSKIP(qPrintable(QStringLiteral("python-evtx: %1").arg(why)));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QHash<quint64, const EventRecord *> byId;
    for (const EventRecord &r : ours)
        byId.insert(r.recordId, &r);
    int compared = 0;
    for (const PyEvtxRecord &p : py) {
        const quint64 id = quint64(p.recordId);
        if (!onlyIds.isEmpty() && !onlyIds.contains(id))
            continue;
        const EventRecord *r = byId.value(id);
        QVERIFY2(r, qPrintable(QStringLiteral("record %1: python-evtx has it, we do not").arg(id)));
        QCOMPARE(p.number, id); // the writer numbers records by their id
        QCOMPARE(r->provider, p.provider);
        QCOMPARE(int(r->eventId), p.eventId);
        QCOMPARE(pyEvtxTimeText(r->fileTime), p.time);
        QCOMPARE(p.written, r->fileTime);
        QCOMPARE(normaliseEventXml(r->xml), normaliseEventXml(p.xml));
        ++compared;
    }
    if (onlyIds.isEmpty())
        QCOMPARE(compared, ours.size());
    else
        QCOMPARE(compared, onlyIds.size());
}

// A mix of the shapes the writer makes: classic with qualifiers, manifest with named data and
// an activity id, events without data, typed-looking values, awkward strings.
QList<EventRecord> mixedRecords(int count, quint64 firstId = 1)
{
    QList<EventRecord> out;
    for (int i = 0; i < count; ++i) {
        EventRecord r;
        r.recordId = firstId + quint64(i);
        r.fileTime = fileTimeAt(8, 50, 0) + qint64(i) * 12345678;
        r.computer = QStringLiteral("PC01.example.test");
        r.channel = QStringLiteral("System");
        switch (i % 4) {
        case 0:
            r.provider = QStringLiteral("Application Management Group Policy");
            r.eventId = 102;
            r.hasQualifiers = true;
            r.level = 2;
            r.keywords = 0x80000000000000ULL;
            r.userSid = QStringLiteral("S-1-5-18");
            r.data = {{QString(), QStringLiteral("App %1").arg(i)},
                      {QString(), QStringLiteral("Deploy Office")},
                      {QString(), QStringLiteral("1612")}};
            break;
        case 1:
            r.provider = QStringLiteral("Microsoft-Windows-GroupPolicy");
            r.providerGuid = QStringLiteral("{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}");
            r.eventId = 1085;
            r.level = 3;
            r.opcode = 1;
            r.keywords = 0x8000000000000000ULL;
            r.userSid = QStringLiteral("S-1-5-18");
            r.activityId = QStringLiteral("{8e6c1f2a-5b3d-4c7e-9a10-%1}")
                               .arg(quint64(i), 12, 16, QLatin1Char('0'));
            r.data = {{QStringLiteral("ErrorCode"), QStringLiteral("1612")},
                      {QStringLiteral("ExtensionName"), QStringLiteral("Software Installation")},
                      {QStringLiteral("ExtensionId"),
                       QStringLiteral("{c6dc5466-785a-11d2-84d0-00c04fb169f7}")}};
            break;
        case 2:
            r.provider = QStringLiteral("EventLog");
            r.eventId = 6005;
            r.hasQualifiers = true;
            r.qualifiers = 0x8000;
            r.level = 4;
            r.keywords = 0x80000000000000ULL;
            break;
        default:
            r.provider = QStringLiteral("Service Control Manager");
            r.providerGuid = QStringLiteral("{555908d1-a6d7-4695-8e1e-26931d2012f4}");
            r.eventId = 7036;
            r.hasQualifiers = true;
            r.qualifiers = 0x4000;
            r.level = 4;
            r.keywords = 0x8080000000000000ULL;
            r.data = {{QStringLiteral("param1"), QStringLiteral("Windows Installer")},
                      {QStringLiteral("param2"),
                       i % 8 == 3 ? QStringLiteral("running") : QStringLiteral("stopped")}};
            break;
        }
        out << r;
    }
    return out;
}

// Values for every type the typedValues option writes, and the system fields' own types.
QList<EventRecord> typedRecords()
{
    EventRecord r;
    r.recordId = 4242;
    r.fileTime = fileTimeAt(9, 1, 2, 345);
    r.provider = QStringLiteral("Microsoft-Windows-GroupPolicy");
    r.providerGuid = QStringLiteral("{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}");
    r.channel = QStringLiteral("Microsoft-Windows-GroupPolicy/Operational");
    r.computer = QStringLiteral("PC01.example.test");
    r.userSid = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-1108");
    r.activityId = QStringLiteral("{00000000-0000-0000-0000-000000000001}");
    r.eventId = 65535;
    r.version = 255;
    r.level = 255;
    r.task = 65535;
    r.opcode = 255;
    r.keywords = 0xffffffffffffffffULL;
    r.data = {
        {QStringLiteral("UInt8"), QStringLiteral("255")},
        {QStringLiteral("UInt16"), QStringLiteral("65535")},
        {QStringLiteral("UInt32"), QStringLiteral("4294967295")},
        {QStringLiteral("UInt64"), QStringLiteral("18446744073709551615")},
        {QStringLiteral("Zero"), QStringLiteral("0")},
        {QStringLiteral("Int8"), QStringLiteral("-128")},
        {QStringLiteral("Int16"), QStringLiteral("-32768")},
        {QStringLiteral("Int32"), QStringLiteral("-2147483648")},
        {QStringLiteral("Int64"), QStringLiteral("-9223372036854775808")},
        {QStringLiteral("HexInt32"), QStringLiteral("0xc000006d")},
        {QStringLiteral("HexInt64"), QStringLiteral("0x00000000000000ff")},
        {QStringLiteral("Guid"), QStringLiteral("{c6dc5466-785a-11d2-84d0-00c04fb169f7}")},
        {QStringLiteral("Sid"), QStringLiteral("S-1-5-32-544")},
        {QStringLiteral("BoolTrue"), QStringLiteral("true")},
        {QStringLiteral("BoolFalse"), QStringLiteral("false")},
        {QStringLiteral("LeadingZero"), QStringLiteral("007")},
        {QStringLiteral("ShortHex"), QStringLiteral("0x1f")},
        {QStringLiteral("UpperGuid"), QStringLiteral("{C6DC5466-785A-11D2-84D0-00C04FB169F7}")},
        {QStringLiteral("String"), QStringLiteral("plain text")},
        {QStringLiteral("Empty"), QString()}};
    EventRecord minimal;
    minimal.recordId = 4243;
    minimal.fileTime = fileTimeAt(9, 1, 3);
    minimal.provider = QStringLiteral("Minimal");
    minimal.eventId = 0;
    return {r, minimal};
}

// Strings an XML writer must escape, non-BMP characters, a newline, a very long value.
QList<EventRecord> hostileRecords()
{
    QList<EventRecord> out;
    const QStringList values = {
        QStringLiteral("<&>\"'"),
        QStringLiteral("]]> <![CDATA[ x ]]> &amp; &#65; <!-- c -->"),
        QStringLiteral(
            "\U0001F600 \U00010348 caf\u00e9 \u4e2d\u6587 \u05e2\u05d1\u05e8\u05d9\u05ea"),
        QStringLiteral("two\nlines\tand a tab"),
        QStringLiteral("\\\\nt4srv.example.test\\apps\\office.msi"),
        QString(QLatin1Char('x')).repeated(5000),
    };
    for (int i = 0; i < values.size(); ++i) {
        EventRecord r;
        r.recordId = quint64(100 + i);
        r.fileTime = fileTimeAt(10, 0, i);
        r.computer = QStringLiteral("PC-\u00e9t\u00e9.example.test");
        r.channel = QStringLiteral("Application");
        r.userSid = QStringLiteral("S-1-5-18");
        if (i % 2) {
            r.provider = QStringLiteral("MsiInstaller");
            r.eventId = 11708;
            r.hasQualifiers = true;
            r.level = 2;
            r.keywords = 0x80000000000000ULL;
            r.data = {{QString(), values.at(i)}, {QString(), QString()}};
        } else {
            r.provider = QStringLiteral("Microsoft-Windows-GroupPolicy");
            r.providerGuid = QStringLiteral("{aea1b4fa-97d1-45f2-a64c-4d69fffd92c9}");
            r.eventId = 4016;
            r.level = 4;
            r.keywords = 0x4000000000000000ULL;
            r.data = {{QStringLiteral("DescriptionString"), values.at(i)},
                      {QStringLiteral("ApplicableGPOList"),
                       QStringLiteral("<GPO ID=\"{31B2F340-016D-11D2-945F-00C04FB984F9}\">"
                                      "<Name>Default &amp; \"Domain\" Policy</Name></GPO>")}};
        }
        out << r;
    }
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("GPSI_SOURCE_DIR");
}

} // namespace

class TestEvtxWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generated_data();
    void generated();
    void sharedTemplates();
    void corruptChunk();
    void classicStringArray();
    void fixturesUpToDate();
    void fuzzSeedsUpToDate();
    void fixturesReadBack_data();
    void fixturesReadBack();

private:
    QTemporaryDir m_dir;
};

void TestEvtxWriter::generated_data()
{
    QTest::addColumn<QList<EventRecord>>("records");
    QTest::addColumn<EvtxWriterOptions>("options");
    QTest::addColumn<int>("chunks");

    QTest::newRow("single chunk") << mixedRecords(12) << EvtxWriterOptions{} << 1;
    EvtxWriterOptions perChunk;
    perChunk.recordsPerChunk = 7;
    QTest::newRow("many chunks, 7 records each") << mixedRecords(40) << perChunk << 6;
    QTest::newRow("full chunks") << mixedRecords(1500) << EvtxWriterOptions{} << 8;
    EvtxWriterOptions typed;
    typed.typedValues = true;
    QTest::newRow("all value types") << typedRecords() << typed << 1;
    QTest::newRow("typed values, many records") << mixedRecords(300) << typed << 2;
    QTest::newRow("escaping-hostile strings") << hostileRecords() << EvtxWriterOptions{} << 1;
    EvtxWriterOptions dirty;
    dirty.dirty = true;
    QTest::newRow("dirty flag") << mixedRecords(20) << dirty << 1;
    EvtxWriterOptions noCrc;
    noCrc.noCrc = true;
    noCrc.recordsPerChunk = 10;
    QTest::newRow("no CRC32s (flag 0x4)") << mixedRecords(25) << noCrc << 3;
    EvtxWriterOptions v32;
    v32.minorVersion = 2;
    QTest::newRow("format 3.2") << mixedRecords(9) << v32 << 1;
    QTest::newRow("KB 323304 System (win7 fixture set)")
        << Test::kb323304Win7SystemEvents() << typed << 1;
    QTest::newRow("KB 323304 GroupPolicy/Operational")
        << Test::kb323304Win7OperationalEvents() << typed << 1;
}

void TestEvtxWriter::generated()
{
    QFETCH(QList<EventRecord>, records);
    QFETCH(EvtxWriterOptions, options);
    QFETCH(int, chunks);
    QVERIFY(m_dir.isValid());

    const QByteArray bytes = Test::buildEvtx(records, options);
    const Layout layout = walk(bytes);
    QVERIFY2(layout.problems.isEmpty(), qPrintable(layout.problems.join(QLatin1Char('\n'))));
    QCOMPARE(layout.chunks, chunks);
    QCOMPARE(layout.records, records.size());
    QCOMPARE(quint32(bytes.at(120)) & 0x1u, options.dirty ? 1u : 0u);
    QCOMPARE(le16(bytes, 36), options.minorVersion);

    const QString file = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag())
            .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-")) +
        QStringLiteral(".evtx"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    // Our reader: every record, no damage, exactly what was written; 1 and 2 threads agree.
    const OurRead ours = readOurs(bytes);
    QVERIFY2(ours.summary.ok, qPrintable(ours.summary.error));
    QCOMPARE(ours.summary.issues.size(), 0);
    QCOMPARE(ours.summary.recordsSeen, qint64(records.size()));
    compareWithInput(records, ours.records);
    const OurRead twoThreads = readOurs(bytes, 2);
    QCOMPARE(twoThreads.records.size(), ours.records.size());
    for (qsizetype i = 0; i < ours.records.size(); ++i)
        QCOMPARE(twoThreads.records.at(i).xml, ours.records.at(i).xml);

    // evtxexport reads every record.
    int exported = 0;
    int failed = 0;
    QString why;
    if (runEvtxexport(file, &exported, &failed, &why)) {
        QCOMPARE(failed, 0);
        QCOMPARE(exported, records.size());
    } else {
        qWarning("%s", qPrintable(why));
    }

    // python-evtx: the same records, the same XML.
    compareWithPython(file, ours.records);
}

// Templates and names are really shared: one definition per shape and chunk, each name stored
// once per chunk, whatever the number of records.
void TestEvtxWriter::sharedTemplates()
{
    const QList<EventRecord> records = mixedRecords(200);
    const QByteArray bytes = Test::buildEvtx(records);
    const Layout layout = walk(bytes);
    QVERIFY2(layout.problems.isEmpty(), qPrintable(layout.problems.join(QLatin1Char('\n'))));
    QVERIFY(layout.chunks >= 1);
    // Shapes: two classic system templates (the provider name is literal text in them: AM GP
    // and EventLog), one manifest system template (GroupPolicy and SCM share it), and four
    // EventData templates (3 unnamed strings, GP 1085 named, empty for 6005, SCM named).
    QCOMPARE(layout.templatesPerChunk.at(0), 7);
    QVERIFY(layout.namesPerChunk.at(0) < 40);
    // The file is far smaller than 200 records with inline templates would be.
    const qsizetype firstChunkRecords =
        qsizetype(std::count_if(layout.recordIds.cbegin(), layout.recordIds.cend(),
                                [&](quint64 id) { return id <= le64(bytes, kHeader + 32); }));
    QVERIFY(firstChunkRecords > 100);
}

// A chunk with a zeroed magic and wrong CRCs: python-evtx (which does not check) and our reader
// both keep every record of the other chunks; evtxexport drops the chunk.
void TestEvtxWriter::corruptChunk()
{
    EvtxWriterOptions o;
    o.recordsPerChunk = 10;
    o.corruptChunk = 1;
    const QList<EventRecord> records = mixedRecords(30);
    const QByteArray bytes = Test::buildEvtx(records, o);
    const Layout layout = walk(bytes, 1);
    QVERIFY2(layout.problems.isEmpty(), qPrintable(layout.problems.join(QLatin1Char('\n'))));
    QCOMPARE(layout.chunks, 3);
    QVERIFY(!bytes.mid(kHeader + kChunk, 8).startsWith("ElfChnk"));

    const QString file = m_dir.filePath(QStringLiteral("corrupt-chunk.evtx"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    const OurRead ours = readOurs(bytes);
    QVERIFY2(ours.summary.ok, qPrintable(ours.summary.error));
    QVERIFY(!ours.summary.issues.isEmpty());
    QList<quint64> kept;
    for (const EventRecord &r : ours.records)
        kept << r.recordId;
    QList<quint64> others;
    for (quint64 id = 1; id <= 30; ++id) {
        if (id <= 10 || id > 20) {
            others << id;
            QVERIFY2(kept.contains(id), qPrintable(QStringLiteral("lost record %1").arg(id)));
        }
    }
    int exported = 0;
    int failed = 0;
    QString why;
    if (runEvtxexport(file, &exported, &failed, &why))
        QCOMPARE(exported, 20);
    compareWithPython(file, ours.records, others);
}

// Windows' own form for classic insertion strings (one string-array value repeating <Data>):
// python-evtx renders it as "<string>" text in one <Data> (the normalisation turns that into
// one <Data> per item); evtxexport must read every record.
void TestEvtxWriter::classicStringArray()
{
    EvtxWriterOptions o;
    o.classicStringArray = true;
    const QList<EventRecord> records = mixedRecords(40) + Test::kb323304Win7SystemEvents();
    QList<EventRecord> ordered = records;
    quint64 id = 1;
    for (EventRecord &r : ordered)
        r.recordId = id++;
    const QByteArray bytes = Test::buildEvtx(ordered, o);
    const Layout layout = walk(bytes);
    QVERIFY2(layout.problems.isEmpty(), qPrintable(layout.problems.join(QLatin1Char('\n'))));
    const OurRead ours = readOurs(bytes);
    QVERIFY2(ours.summary.ok, qPrintable(ours.summary.error));
    compareWithInput(ordered, ours.records);
    const QString file = m_dir.filePath(QStringLiteral("arrays.evtx"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    int exported = 0;
    int failed = 0;
    QString why;
    if (runEvtxexport(file, &exported, &failed, &why)) {
        QCOMPARE(failed, 0);
        QCOMPARE(exported, ordered.size());
    } else {
        qWarning("%s", qPrintable(why));
    }
    compareWithPython(file, ours.records);
}

// tests/fixtures/events holds exactly what make_event_fixtures writes today.
void TestEvtxWriter::fixturesUpToDate()
{
    if (sourceDir().isEmpty())
        QSKIP("GPSI_SOURCE_DIR is not set (run through ctest)");
    const QDir committed(sourceDir() + QStringLiteral("/tests/fixtures/events"));
    const QString fresh = m_dir.filePath(QStringLiteral("fixtures"));
    const QString error = Test::writeEventFixtures(fresh);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QMap<QString, QByteArray> files = Test::eventFixtureFiles();
    QCOMPARE(files.size(), 8);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile f(committed.filePath(it.key()));
        QVERIFY2(f.open(QIODevice::ReadOnly),
                 qPrintable(QStringLiteral("%1 is missing: regenerate with make_event_fixtures "
                                           "(tests/fixtures/README.md)")
                                .arg(f.fileName())));
        QVERIFY2(f.readAll() == it.value(),
                 qPrintable(QStringLiteral("%1 differs from the generator's output: regenerate "
                                           "(tests/fixtures/README.md)")
                                .arg(f.fileName())));
        QFile written(QDir(fresh).filePath(it.key()));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), it.value());
    }
    // Deterministic: a second run gives the same bytes.
    QCOMPARE(Test::eventFixtureFiles(), files);
}

void TestEvtxWriter::fuzzSeedsUpToDate()
{
    if (sourceDir().isEmpty())
        QSKIP("GPSI_SOURCE_DIR is not set (run through ctest)");
    const QDir corpus(sourceDir() + QStringLiteral("/tests/fuzz/corpus/evtx"));
    const QMap<QString, QByteArray> seeds = Test::evtxFuzzSeeds();
    for (auto it = seeds.cbegin(); it != seeds.cend(); ++it) {
        QVERIFY(it.value().size() <= 140 * 1024);
        QFile f(corpus.filePath(it.key()));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        QVERIFY2(f.readAll() == it.value(), qPrintable(f.fileName()));
    }
}

void TestEvtxWriter::fixturesReadBack_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("records");

    const int xp = int(Test::kb323304XpEvents().size());
    const int system = int(Test::kb323304Win7SystemEvents().size());
    const int operational = int(Test::kb323304Win7OperationalEvents().size());
    QTest::newRow("xp.evt") << QStringLiteral("kb323304-xp.evt") << QStringLiteral("evt") << xp;
    QTest::newRow("xp.csv") << QStringLiteral("kb323304-xp.csv") << QStringLiteral("csv") << xp;
    QTest::newRow("xp.txt") << QStringLiteral("kb323304-xp.txt") << QStringLiteral("text") << xp;
    QTest::newRow("win7-system.evtx")
        << QStringLiteral("kb323304-win7-system.evtx") << QStringLiteral("evtx") << system;
    QTest::newRow("win7-gpoperational.evtx") << QStringLiteral("kb323304-win7-gpoperational.evtx")
                                             << QStringLiteral("evtx") << operational;
    QTest::newRow("win7-system.xml")
        << QStringLiteral("kb323304-win7-system.xml") << QStringLiteral("xml") << system;
    QTest::newRow("win7-system-rendered.xml")
        << QStringLiteral("kb323304-win7-system-rendered.xml") << QStringLiteral("xml") << system;
    QTest::newRow("win7-system.csv")
        << QStringLiteral("kb323304-win7-system.csv") << QStringLiteral("csv") << system;
}

// Every fixture is recognised and read back by its reader with all of its events.
void TestEvtxWriter::fixturesReadBack()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, records);
    if (sourceDir().isEmpty())
        QSKIP("GPSI_SOURCE_DIR is not set (run through ctest)");
    const QString path = sourceDir() + QStringLiteral("/tests/fixtures/events/") + file;
    QList<EventRecord> read;
    const ReadSummary s =
        EventReaderFactory::readFile(path, ReadOptions{}, [&](const EventRecord &r) {
            read << r;
            return true;
        });
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.formatId(), format);
    QCOMPARE(int(read.size()), records);
    // Text exports carry notes (ambiguous dates, local times); nothing may be lost.
    QStringList lost;
    for (const ReadIssue &issue : s.issues) {
        if (issue.recordsLost > 0)
            lost << issue.toString();
    }
    QCOMPARE(s.recordsDamaged, qint64(0));
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));

    // Exports that carry the rendered message give back the generator's text (line ends
    // aside), multi-line descriptions included. Matched by time (whole seconds) and event ID.
    const QList<EventRecord> written = file.startsWith(QLatin1String("kb323304-xp."))
                                           ? Test::kb323304XpEvents()
                                           : Test::kb323304Win7SystemEvents();
    QHash<QString, QString> expected;
    auto key = [](const EventRecord &r) {
        return QStringLiteral("%1/%2").arg(r.fileTime / 10000000).arg(r.eventId);
    };
    auto plain = [](QString m) { return m.replace(QLatin1String("\r\n"), QLatin1String("\n")); };
    for (const EventRecord &r : written)
        expected.insert(key(r), plain(Test::renderFixtureMessage(r)));
    int withMessage = 0;
    for (const EventRecord &r : read) {
        if (r.message.isEmpty())
            continue;
        ++withMessage;
        QVERIFY2(expected.contains(key(r)), qPrintable(key(r)));
        QCOMPARE(plain(r.message), expected.value(key(r)));
    }
    if (format == QLatin1String("csv") || format == QLatin1String("text") ||
        file.contains(QLatin1String("rendered")))
        QCOMPARE(withMessage, records);
}

QTEST_GUILESS_MAIN(TestEvtxWriter)
#include "tst_evtxwriter.moc"
