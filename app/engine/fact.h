#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace Gpsi {

// A typed observation made by a check module. Facts are the only thing modules hand on.
// Keys are dotted ("server.os.family"); values are bool, integer, double, string or string list.
struct Fact
{
    QString key;
    QVariant value;
    QString subject;  // the package path the fact is about; empty for case-wide facts
    QString sourceId; // id of the module that produced it
    QDateTime observedAt;
    QString evidence; // raw excerpt: a resolver answer, bytes on the wire, an event record

    enum class Type { Bool, Integer, Double, String, StringList, Invalid };
    Type type() const { return typeOf(value); }
    static Type typeOf(const QVariant &value);
    static QString typeName(Type type);

    // Human-readable rendering of the value ("yes"/"no", comma-joined lists).
    QString displayValue() const;

    QJsonObject toJson() const;
    static Fact fromJson(const QJsonObject &object);
    static QJsonValue valueToJson(const QVariant &value);
    static QVariant valueFromJson(const QJsonValue &value);

    bool operator==(const Fact &other) const = default;
};

// An append-only set of facts with lookups by subject and key. A case-wide fact (empty subject)
// is visible from every subject.
class FactSet
{
public:
    void add(const Fact &fact);
    void addAll(const QList<Fact> &facts);
    const QList<Fact> &all() const { return m_facts; }
    bool isEmpty() const { return m_facts.isEmpty(); }
    qsizetype size() const { return m_facts.size(); }

    // The latest fact with this key for the subject (or case-wide); nullptr when absent.
    const Fact *find(const QString &subject, const QString &key) const;
    bool contains(const QString &subject, const QString &key) const
    {
        return find(subject, key) != nullptr;
    }
    QVariant value(const QString &subject, const QString &key, const QVariant &fallback = {}) const;
    // Facts visible from the subject (its own plus case-wide ones), in insertion order.
    QList<Fact> visibleFrom(const QString &subject) const;
    QStringList subjects() const;

private:
    QList<Fact> m_facts;
    // subject -> key -> index of the latest such fact in m_facts, so lookups stay O(1) when a
    // fleet case holds thousands of facts.
    QHash<QString, QHash<QString, qsizetype>> m_index;
};

} // namespace Gpsi
