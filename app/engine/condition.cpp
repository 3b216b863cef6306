#include "condition.h"
#include "factcontract.h"

#include <QJsonArray>
#include <QJsonObject>

#include "modulemetadata.h"

namespace Gpsi {

namespace {

struct OpName
{
    const char *name;
    Condition::Op op;
};

constexpr OpName kOps[] = {
    {"equals", Condition::Op::Equals},
    {"notEquals", Condition::Op::NotEquals},
    {"in", Condition::Op::In},
    {"notIn", Condition::Op::NotIn},
    {"contains", Condition::Op::Contains},
    {"matches", Condition::Op::Matches},
    {"lessThan", Condition::Op::LessThan},
    {"atMost", Condition::Op::AtMost},
    {"greaterThan", Condition::Op::GreaterThan},
    {"atLeast", Condition::Op::AtLeast},
    {"exists", Condition::Op::Exists},
};

bool isScalar(const QJsonValue &v)
{
    return v.isBool() || v.isDouble() || v.isString();
}

bool scalarEquals(const QVariant &value, const QJsonValue &operand)
{
    if (operand.isBool())
        return value.typeId() == QMetaType::Bool && value.toBool() == operand.toBool();
    if (operand.isDouble()) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok && value.typeId() != QMetaType::Bool && value.typeId() != QMetaType::QString &&
               d == operand.toDouble();
    }
    if (operand.isString()) {
        if (value.typeId() == QMetaType::Bool || value.typeId() == QMetaType::QStringList)
            return false;
        return value.toString().compare(operand.toString(), Qt::CaseInsensitive) == 0;
    }
    return false;
}

} // namespace

std::unique_ptr<Condition> Condition::parse(const QJsonValue &json, const QString &where,
                                            QStringList *errors)
{
    if (!json.isObject()) {
        errors->append(tr("%1: a condition must be a JSON object").arg(where));
        return nullptr;
    }
    const QJsonObject o = json.toObject();
    const bool hasAll = o.contains(QLatin1String("all"));
    const bool hasAny = o.contains(QLatin1String("any"));
    const bool hasNot = o.contains(QLatin1String("not"));
    const bool hasFact = o.contains(QLatin1String("fact"));
    if (int(hasAll) + int(hasAny) + int(hasNot) + int(hasFact) != 1) {
        errors->append(tr("%1: a condition needs exactly one of \"all\", \"any\", \"not\" or "
                          "\"fact\"")
                           .arg(where));
        return nullptr;
    }
    if (hasAll || hasAny)
        return parseGroup(o, hasAll ? Kind::All : Kind::Any, where, errors);
    if (hasNot)
        return parseNot(o, where, errors);
    return parseFact(o, where, errors);
}

std::unique_ptr<Condition> Condition::parseGroup(const QJsonObject &o, Kind kind,
                                                 const QString &where, QStringList *errors)
{
    const QString name = kind == Kind::All ? QStringLiteral("all") : QStringLiteral("any");
    if (o.size() != 1) {
        errors->append(tr("%1: \"%2\" takes no other fields").arg(where, name));
        return nullptr;
    }
    const QJsonValue list = o.value(name);
    if (!list.isArray() || list.toArray().isEmpty()) {
        errors->append(tr("%1.%2: must be a non-empty list of conditions").arg(where, name));
        return nullptr;
    }
    auto c = std::make_unique<Condition>();
    c->m_where = where;
    c->m_kind = kind;
    const QJsonArray array = list.toArray();
    // Every child is parsed, even after a bad one, so that all their problems are reported.
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto child =
            parse(array.at(i), QStringLiteral("%1.%2[%3]").arg(where, name).arg(i), errors);
        if (!child)
            ok = false;
        else
            c->m_children.append(std::shared_ptr<Condition>(std::move(child)));
    }
    return ok ? std::move(c) : nullptr;
}

