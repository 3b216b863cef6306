#include "factdeclaration.h"

#include <QJsonArray>

namespace Gpsi {

namespace {

const QStringList kFields = {QStringLiteral("key"),    QStringLiteral("type"),
                             QStringLiteral("values"), QStringLiteral("min"),
                             QStringLiteral("max"),    QStringLiteral("optional"),
                             QStringLiteral("meaning")};

bool isNumeric(Fact::Type type)
{
    return type == Fact::Type::Integer || type == Fact::Type::Double;
}

bool isText(Fact::Type type)
{
    return type == Fact::Type::String || type == Fact::Type::StringList;
}

// Whether a produced value has the declared type (an integer is a fine double).
bool hasType(const QVariant &value, Fact::Type type)
{
    const Fact::Type actual = Fact::typeOf(value);
    return actual == type || (type == Fact::Type::Double && actual == Fact::Type::Integer);
}

void readValues(const QJsonObject &o, const QString &where, FactDeclaration *d,
                QStringList *problems)
{
    const QJsonValue v = o.value(QLatin1String("values"));
    if (v.isUndefined())
        return;
    if (!isText(d->type)) {
        problems->append(FactDeclaration::tr("%1.values: only a string or string-list fact has "
                                             "allowed values")
                             .arg(where));
        return;
    }
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.isEmpty()) {
        problems->append(
            FactDeclaration::tr("%1.values: must be a non-empty list of strings").arg(where));
        return;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            problems->append(
                FactDeclaration::tr("%1.values[%2]: must be a non-empty string").arg(where).arg(i));
        else if (d->values.contains(array.at(i).toString()))
            problems->append(FactDeclaration::tr("%1.values[%2]: \"%3\" is listed twice")
                                 .arg(where)
                                 .arg(i)
                                 .arg(array.at(i).toString()));
        else
            d->values << array.at(i).toString();
    }
}

void readBound(const QJsonObject &o, const QString &field, const QString &where, FactDeclaration *d,
               std::optional<double> *out, QStringList *problems)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return;
    if (!isNumeric(d->type))
        problems->append(FactDeclaration::tr("%1.%2: only an integer or double fact has a range")
                             .arg(where, field));
    else if (!v.isDouble())
        problems->append(FactDeclaration::tr("%1.%2: must be a number").arg(where, field));
    else
        *out = v.toDouble();
}

} // namespace

QString FactDeclaration::typeId(Fact::Type type)
{
    switch (type) {
    case Fact::Type::Bool:
        return QStringLiteral("bool");
    case Fact::Type::Integer:
        return QStringLiteral("integer");
    case Fact::Type::Double:
        return QStringLiteral("double");
    case Fact::Type::String:
        return QStringLiteral("string");
    case Fact::Type::StringList:
        return QStringLiteral("string-list");
    case Fact::Type::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

Fact::Type FactDeclaration::typeFromId(const QString &id)
{
    for (Fact::Type t : {Fact::Type::Bool, Fact::Type::Integer, Fact::Type::Double,
                         Fact::Type::String, Fact::Type::StringList}) {
        if (typeId(t) == id)
            return t;
    }
    return Fact::Type::Invalid;
}

bool FactDeclaration::covers(const QString &factKey) const
{
    return factKey == key || (isFamily() && factKey.startsWith(key.chopped(1)));
}

QString FactDeclaration::violation(const QVariant &value) const
{
    if (!hasType(value, type)) {
        return tr("the value is a %1, the declaration says %2")
            .arg(QString::fromLatin1(value.typeName()), typeId(type));
    }
    if (isEnumeration()) {
        const QStringList items =
            type == Fact::Type::StringList ? value.toStringList() : QStringList{value.toString()};
        for (const QString &item : items) {
            if (!values.contains(item))
                return tr("\"%1\" is not one of the declared values").arg(item);
        }
    }
    if (isNumeric(type)) {
        const double d = value.toDouble();
        if ((min && d < *min) || (max && d > *max))
            return tr("%1 is outside the declared range").arg(value.toString());
    }
    return {};
}

bool FactDeclaration::fromJson(const QJsonValue &json, const QString &where, FactDeclaration *out,
                               QStringList *errors)
{
    if (!json.isObject()) {
        errors->append(tr("%1: must be an object with \"key\", \"type\", \"optional\" and "
                          "\"meaning\"")
                           .arg(where));
        return false;
    }
    const QJsonObject o = json.toObject();
    QStringList problems;
    FactDeclaration d;
    d.key = o.value(QLatin1String("key")).toString();
    if (d.key.isEmpty())
        problems << tr("%1.key: must be a fact key such as \"server.os.family\"").arg(where);
    const QString type = o.value(QLatin1String("type")).toString();
    d.type = typeFromId(type);
    if (d.type == Fact::Type::Invalid)
        problems << tr("%1.type: \"%2\" is not one of bool, integer, double, string, "
                       "string-list")
                        .arg(where, type);
    readValues(o, where, &d, &problems);
    readBound(o, QStringLiteral("min"), where, &d, &d.min, &problems);
    readBound(o, QStringLiteral("max"), where, &d, &d.max, &problems);
    if (!o.value(QLatin1String("optional")).isBool())
        problems << tr("%1.optional: must be true or false").arg(where);
    d.optional = o.value(QLatin1String("optional")).toBool();
    d.meaning = o.value(QLatin1String("meaning")).toString().trimmed();
    if (d.meaning.isEmpty())
        problems << tr("%1.meaning: must say in one line what the fact means").arg(where);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kFields.contains(it.key()))
            problems << tr("%1: unknown field \"%2\"").arg(where, it.key());
    }
    errors->append(problems);
    if (problems.isEmpty())
        *out = d;
    return problems.isEmpty();
}

QJsonObject FactDeclaration::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("type"), typeId(type));
    if (!values.isEmpty())
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
    if (min)
        o.insert(QStringLiteral("min"), *min);
    if (max)
        o.insert(QStringLiteral("max"), *max);
    o.insert(QStringLiteral("optional"), optional);
    o.insert(QStringLiteral("meaning"), meaning);
    return o;
}

} // namespace Gpsi
