// Event-log reading benchmark (issue 5). On demand only, never in ctest; driven by
// tests/bench/bench_events.sh, which also runs evtxexport and python-evtx on the same files.
//
//   bench_evtx read FILE MODE [THREADS]
//       MODE xml:    every record rendered to XML (ReadOptions::renderXml), the XML counted
//       MODE filter: only the catalogue's events (EventCatalogue::builtin().filter(), or the
//                    issue's list when the catalogue is empty), no XML
//       MODE scan:   every record decoded, no XML
//       THREADS:     ReadOptions::threads (0 = ideal thread count)
//   bench_evtx generate FILE SIZE_MIB
//       writes a file of at least SIZE_MIB MiB with the test EVTX writer (KB 323304-like
//       events: classic and manifest providers, named and unnamed data, typed values)
//
// "read" prints one line of key=value pairs: bytes, records seen and matched, XML characters,
// seconds, MiB/s, records/s, the peak resident set (VmHWM, KiB; it includes the touched pages
// of the memory-mapped input) and the peak anonymous resident memory (RssAnon sampled during
// the read, KiB).

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <cstring>

#include "eventlog/eventcatalogue.h"
#include "eventlog/eventreader.h"
#include "eventlog/evtxreader.h"
#include "support/evtxwriter.h"

using namespace Gpsi;