std::unique_ptr<Condition> Condition::parseNot(const QJsonObject &o, const QString &where,
                                               QStringList *errors)
{
    if (o.size() != 1) {
        errors->append(tr("%1: \"not\" takes no other fields").arg(where));
        return nullptr;
    }
    auto child = parse(o.value(QLatin1String("not")), where + QStringLiteral(".not"), errors);
    if (!child)
        return nullptr;
    auto c = std::make_unique<Condition>();
    c->m_where = where;
    c->m_kind = Kind::Not;
    c->m_children.append(std::shared_ptr<Condition>(std::move(child)));
    return c;
}

std::unique_ptr<Condition> Condition::parseFact(const QJsonObject &o, const QString &where,
                                                QStringList *errors)
{
    const QJsonValue key = o.value(QLatin1String("fact"));
    if (!key.isString() || !ModuleMetadata::isValidFactKey(key.toString(), false)) {
        errors->append(tr("%1.fact: must be a fact key such as \"path.kind\"").arg(where));
        return nullptr;
    }
    auto c = std::make_unique<Condition>();
    c->m_where = where;
    c->m_kind = Kind::Fact;
    c->m_key = key.toString();
    QString opName;
    if (!c->readOperator(o, &opName, errors) || !c->checkOperand(opName, errors))
        return nullptr;
    return c;
}

bool Condition::readOperator(const QJsonObject &o, QString *opName, QStringList *errors)
{
    QStringList opsFound;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("fact"))
            continue;
        bool known = false;
        for (const OpName &op : kOps) {
            if (it.key() == QLatin1String(op.name)) {
                known = true;
                m_op = op.op;
                m_operand = it.value();
            }
        }
        if (!known) {
            errors->append(
                tr("%1: unknown operator \"%2\" for fact \"%3\"").arg(m_where, it.key(), m_key));
            return false;
        }
        opsFound << it.key();
    }
    if (opsFound.size() != 1) {
        errors->append(tr("%1: fact \"%2\" needs exactly one operator (found %3)")
                           .arg(m_where, m_key)
                           .arg(opsFound.size()));
        return false;
    }
    *opName = opsFound.first();
    return true;
}

bool Condition::checkOperand(const QString &opName, QStringList *errors)
{
    const QJsonValue &v = m_operand;
    switch (m_op) {
    case Op::Equals:
    case Op::NotEquals:
    case Op::Contains:
        if (!isScalar(v)) {
            errors->append(tr("%1.%2: needs a string, number or boolean").arg(m_where, opName));
            return false;
        }
        break;
    case Op::In:
    case Op::NotIn: {
        const QJsonArray array = v.toArray();
        bool ok = v.isArray() && !array.isEmpty();
        for (const QJsonValue &item : array)
            ok = ok && isScalar(item);
        if (!ok) {
            errors->append(tr("%1.%2: needs a non-empty list of strings, numbers or booleans")
                               .arg(m_where, opName));
            return false;
        }
        break;
    }
    case Op::Matches:
        if (!v.isString()) {
            errors->append(tr("%1.matches: needs a regular expression string").arg(m_where));
            return false;
        }
        // Compiled once here, so that a bad expression is a load error, not a silent mismatch.
        m_regex = QRegularExpression(v.toString(), QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid()) {
            errors->append(tr("%1.matches: invalid regular expression: %2")
                               .arg(m_where, m_regex.errorString()));
            return false;
        }
        break;
    case Op::LessThan:
    case Op::AtMost:
    case Op::GreaterThan:
    case Op::AtLeast:
        if (!v.isDouble()) {
            errors->append(tr("%1.%2: needs a number").arg(m_where, opName));
            return false;
        }
        break;
    case Op::Exists:
        if (!v.isBool()) {
            errors->append(tr("%1.exists: needs true or false").arg(m_where));
            return false;
        }
        break;
    }
    return true;
}

Condition::Evaluation Condition::evaluate(const FactSet &facts, const QString &subject,
                                          const Settled &settled) const
{
    switch (m_kind) {
    case Kind::All:
        return evaluateAll(facts, subject, settled);
    case Kind::Any:
        return evaluateAny(facts, subject, settled);
    case Kind::Not:
        return evaluateNot(facts, subject, settled);
    case Kind::Fact:
        break;
    }
    return evaluateFact(facts, subject, settled);
}

