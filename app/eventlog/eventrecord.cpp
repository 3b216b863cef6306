#include "eventrecord.h"

#include <QTimeZone>

namespace Gpsi {

namespace {
// 100 ns ticks between 1601-01-01 and 1970-01-01.
constexpr qint64 kEpochDelta = 116444736000000000LL;
} // namespace

QDateTime EventRecord::dateTimeFromFileTime(qint64 fileTime)
{
    if (fileTime <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch((fileTime - kEpochDelta) / 10000, QTimeZone::utc());
}

qint64 EventRecord::fileTimeFromDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return 0;
    return time.toMSecsSinceEpoch() * 10000 + kEpochDelta;
}

QDateTime EventRecord::time() const
{
    return dateTimeFromFileTime(fileTime);
}

QString EventRecord::timeText() const
{
    if (fileTime <= 0)
        return {};
    const qint64 sinceEpoch = fileTime - kEpochDelta;
    qint64 seconds = sinceEpoch / 10000000;
    qint64 fraction = sinceEpoch % 10000000;
    if (fraction < 0) {
        fraction += 10000000;
        --seconds;
    }
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.') +
           QStringLiteral("%1").arg(fraction, 7, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

QString EventRecord::dataValue(qsizetype index) const
{
    return index >= 0 && index < data.size() ? data.at(index).value : QString();
}

QString EventRecord::dataValue(QStringView name) const
{
    for (const EventDataField &f : data) {
        if (name.compare(f.name, Qt::CaseInsensitive) == 0)
            return f.value;
    }
    return {};
}

bool EventRecord::hasData(QStringView name) const
{
    for (const EventDataField &f : data) {
        if (name.compare(f.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool EventFilter::sameProvider(QStringView provider, QStringView known)
{
    if (provider.compare(known, Qt::CaseInsensitive) == 0)
        return true;
    // Event Viewer's text exports show manifest providers without the "Microsoft-Windows-"
    // prefix ("Kernel-General", "SMBClient"): such a name matches the full one.
    static const QLatin1String prefix("Microsoft-Windows-");
    return known.startsWith(prefix, Qt::CaseInsensitive) &&
           !provider.startsWith(prefix, Qt::CaseInsensitive) &&
           provider.compare(known.mid(prefix.size()), Qt::CaseInsensitive) == 0;
}

void EventFilter::addEventId(quint16 id)
{
    m_empty = false;
    m_ids.set(id);
    m_rules.push_back(Rule{QString(), QString(), id});
}

void EventFilter::add(const QString &provider, quint16 id, const QString &channel)
{
    m_empty = false;
    m_ids.set(id);
    m_rules.push_back(Rule{provider.toLower(), channel.toLower(), id});
}

bool EventFilter::accepts(QStringView provider, QStringView channel, quint16 id) const
{
    if (m_empty)
        return true;
    if (!m_ids.test(id))
        return false;
    for (const Rule &r : m_rules) {
        if (r.id != id)
            continue;
        if (!r.provider.isEmpty() && !sameProvider(provider, r.provider))
            continue;
        if (!r.channel.isEmpty() && !channel.isEmpty() &&
            channel.compare(r.channel, Qt::CaseInsensitive) != 0)
            continue;
        return true;
    }
    return false;
}

} // namespace Gpsi