namespace {

// The issue's catalogue of events (used when the built-in catalogue has no entries).
EventFilter issueFilter()
{
    EventFilter f;
    auto add = [&f](const char *provider, std::initializer_list<int> ids) {
        for (int id : ids)
            f.add(QString::fromLatin1(provider), quint16(id));
    };
    add("UserEnv", {1000, 1085});
    add("Application Management", {101, 102, 103, 104, 105, 106, 107, 108, 109, 110});
    add("Application Management Group Policy", {101, 102, 103, 104, 105, 106, 107, 108, 109, 110});
    add("Microsoft-Windows-GroupPolicy",
        {1085, 1112, 1129, 1054, 1055, 1126, 4016, 5016, 6016, 7016, 6314, 7320, 7326});
    add("MsiInstaller", {1033, 1007, 1008, 11708});
    add("NETLOGON", {5719});
    add("Microsoft-Windows-SMBClient", {30803, 31017, 32000});
    return f;
}

// A field of /proc/self/status in KiB ("VmHWM", "RssAnon"); -1 when unavailable.
qint64 statusKib(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int read(const QString &file, const QString &mode, int threads)
{
    ReadOptions options;
    options.threads = threads;
    QString filterSource;
    if (mode == QLatin1String("xml")) {
        options.renderXml = true;
    } else if (mode == QLatin1String("filter")) {
        options.filter = EventCatalogue::builtin().filter();
        filterSource = QStringLiteral("catalogue");
        if (options.filter.isEmpty()) {
            options.filter = issueFilter();
            filterSource = QStringLiteral("issue-list");
        }
    } else if (mode != QLatin1String("scan")) {
        std::fprintf(stderr, "bench_evtx: unknown mode %s\n", qPrintable(mode));
        return 2;
    }
    qint64 xmlBytes = 0;
    qint64 records = 0;
    // The peak RSS (VmHWM) includes the pages of the memory-mapped input the reader has
    // touched (clean, file-backed: the kernel drops them at will); the anonymous part (heap,
    // stacks) is what the reader itself holds. Sampled now and then from the progress calls.
    qint64 peakAnon = statusKib("RssAnon");
    QElapsedTimer sampled;
    sampled.start();
    options.progress = [&peakAnon, &sampled](qint64, qint64) {
        if (sampled.elapsed() >= 20) {
            peakAnon = qMax(peakAnon, statusKib("RssAnon"));
            sampled.restart();
        }
    };
    QElapsedTimer timer;
    timer.start();
    EvtxReader reader;
    const ReadSummary s = reader.read(file, options, [&](const EventRecord &r) {
        ++records;
        xmlBytes += r.xml.size();
        return true;
    });
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    peakAnon = qMax(peakAnon, statusKib("RssAnon"));
    if (!s.ok) {
        std::fprintf(stderr, "bench_evtx: %s: %s\n", qPrintable(file), qPrintable(s.error));
        return 1;
    }
    const double mib = double(s.bytes) / (1024.0 * 1024.0);
    QTextStream out(stdout);
    out << "tool=gpsi mode=" << mode << " threads=" << threads << " bytes=" << s.bytes
        << " records_seen=" << s.recordsSeen << " records_matched=" << s.recordsMatched
        << " sink_records=" << records << " xml_chars=" << xmlBytes
        << " damaged=" << s.recordsDamaged << " issues=" << s.issues.size()
        << " seconds=" << QString::number(seconds, 'f', 3)
        << " mib_per_s=" << QString::number(mib / seconds, 'f', 1)
        << " records_per_s=" << qint64(double(s.recordsSeen) / seconds)
        << " peak_rss_kib=" << statusKib("VmHWM") << " peak_anon_kib=" << peakAnon;
    if (!filterSource.isEmpty())
        out << " filter=" << filterSource;
    out << "\n";
    return 0;
}

// KB 323304-like events over and over (boots, service noise, the failure), written in batches
// with the test writer; the batches' chunks are concatenated under one new file header.
EventRecord generatedRecord(qint64 i, qint64 t0)
{
    EventRecord r;
    r.recordId = quint64(i + 1);
    r.fileTime = t0 + i * 12345678;
    r.computer = QStringLiteral("PC01.example.test");
    r.channel = QStringLiteral("System");
    switch (i % 8) {
    case 0:
        r.provider = QStringLiteral("Application Management Group Policy");
        r.eventId = 102;
        r.hasQualifiers = true;
        r.level = 2;
        r.keywords = 0x80000000000000ULL;
        r.userSid = QStringLiteral("S-1-5-18");
        r.data = {{QString(), QStringLiteral("Office 2003")},
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
        r.data = {{QStringLiteral("SupportInfo1"), QStringLiteral("1")},
                  {QStringLiteral("SupportInfo2"), QStringLiteral("1120")},
                  {QStringLiteral("ProcessingMode"), QStringLiteral("0")},
                  {QStringLiteral("ProcessingTimeInMilliseconds"), QString::number(i % 9000)},
                  {QStringLiteral("ErrorCode"), QStringLiteral("1612")},
                  {QStringLiteral("ErrorDescription"),
                   QStringLiteral("The installation source for this product is not available. "
                                  "Verify that the source exists and that you can access it. ")},
                  {QStringLiteral("DCName"), QStringLiteral("\\\\dc01.example.test")},
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
        r.data = {{QStringLiteral("param1"), QStringLiteral("Service number %1").arg(i % 97)},
                  {QStringLiteral("param2"),
                   i % 2 ? QStringLiteral("running") : QStringLiteral("stopped")}};
        break;
    }
    return r;
}

int generate(const QString &file, double sizeMib)
{
    constexpr int kHeader = 4096;
    constexpr int kChunk = 65536;
    constexpr qint64 kBatch = 20000;
    const qint64 target = qint64(sizeMib * 1024 * 1024);
    const qint64 t0 = EventRecord::fileTimeFromDateTime(
        QDateTime(QDate(2024, 3, 9), QTime(8, 50), QTimeZone::utc()));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench_evtx: cannot write %s\n", qPrintable(file));
        return 1;
    }
    f.write(QByteArray(kHeader, '\0'));
    Test::EvtxWriterOptions o;
    o.typedValues = true;
    qint64 chunks = 0;
    qint64 next = 0;
    while (kHeader + chunks * kChunk < target) {
        QList<EventRecord> batch;
        batch.reserve(kBatch);
        for (qint64 i = 0; i < kBatch; ++i)
            batch.append(generatedRecord(next + i, t0));
        next += kBatch;
        const QByteArray bytes = Test::buildEvtx(batch, o);
        for (qint64 at = kHeader; at + kChunk <= bytes.size() && kHeader + chunks * kChunk < target;
             at += kChunk) {
            if (f.write(bytes.constData() + at, kChunk) != kChunk) {
                std::fprintf(stderr, "bench_evtx: cannot write %s\n", qPrintable(file));
                return 1;
            }
            ++chunks;
        }
    }
    if (chunks > 0xffff) {
        std::fprintf(stderr, "bench_evtx: at most 65535 chunks\n");
        return 2;
    }
    // The last chunk written holds the highest record id.
    f.flush();
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    in.seek(kHeader + (chunks - 1) * kChunk + 32);
    const QByteArray lastIdBytes = in.read(8);
    quint64 lastId = 0;
    for (int i = 0; i < 8 && i < lastIdBytes.size(); ++i)
        lastId |= quint64(quint8(lastIdBytes.at(i))) << (8 * i);
    QByteArray header(kHeader, '\0');
    memcpy(header.data(), "ElfFile\0", 8);
    auto put = [&header](int at, quint64 v, int size) {
        for (int i = 0; i < size; ++i)
            header[at + i] = char((v >> (8 * i)) & 0xff);
    };
    put(16, quint64(chunks - 1), 8);
    put(24, lastId + 1, 8);
    put(32, 128, 4);
    put(36, 1, 2);
    put(38, 3, 2);
    put(40, kHeader, 2);
    put(42, quint64(chunks), 2);
    put(124, Test::evtxCrc32(header.constData(), 120), 4);
    f.seek(0);
    f.write(header);
    f.close();
    std::printf("%s: %lld bytes, %lld chunks, %llu records\n", qPrintable(file),
                static_cast<long long>(kHeader + chunks * kChunk), static_cast<long long>(chunks),
                static_cast<unsigned long long>(lastId));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("read"))
        return read(args.at(2), args.at(3), args.size() > 4 ? args.at(4).toInt() : 0);
    if (args.size() == 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toDouble());
    std::fprintf(stderr, "usage: bench_evtx read FILE xml|filter|scan [THREADS]\n"
                         "       bench_evtx generate FILE SIZE_MIB\n");
    return 2;
}