Condition::Evaluation Condition::evaluateAll(const FactSet &facts, const QString &subject,
                                             const Settled &settled) const
{
    // Kleene AND: any False decides False; otherwise any Unknown gives Unknown.
    Evaluation result;
    bool unknown = false;
    for (const auto &child : m_children) {
        Evaluation e = child->evaluate(facts, subject, settled);
        if (e.truth == Truth::False)
            return {Truth::False, {}, {}};
        if (e.truth == Truth::Unknown) {
            unknown = true;
            result.missingKeys << e.missingKeys;
        }
        result.cited << e.cited;
    }
    result.truth = unknown ? Truth::Unknown : Truth::True;
    if (unknown)
        result.cited.clear();
    return result;
}

Condition::Evaluation Condition::evaluateAny(const FactSet &facts, const QString &subject,
                                             const Settled &settled) const
{
    // Kleene OR: any True decides True; otherwise any Unknown gives Unknown.
    Evaluation result;
    bool unknown = false;
    for (const auto &child : m_children) {
        Evaluation e = child->evaluate(facts, subject, settled);
        if (e.truth == Truth::True) {
            result.truth = Truth::True;
            result.cited << e.cited;
        } else if (e.truth == Truth::Unknown) {
            unknown = true;
            result.missingKeys << e.missingKeys;
        }
    }
    if (result.truth == Truth::True) {
        result.missingKeys.clear();
        return result;
    }
    result.truth = unknown ? Truth::Unknown : Truth::False;
    return result;
}

Condition::Evaluation Condition::evaluateNot(const FactSet &facts, const QString &subject,
                                             const Settled &settled) const
{
    Evaluation result;
    Evaluation e = m_children.first()->evaluate(facts, subject, settled);
    // A condition on a fact that does not apply is false either way round: "not (smb2 ==
    // true)" says nothing about a server that could not be reached.
    if (e.truth == Truth::Unknown || e.notApplicable)
        return e;
    // The facts that made the inner condition false are not tracked; cite what was read.
    result.truth = e.truth == Truth::True ? Truth::False : Truth::True;
    if (result.truth == Truth::True) {
        for (const QString &key : m_children.first()->referencedKeys()) {
            if (const Fact *f = facts.find(subject, key))
                result.cited << *f;
        }
    }
    return result;
}

Condition::Evaluation Condition::evaluateFact(const FactSet &facts, const QString &subject,
                                              const Settled &settled) const
{
    Evaluation result;
    const Fact *fact = facts.find(subject, m_key);
    if (m_op == Op::Exists) {
        const bool holds = (fact != nullptr) == m_operand.toBool();
        result.truth = holds ? Truth::True : Truth::False;
        if (holds && fact)
            result.cited << *fact;
        return result;
    }
    if (!fact && settled && settled(subject, m_key)) {
        result.truth = Truth::False;
        result.notApplicable = true;
        return result;
    }
    if (!fact) {
        result.truth = Truth::Unknown;
        result.missingKeys << m_key;
        return result;
    }
    const bool holds = compare(fact->value);
    result.truth = holds ? Truth::True : Truth::False;
    if (holds)
        result.cited << *fact;
    return result;
}

bool Condition::compare(const QVariant &value) const
{
    bool holds = false;
    switch (m_op) {
    case Op::Equals:
        holds = scalarEquals(value, m_operand);
        break;
    case Op::NotEquals:
        holds = !scalarEquals(value, m_operand);
        break;
    case Op::In:
    case Op::NotIn: {
        bool found = false;
        for (const QJsonValue &item : m_operand.toArray())
            found = found || scalarEquals(value, item);
        holds = m_op == Op::In ? found : !found;
        break;
    }
    case Op::Contains:
        if (value.typeId() == QMetaType::QStringList)
            holds = value.toStringList().contains(m_operand.toVariant().toString(),
                                                  Qt::CaseInsensitive);
        else
            holds =
                value.toString().contains(m_operand.toVariant().toString(), Qt::CaseInsensitive);
        break;
    case Op::Matches:
        if (value.typeId() == QMetaType::QStringList) {
            for (const QString &s : value.toStringList())
                holds = holds || m_regex.match(s).hasMatch();
        } else {
            holds = m_regex.match(value.toString()).hasMatch();
        }
        break;
    case Op::LessThan:
    case Op::AtMost:
    case Op::GreaterThan:
    case Op::AtLeast: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        const double bound = m_operand.toDouble();
        if (ok && value.typeId() != QMetaType::Bool) {
            holds = m_op == Op::LessThan      ? d < bound
                    : m_op == Op::AtMost      ? d <= bound
                    : m_op == Op::GreaterThan ? d > bound
                                              : d >= bound;
        }
        break;
    }
    case Op::Exists:
        break; // decided in evaluateFact(): it needs no value
    }
    return holds;
}

