// Replay driver for the fuzz targets when libFuzzer is not available: runs every file of the
// given corpus folders, then a fixed number of deterministic mutations of them (bit flips,
// truncations, splices, byte insertions), so the parsers meet hostile input on every ctest
// run. The real coverage-guided fuzzing is the clang build (tests/fuzz/CMakeLists.txt).
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                corpus << f.readAll();
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "replay: no corpus files found\n");
        return 1;
    }
    for (const QByteArray &input : std::as_const(corpus))
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                               size_t(input.size()));

    QRandomGenerator rng(20261124); // fixed seed: the same inputs every run
    constexpr int kMutations = 20000;
    for (int n = 0; n < kMutations; ++n) {
        QByteArray input = corpus.at(int(rng.bounded(qsizetype(corpus.size()))));
        const int rounds = 1 + int(rng.bounded(4));
        for (int r = 0; r < rounds; ++r) {
            switch (rng.bounded(5)) {
            case 0:
                if (!input.isEmpty())
                    input[int(rng.bounded(qsizetype(input.size())))] ^= char(1 << rng.bounded(8));
                break;
            case 1:
                input.truncate(int(rng.bounded(qsizetype(input.size() + 1))));
                break;
            case 2:
                input.insert(int(rng.bounded(qsizetype(input.size() + 1))), char(rng.bounded(256)));
                break;
            case 3: {
                const QByteArray &other = corpus.at(int(rng.bounded(qsizetype(corpus.size()))));
                input += other.mid(int(rng.bounded(qsizetype(other.size() + 1))));
                break;
            }
            default:
                if (!input.isEmpty()) {
                    const int at = int(rng.bounded(qsizetype(input.size())));
                    input.insert(at, input.mid(at, 16));
                }
                break;
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                               size_t(input.size()));
    }
    std::printf("replay: %lld corpus files and %d mutations ran without a crash\n",
                static_cast<long long>(corpus.size()), kMutations);
    return 0;
}
