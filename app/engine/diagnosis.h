#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

#include "checkrun.h"
#include "condition.h"
#include "fact.h"
#include "factcontract.h"

namespace Gpsi {

enum class Severity { Info, Warning, Error, Critical };
QString severityId(Severity severity);    // "info", "warning", "error", "critical"
QString severityTitle(Severity severity); // translated
bool severityFromId(const QString &id, Severity *out);

struct Reference
{
    QString label; // "KB 323304"
    QString title;
    QString url;

    bool operator==(const Reference &other) const = default;
};

// A weighted condition that raises (support) or lowers (against) a cause's confidence.
struct Weighted
{
    std::shared_ptr<const Condition> condition;
    double weight = 0.0;
    QString note;
};

// One row of the knowledge base: a known cause of the failure, as data.
struct Cause
{
    QString id; // "GPSI-NT4-NOKERB"
    QString title;
    QString explanation;
    QString category;
    Severity severity = Severity::Error;
    double confidence = 0.5; // when its condition holds, before support/against
    bool caseScope = false;  // evaluated once for the case instead of once per package path
    std::shared_ptr<const Condition> when;
    QList<Weighted> support;
    QList<Weighted> against;
    QStringList fix;
    QStringList verify;
    QList<Reference> references;
};

struct CitedFact
{
    Fact fact;
    QString note; // why it counts (the support/against note), may be empty

    bool operator==(const CitedFact &other) const = default;
};

// A cause that holds for one subject, with the facts cited for and against it.
struct Finding
{
    QString causeId;
    QString subject;
    QString title;       // placeholders filled from the facts
    QString explanation; // placeholders filled from the facts
    QString category;
    Severity severity = Severity::Error;
    double confidence = 0.0;
    QList<CitedFact> evidenceFor;
    QList<CitedFact> evidenceAgainst;
    QStringList fix;
    QStringList verify;
    QList<Reference> references;

    bool operator==(const Finding &other) const = default;
};

// A cause that could be neither confirmed nor ruled out: the facts it needs are missing.
struct NotAssessed
{
    QString causeId;
    QString subject;
    QString title;
    QStringList missingFacts;

    bool operator==(const NotAssessed &other) const = default;
};

struct Diagnosis
{
    QList<Finding> findings; // ranked: severity, then confidence, then knowledge-base order
    QList<NotAssessed> notAssessed;

    // A problem is any finding of severity Warning or worse.
    bool hasProblem() const;
};

// The knowledge base: causes as data, loaded and validated from JSON (format documented in
// docs/knowledge-base.md), evaluated against facts.
class KnowledgeBase
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::KnowledgeBase)

public:
    static constexpr int SchemaVersion = 1;

    // Parses and validates the whole document. Returns false with one error line per problem
    // (each naming its place, e.g. "causes[2].when.all[0]: unknown operator").
    static bool load(const QByteArray &json, KnowledgeBase *out, QStringList *errors);
    static bool loadFile(const QString &fileName, KnowledgeBase *out, QStringList *errors);
    // The knowledge base compiled into the program (resources/knowledge/causes.json).
    static const KnowledgeBase &builtin();
    // The built-in knowledge base plus the causes of each file, every file checked against the
    // fact contract first. False with one line per problem (file, JSON path, message); `out`
    // then holds the built-in causes and those of the files that passed.
    static bool withFiles(const QStringList &files, const FactContract &contract,
                          KnowledgeBase *out, QStringList *errors);
    // One knowledge file on its own: loaded, checked against the contract and against the
    // built-in ids. The problems, one line each, without the file name.
    static QStringList validateFile(const QString &fileName, const FactContract &contract,
                                    KnowledgeBase *out = nullptr);

    const QList<Cause> &causes() const { return m_causes; }
    const Cause *find(const QString &id) const;

    // Checks every condition and {placeholder} against the facts the modules declare. One line
    // per problem, starting with its JSON path ("causes[3] (GPSI-X).when.all[1].equals: ...").
    QStringList checkAgainst(const FactContract &contract) const;
    // Adds the causes of another knowledge base (an admin's file given with --knowledge). An id
    // already taken is an error, with nothing added.
    bool add(const KnowledgeBase &other, const QString &source, QStringList *errors);

    // Evaluates every cause for every subject (package path) and ranks the findings. With the
    // runs, a fact that a conclusive run declared but did not produce counts as not applying
    // (the cause does not hold) rather than unknown (the cause is "not assessed").
    Diagnosis evaluate(const FactSet &facts, const QStringList &subjects,
                       const QList<CheckRun> &runs = {}) const;

private:
    QList<Cause> m_causes;
};

} // namespace Gpsi
