#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

#include "fact.h"

namespace Gpsi {
class FactContract;
}

namespace Gpsi {

// Three-valued truth: a condition over a fact that nobody established is Unknown, so a cause
// whose facts are missing is reported as "not assessed" rather than silently false.
enum class Truth { False, True, Unknown };

// A condition over facts, parsed from the knowledge base:
//   {"all": [...]}, {"any": [...]}, {"not": {...}}
//   {"fact": "key", "<op>": value} with op one of equals, notEquals, in, notIn, contains,
//   matches, lessThan, atMost, greaterThan, atLeast, exists
class Condition
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::Condition)

public:
    enum class Kind { All, Any, Not, Fact };
    enum class Op {
        Equals,
        NotEquals,
        In,
        NotIn,
        Contains,
        Matches,
        LessThan,
        AtMost,
        GreaterThan,
        AtLeast,
        Exists
    };

    // Parses and validates. `where` names the place in the document for error messages
    // ("causes[3].when"); errors get one line per problem.
    static std::unique_ptr<Condition> parse(const QJsonValue &json, const QString &where,
                                            QStringList *errors);

    struct Evaluation
    {
        Truth truth = Truth::Unknown;
        QList<Fact> cited;          // facts that decided a True result
        QStringList missingKeys;    // facts whose absence made the result Unknown
        bool notApplicable = false; // False because the fact does not apply (settled, absent)
    };
    // `settled` says whether a missing fact is known not to apply to the subject (its module
    // ran and did not produce it); such a fact makes a comparison False instead of Unknown.
    using Settled = std::function<bool(const QString &subject, const QString &key)>;
    Evaluation evaluate(const FactSet &facts, const QString &subject,
                        const Settled &settled = {}) const;

    QStringList referencedKeys() const;

    // Checks every fact condition against the facts' declarations: the fact is declared, the
    // operator suits its type, the operand has that type and, for an enumeration, is one of
    // its values. One line per problem, starting with the condition's JSON path.
    void checkAgainst(const FactContract &contract, QStringList *problems) const;

private:
    // The steps of parse(): one per kind of condition, then a fact condition's operator and
    // operand. Each reports its problems in `errors` and returns null or false on the first one.
    static std::unique_ptr<Condition> parseGroup(const QJsonObject &o, Kind kind,
                                                 const QString &where, QStringList *errors);
    static std::unique_ptr<Condition> parseNot(const QJsonObject &o, const QString &where,
                                               QStringList *errors);
    static std::unique_ptr<Condition> parseFact(const QJsonObject &o, const QString &where,
                                                QStringList *errors);
    bool readOperator(const QJsonObject &o, QString *opName, QStringList *errors);
    bool checkOperand(const QString &opName, QStringList *errors);

    // The steps of evaluate(), one per kind; compare() applies a fact condition's operator.
    Evaluation evaluateAll(const FactSet &facts, const QString &subject,
                           const Settled &settled) const;
    Evaluation evaluateAny(const FactSet &facts, const QString &subject,
                           const Settled &settled) const;
    Evaluation evaluateNot(const FactSet &facts, const QString &subject,
                           const Settled &settled) const;
    Evaluation evaluateFact(const FactSet &facts, const QString &subject,
                            const Settled &settled) const;
    bool compare(const QVariant &value) const;

    Kind m_kind = Kind::Fact;
    QList<std::shared_ptr<Condition>> m_children;
    QString m_where; // JSON path, for messages
    QString m_key;
    Op m_op = Op::Equals;
    QJsonValue m_operand;
    QRegularExpression m_regex;
};

} // namespace Gpsi
