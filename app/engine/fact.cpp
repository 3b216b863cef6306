#include "fact.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Gpsi {

Fact::Type Fact::typeOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return Type::Bool;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Type::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Type::Double;
    case QMetaType::QString:
        return Type::String;
    case QMetaType::QStringList:
        return Type::StringList;
    default:
        return Type::Invalid;
    }
}

QString Fact::typeName(Type type)
{
    switch (type) {
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Double:
        return QStringLiteral("double");
    case Type::String:
        return QStringLiteral("string");
    case Type::StringList:
        return QStringLiteral("list");
    case Type::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QString Fact::displayValue() const
{
    switch (type()) {
    case Type::Bool:
        return value.toBool() ? QCoreApplication::translate("Gpsi::Fact", "yes")
                              : QCoreApplication::translate("Gpsi::Fact", "no");
    case Type::StringList:
        return value.toStringList().isEmpty() ? QCoreApplication::translate("Gpsi::Fact", "(none)")
                                              : value.toStringList().join(QStringLiteral(", "));
    case Type::Double:
        return QString::number(value.toDouble(), 'g', 6);
    default:
        return value.toString();
    }
}

QJsonValue Fact::valueToJson(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::QString:
        return value.toString();
    default:
        return QJsonValue::Null;
    }
}

QVariant Fact::valueFromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto asInt = static_cast<qint64>(d);
        if (static_cast<double>(asInt) == d)
            return QVariant::fromValue<qint64>(asInt);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList list;
        for (const QJsonValue &item : value.toArray())
            list << item.toString();
        return list;
    }
    default:
        return {};
    }
}

QJsonObject Fact::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("type"), typeName(type()));
    o.insert(QStringLiteral("value"), valueToJson(value));
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("source"), sourceId);
    o.insert(QStringLiteral("observedAt"), observedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("evidence"), evidence);
    return o;
}

Fact Fact::fromJson(const QJsonObject &o)
{
    Fact f;
    f.key = o.value(QStringLiteral("key")).toString();
    f.value = valueFromJson(o.value(QStringLiteral("value")));
    f.subject = o.value(QStringLiteral("subject")).toString();
    f.sourceId = o.value(QStringLiteral("source")).toString();
    f.observedAt =
        QDateTime::fromString(o.value(QStringLiteral("observedAt")).toString(), Qt::ISODateWithMs);
    f.evidence = o.value(QStringLiteral("evidence")).toString();
    return f;
}

void FactSet::add(const Fact &fact)
{
    m_facts.append(fact);
    m_index[fact.subject].insert(fact.key, m_facts.size() - 1);
}

void FactSet::addAll(const QList<Fact> &facts)
{
    for (const Fact &f : facts)
        add(f);
}

const Fact *FactSet::find(const QString &subject, const QString &key) const
{
    for (const QString &s : {subject, QString()}) {
        const auto bySubject = m_index.constFind(s);
        if (bySubject == m_index.cend())
            continue;
        const auto it = bySubject->constFind(key);
        if (it != bySubject->cend())
            return &m_facts.at(*it);
    }
    return nullptr;
}

QVariant FactSet::value(const QString &subject, const QString &key, const QVariant &fallback) const
{
    const Fact *f = find(subject, key);
    return f ? f->value : fallback;
}

QList<Fact> FactSet::visibleFrom(const QString &subject) const
{
    QList<Fact> out;
    for (const Fact &f : m_facts) {
        if (f.subject == subject || f.subject.isEmpty())
            out.append(f);
    }
    return out;
}

QStringList FactSet::subjects() const
{
    QStringList out;
    for (const Fact &f : m_facts) {
        if (!f.subject.isEmpty() && !out.contains(f.subject))
            out.append(f.subject);
    }
    return out;
}

} // namespace Gpsi