QStringList Condition::referencedKeys() const
{
    if (m_kind == Kind::Fact)
        return {m_key};
    QStringList keys;
    for (const auto &child : m_children) {
        for (const QString &k : child->referencedKeys()) {
            if (!keys.contains(k))
                keys << k;
        }
    }
    return keys;
}

namespace {

// The operator's name as the knowledge base spells it.
QString opName(Condition::Op op)
{
    for (const OpName &o : kOps) {
        if (o.op == op)
            return QLatin1String(o.name);
    }
    return {};
}

// Whether a JSON operand has the fact's type (numbers for integer and double facts).
bool operandFits(const QJsonValue &v, Fact::Type type)
{
    switch (type) {
    case Fact::Type::Bool:
        return v.isBool();
    case Fact::Type::Integer:
    case Fact::Type::Double:
        return v.isDouble();
    case Fact::Type::String:
    case Fact::Type::StringList:
        return v.isString();
    case Fact::Type::Invalid:
        break;
    }
    return false;
}

} // namespace

void Condition::checkAgainst(const FactContract &contract, QStringList *problems) const
{
    if (m_kind != Kind::Fact) {
        for (const auto &child : m_children)
            child->checkAgainst(contract, problems);
        return;
    }
    const FactDeclaration *d = contract.find(m_key);
    const QString op = opName(m_op);
    if (!d) {
        problems->append(
            tr("%1.fact: \"%2\" is not a fact any loaded module declares").arg(m_where, m_key));
        return;
    }
    const QString type = FactDeclaration::typeId(d->type);
    const bool numeric = d->type == Fact::Type::Integer || d->type == Fact::Type::Double;
    const bool text = d->type == Fact::Type::String || d->type == Fact::Type::StringList;
    bool suits = true;
    switch (m_op) {
    case Op::Exists:
        return;
    case Op::Equals:
    case Op::NotEquals:
    case Op::In:
    case Op::NotIn:
        suits = d->type != Fact::Type::StringList;
        break;
    case Op::Contains:
    case Op::Matches:
        suits = text;
        break;
    case Op::LessThan:
    case Op::AtMost:
    case Op::GreaterThan:
    case Op::AtLeast:
        suits = numeric;
        break;
    }
    if (!suits) {
        problems->append(tr("%1.%2: \"%3\" is a %4 fact; \"%2\" does not apply to it")
                             .arg(m_where, op, m_key, type));
        return;
    }
    if (m_op == Op::Matches)
        return; // a regular expression, checked when parsed
    const bool enumerated = text && d->isEnumeration();
    // "contains" on a string fact is a substring test: any text may be asked for.
    const bool substring = m_op == Op::Contains && d->type == Fact::Type::String;
    const QJsonArray operands = m_operand.isArray() ? m_operand.toArray() : QJsonArray{m_operand};
    for (qsizetype i = 0; i < operands.size(); ++i) {
        const QString at = m_operand.isArray() ? QStringLiteral("%1.%2[%3]").arg(m_where, op).arg(i)
                                               : QStringLiteral("%1.%2").arg(m_where, op);
        const QJsonValue v = operands.at(i);
        if (!operandFits(v, d->type))
            problems->append(
                tr("%1: \"%2\" is a %3 fact; compare it with a %3").arg(at, m_key, type));
        else if (enumerated && !substring && !d->values.contains(v.toString()))
            problems->append(
                tr("%1: \"%2\" is not a value of \"%3\" (declared: %4)")
                    .arg(at, v.toString(), m_key, d->values.join(QStringLiteral(", "))));
    }
}

} // namespace Gpsi
