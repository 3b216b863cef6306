#include "authprobe.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcAuthProbe, "gpsi.probes.auth", QtInfoMsg)

namespace Gpsi {

namespace {

std::mutex g_factoryMutex;
AuthProbe::Factory g_factory;

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// State shared with the worker thread; it outlives an abandoned call.
struct Call
{
    std::mutex mutex;
    std::condition_variable ready;
    bool done = false;
    KerberosTicket::Answer answer;
};

// The library's answer, in Qt types.
void copyAnswer(const KerberosTicket::Answer &a, AuthProbe::Result &r)
{
    r.outcome = a.outcome;
    r.backend = fromStd(a.backend);
    if (!a.spn.empty())
        r.spn = fromStd(a.spn);
    r.targetName = fromStd(a.targetName);
    r.realm = fromStd(a.realm);
    r.clientPrincipal = fromStd(a.clientPrincipal);
    r.credentialSource = fromStd(a.credentialSource);
    r.ticketEnctype = a.ticketEnctype;
    r.sessionEnctype = a.sessionEnctype;
    r.ticketEnctypeName = fromStd(a.ticketEnctypeName);
    r.sessionEnctypeName = fromStd(a.sessionEnctypeName);
    r.lifetimeSeconds = a.lifetimeSeconds;
    if (a.endTimeUnix > 0)
        r.endTime = QDateTime::fromSecsSinceEpoch(a.endTimeUnix, Qt::UTC);
    r.majorStatus = a.majorStatus;
    r.minorStatus = a.minorStatus;
    r.majorText = fromStd(a.majorText);
    r.minorText = fromStd(a.minorText);
    for (const std::string &step : a.steps)
        r.steps << fromStd(step);
}

} // namespace

QString AuthProbe::Result::statusLine() const
{
    auto code = [](quint32 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')); };
    QString line = tr("major %1").arg(code(majorStatus));
    if (!majorText.isEmpty())
        line += QStringLiteral(" (%1)").arg(majorText);
    if (minorStatus != 0 || !minorText.isEmpty()) {
        line += tr(", minor %1").arg(code(minorStatus));
        if (!minorText.isEmpty())
            line += QStringLiteral(" (%1)").arg(minorText);
    }
    return line;
}

std::unique_ptr<AuthProbe> AuthProbe::create()
{
    {
        const std::lock_guard lock(g_factoryMutex);
        if (g_factory)
            return g_factory();
    }
    return std::make_unique<SystemAuthProbe>();
}

void AuthProbe::setFactory(Factory factory)
{
    const std::lock_guard lock(g_factoryMutex);
    g_factory = std::move(factory);
}

QString AuthProbe::outcomeId(Outcome outcome)
{
    return QString::fromLatin1(KerberosTicket::outcomeId(outcome));
}

QString SystemAuthProbe::backendId() const
{
    return QString::fromLatin1(KerberosTicket::backendId());
}

bool SystemAuthProbe::isAvailable() const
{
    return KerberosTicket::available();
}

AuthProbe::Result SystemAuthProbe::requestTicket(const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    KerberosTicket::Request request;
    request.host = options.host.toStdString();
    request.service = options.service.toStdString();
    request.keytab = options.keytab.toStdString();
    request.clientPrincipal = options.clientPrincipal.toStdString();

    auto call = std::make_shared<Call>();
    std::thread worker([call, request]() {
        KerberosTicket::Answer answer = KerberosTicket::request(request);
        const std::lock_guard lock(call->mutex);
        call->answer = std::move(answer);
        call->done = true;
        call->ready.notify_all();
    });

    Result r;
    bool done = false;
    {
        std::unique_lock lock(call->mutex);
        while (!call->done) {
            if (options.cancelled && options.cancelled()) {
                r.cancelled = true;
                break;
            }
            if (timer.elapsed() >= options.timeoutMs) {
                r.timedOut = true;
                break;
            }
            call->ready.wait_for(lock, std::chrono::milliseconds(50));
        }
        done = call->done;
    }
    if (done) {
        worker.join();
    } else {
        // The library call cannot be interrupted; it ends on its own (krb5's own timeouts) and
        // then only touches the shared state.
        worker.detach();
    }
    r.elapsedMs = timer.elapsed();
    r.spn = options.service + QLatin1Char('/') + options.host;
    if (!done) {
        r.backend = backendId();
        r.outcome = r.cancelled ? Outcome::Other : Outcome::KdcUnreachable;
        r.majorText = r.cancelled ? tr("cancelled")
                                  : tr("no answer from the Kerberos library within %1 s (a KDC "
                                       "that accepts connections but does not answer?)")
                                        .arg(options.timeoutMs / 1000.0, 0, 'f', 1);
        r.steps << r.majorText;
        qCDebug(lcAuthProbe) << r.spn << (r.cancelled ? "cancelled" : "timed out");
        return r;
    }
    copyAnswer(call->answer, r);
    qCDebug(lcAuthProbe) << r.spn << outcomeId(r.outcome) << r.statusLine();
    return r;
}

} // namespace Gpsi
