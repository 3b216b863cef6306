#include "diagnosis.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcDiagnosis, "gpsi.core.diagnosis", QtInfoMsg)

namespace Gpsi {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("error");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Gpsi::Severity", "Information");
    case Severity::Warning:
        return QCoreApplication::translate("Gpsi::Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("Gpsi::Severity", "Error");
    case Severity::Critical:
        return QCoreApplication::translate("Gpsi::Severity", "Critical");
    }
    return {};
}

bool severityFromId(const QString &id, Severity *out)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error, Severity::Critical}) {
        if (severityId(s) == id) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool Diagnosis::hasProblem() const
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity >= Severity::Warning; });
}

namespace {

const QStringList kCauseFields = {
    QStringLiteral("id"),        QStringLiteral("title"),    QStringLiteral("explanation"),
    QStringLiteral("category"),  QStringLiteral("severity"), QStringLiteral("confidence"),
    QStringLiteral("scope"),     QStringLiteral("when"),     QStringLiteral("support"),
    QStringLiteral("against"),   QStringLiteral("fix"),      QStringLiteral("verify"),
    QStringLiteral("references")};

bool readText(const QJsonObject &o, const QString &field, const QString &where, bool required,
              QString *out, QStringList *errors)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() && !required)
        return true;
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        errors->append(KnowledgeBase::tr("%1.%2: must be a non-empty string").arg(where, field));
        return false;
    }
    *out = v.toString();
    return true;
}

bool readTextList(const QJsonObject &o, const QString &field, const QString &where, bool required,
                  QStringList *out, QStringList *errors)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() && !required)
        return true;
    const QJsonArray array = v.toArray();
    if (!v.isArray() || (required && array.isEmpty())) {
        errors->append(
            KnowledgeBase::tr("%1.%2: must be a%3 list of strings")
                .arg(where, field, required ? KnowledgeBase::tr(" non-empty") : QString()));
        return false;
    }
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty()) {
            errors->append(KnowledgeBase::tr("%1.%2[%3]: must be a non-empty string")
                               .arg(where, field)
                               .arg(i));
            ok = false;
            continue;
        }
        out->append(array.at(i).toString());
    }
    return ok;
}

bool readWeighted(const QJsonObject &o, const QString &field, const QString &where,
                  QList<Weighted> *out, QStringList *errors)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        errors->append(KnowledgeBase::tr("%1.%2: must be a list").arg(where, field));
        return false;
    }
    bool ok = true;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString here = QStringLiteral("%1.%2[%3]").arg(where, field).arg(i);
        const QJsonObject item = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            errors->append(KnowledgeBase::tr("%1: must be an object").arg(here));
            ok = false;
            continue;
        }
        Weighted w;
        const QJsonValue weight = item.value(QLatin1String("weight"));
        if (!weight.isDouble() || weight.toDouble() <= 0.0 || weight.toDouble() > 1.0) {
            errors->append(KnowledgeBase::tr("%1.weight: must be a number in (0, 1]").arg(here));
            ok = false;
        }
        w.weight = weight.toDouble();
        w.note = item.value(QLatin1String("note")).toString();
        auto condition = Condition::parse(item.value(QLatin1String("when")),
                                          here + QStringLiteral(".when"), errors);
        if (!condition) {
            ok = false;
            continue;
        }
        w.condition = std::shared_ptr<const Condition>(std::move(condition));
        out->append(w);
    }
    return ok;
}

// Replaces {fact.key} with the fact's display value and {subject} with the package path.
// A placeholder with no fact behind it reads `missing`: "(unknown)" in findings, an ellipsis in
// the titles of causes that were not assessed (where most facts are missing by definition).
QString fillPlaceholders(const QString &text, const FactSet &facts, const QString &subject,
                         const QString &missing = KnowledgeBase::tr("(unknown)"))
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z][a-z0-9.-]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (key == QLatin1String("subject")) {
            out += subject;
        } else if (const Fact *f = facts.find(subject, key)) {
            out += f->displayValue();
        } else {
            out += missing;
        }
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

void appendUnique(QList<CitedFact> *list, const Fact &fact, const QString &note)
{
    for (CitedFact &c : *list) {
        if (c.fact.key == fact.key && c.fact.subject == fact.subject) {
            if (c.note.isEmpty())
                c.note = note;
            return;
        }
    }
    list->append({fact, note});
}

} // namespace

namespace {

// The document's frame: valid JSON, an object, the schema version this program reads and a list
// of causes. Any problem here ends the load: nothing further can be read.
bool readCauseList(const QByteArray &json, QJsonArray *causes, QStringList *errors)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(KnowledgeBase::tr("not valid JSON (offset %1: %2)")
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        errors->append(KnowledgeBase::tr("the document must be a JSON object"));
        return false;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QLatin1String("schemaVersion")).toInt(-1);
    if (version != KnowledgeBase::SchemaVersion) {
        errors->append(KnowledgeBase::tr("schemaVersion must be %1 (found %2)")
                           .arg(KnowledgeBase::SchemaVersion)
                           .arg(root.value(QLatin1String("schemaVersion")).toVariant().toString()));
        return false;
    }
    const QJsonValue causesValue = root.value(QLatin1String("causes"));
    if (!causesValue.isArray()) {
        errors->append(KnowledgeBase::tr("\"causes\" must be a list"));
        return false;
    }
    *causes = causesValue.toArray();
    return true;
}

// The cause's id, of the required form and not taken by an earlier cause of `kb`. Once read,
// `where` names the cause by its id as well, so that the later problems are easy to place.
void readId(const QJsonObject &o, qsizetype i, const KnowledgeBase &kb, Cause *c, QString *where,
            QStringList *problems)
{
    static const QRegularExpression idPattern(QStringLiteral("^GPSI-[A-Z0-9]+(-[A-Z0-9]+)*$"));
    if (!readText(o, QStringLiteral("id"), *where, true, &c->id, problems))
        return;
    *where = QStringLiteral("causes[%1] (%2)").arg(i).arg(c->id);
    if (!idPattern.match(c->id).hasMatch())
        problems->append(
            KnowledgeBase::tr("%1.id: must look like GPSI-WORD-WORD (capitals, digits, '-')")
                .arg(*where));
    if (kb.find(c->id))
        problems->append(KnowledgeBase::tr("%1.id: duplicate id").arg(*where));
}

void checkFieldNames(const QJsonObject &o, const QString &where, QStringList *problems)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kCauseFields.contains(it.key()))
            problems->append(KnowledgeBase::tr("%1: unknown field \"%2\"").arg(where, it.key()));
    }
}

// How the cause is rated and where it applies: severity, confidence and scope.
void readRating(const QJsonObject &o, const QString &where, Cause *c, QStringList *problems)
{
    QString severity;
    if (readText(o, QStringLiteral("severity"), where, true, &severity, problems) &&
        !severityFromId(severity, &c->severity)) {
        problems->append(KnowledgeBase::tr("%1.severity: must be one of info, warning, error, "
                                           "critical (found \"%2\")")
                             .arg(where, severity));
    }
    const QJsonValue confidence = o.value(QLatin1String("confidence"));
    if (!confidence.isDouble() || confidence.toDouble() < 0.0 || confidence.toDouble() > 1.0)
        problems->append(
            KnowledgeBase::tr("%1.confidence: must be a number between 0 and 1").arg(where));
    c->confidence = confidence.toDouble();
    const QString scope = o.value(QLatin1String("scope")).toString(QStringLiteral("package"));
    if (scope != QLatin1String("package") && scope != QLatin1String("case"))
        problems->append(KnowledgeBase::tr("%1.scope: must be \"package\" or \"case\"").arg(where));
    c->caseScope = scope == QLatin1String("case");
}

// The conditions: "when" (required), then the weighted "support" and "against".
void readConditions(const QJsonObject &o, const QString &where, Cause *c, QStringList *problems)
{
    if (!o.contains(QLatin1String("when"))) {
        problems->append(KnowledgeBase::tr("%1.when: is missing").arg(where));
    } else if (auto when = Condition::parse(o.value(QLatin1String("when")),
                                            where + QStringLiteral(".when"), problems)) {
        c->when = std::shared_ptr<const Condition>(std::move(when));
    }
    readWeighted(o, QStringLiteral("support"), where, &c->support, problems);
    readWeighted(o, QStringLiteral("against"), where, &c->against, problems);
}

void readReferences(const QJsonObject &o, const QString &where, Cause *c, QStringList *problems)
{
    const QJsonValue refs = o.value(QLatin1String("references"));
    if (!refs.isUndefined() && !refs.isArray())
        problems->append(KnowledgeBase::tr("%1.references: must be a list").arg(where));
    const QJsonArray refArray = refs.toArray();
    for (qsizetype r = 0; r < refArray.size(); ++r) {
        const QJsonObject ro = refArray.at(r).toObject();
        Reference ref;
        ref.label = ro.value(QLatin1String("label")).toString();
        ref.title = ro.value(QLatin1String("title")).toString();
        ref.url = ro.value(QLatin1String("url")).toString();
        if (!refArray.at(r).isObject() || ref.label.trimmed().isEmpty())
            problems->append(
                KnowledgeBase::tr("%1.references[%2]: needs a \"label\"").arg(where).arg(r));
        else if (!ref.url.isEmpty() && !ref.url.startsWith(QLatin1String("https://")) &&
                 !ref.url.startsWith(QLatin1String("http://")))
            problems->append(KnowledgeBase::tr("%1.references[%2].url: must be an http(s) address")
                                 .arg(where)
                                 .arg(r));
        c->references << ref;
    }
}

// One cause, every field read even after a problem so that all problems are reported, in the
// order of the documented fields. True when the cause had no problem.
bool readCause(const QJsonObject &o, qsizetype i, const KnowledgeBase &kb, Cause *c,
               QStringList *problems)
{
    const qsizetype before = problems->size();
    QString where = QStringLiteral("causes[%1]").arg(i);
    readId(o, i, kb, c, &where, problems);
    checkFieldNames(o, where, problems);
    readText(o, QStringLiteral("title"), where, true, &c->title, problems);
    readText(o, QStringLiteral("explanation"), where, true, &c->explanation, problems);
    readText(o, QStringLiteral("category"), where, true, &c->category, problems);
    readRating(o, where, c, problems);
    readConditions(o, where, c, problems);
    readTextList(o, QStringLiteral("fix"), where, true, &c->fix, problems);
    readTextList(o, QStringLiteral("verify"), where, true, &c->verify, problems);
    readReferences(o, where, c, problems);
    return problems->size() == before;
}

} // namespace

bool KnowledgeBase::load(const QByteArray &json, KnowledgeBase *out, QStringList *errors)
{
    QJsonArray causes;
    if (!readCauseList(json, &causes, errors))
        return false;
    QStringList problems;
    KnowledgeBase kb;
    for (qsizetype i = 0; i < causes.size(); ++i) {
        if (!causes.at(i).isObject()) {
            problems << tr("%1: must be an object").arg(QStringLiteral("causes[%1]").arg(i));
            continue;
        }
        Cause c;
        if (readCause(causes.at(i).toObject(), i, kb, &c, &problems))
            kb.m_causes.append(c);
    }
    if (!problems.isEmpty()) {
        errors->append(problems);
        return false;
    }
    *out = kb;
    return true;
}

bool KnowledgeBase::loadFile(const QString &fileName, KnowledgeBase *out, QStringList *errors)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(tr("cannot read %1: %2").arg(fileName, file.errorString()));
        return false;
    }
    return load(file.readAll(), out, errors);
}

const KnowledgeBase &KnowledgeBase::builtin()
{
    static const KnowledgeBase kb = [] {
        KnowledgeBase loaded;
        QStringList errors;
        if (!loadFile(QStringLiteral(":/gpsi/knowledge/causes.json"), &loaded, &errors)) {
            // The built-in file is validated by the test suite; this only guards a broken build.
            qCCritical(lcDiagnosis).noquote()
                << "built-in knowledge base is invalid:" << errors.join(QStringLiteral("\n"));
        }
        return loaded;
    }();
    return kb;
}

namespace {

// Every {fact.key} in a cause's texts that no module declares ({subject} is the package path).
void checkPlaceholders(const Cause &c, const QString &where, const FactContract &contract,
                       QStringList *problems)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z][a-z0-9.-]*)\\}"));
    const QList<std::pair<QString, QStringList>> texts = {
        {QStringLiteral("title"), {c.title}},
        {QStringLiteral("explanation"), {c.explanation}},
        {QStringLiteral("fix"), c.fix},
        {QStringLiteral("verify"), c.verify}};
    for (const auto &[field, lines] : texts) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString at =
                field == QLatin1String("title") || field == QLatin1String("explanation")
                    ? QStringLiteral("%1.%2").arg(where, field)
                    : QStringLiteral("%1.%2[%3]").arg(where, field).arg(i);
            auto it = placeholder.globalMatch(lines.at(i));
            while (it.hasNext()) {
                const QString key = it.next().captured(1);
                if (key != QLatin1String("subject") && !contract.find(key))
                    problems->append(KnowledgeBase::tr("%1: placeholder {%2} names no fact any "
                                                       "loaded module declares")
                                         .arg(at, key));
            }
        }
    }
}

} // namespace

QStringList KnowledgeBase::checkAgainst(const FactContract &contract) const
{
    QStringList problems;
    for (qsizetype i = 0; i < m_causes.size(); ++i) {
        const Cause &c = m_causes.at(i);
        if (c.when)
            c.when->checkAgainst(contract, &problems);
        for (const Weighted &w : c.support + c.against)
            w.condition->checkAgainst(contract, &problems);
        checkPlaceholders(c, QStringLiteral("causes[%1] (%2)").arg(i).arg(c.id), contract,
                          &problems);
    }
    return problems;
}

bool KnowledgeBase::add(const KnowledgeBase &other, const QString &source, QStringList *errors)
{
    QStringList taken;
    for (const Cause &c : other.m_causes) {
        if (find(c.id))
            taken << c.id;
    }
    if (!taken.isEmpty()) {
        errors->append(tr("%1: cause id(s) already in use: %2 (choose ids of your own, e.g. "
                          "GPSI-SITE-...)")
                           .arg(source, taken.join(QStringLiteral(", "))));
        return false;
    }
    m_causes << other.m_causes;
    return true;
}

QStringList KnowledgeBase::validateFile(const QString &fileName, const FactContract &contract,
                                        KnowledgeBase *out)
{
    QStringList problems;
    KnowledgeBase kb;
    if (!loadFile(fileName, &kb, &problems))
        return problems;
    problems << kb.checkAgainst(contract);
    QStringList taken;
    for (const Cause &c : kb.m_causes) {
        if (builtin().find(c.id))
            taken << c.id;
    }
    if (!taken.isEmpty())
        problems << tr("cause id(s) already used by the built-in knowledge base: %1 (choose ids "
                       "of your own, e.g. GPSI-SITE-...)")
                        .arg(taken.join(QStringLiteral(", ")));
    if (out)
        *out = kb;
    return problems;
}

bool KnowledgeBase::withFiles(const QStringList &files, const FactContract &contract,
                              KnowledgeBase *out, QStringList *errors)
{
    KnowledgeBase combined = builtin();
    QStringList problems;
    for (const QString &file : files) {
        KnowledgeBase kb;
        const QStringList own = validateFile(file, contract, &kb);
        for (const QString &line : own)
            problems << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), line);
        if (own.isEmpty())
            combined.add(kb, QDir::toNativeSeparators(file), &problems);
    }
    errors->append(problems);
    *out = combined;
    return problems.isEmpty();
}

const Cause *KnowledgeBase::find(const QString &id) const
{
    for (const Cause &c : m_causes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

namespace {

// A missing fact counts as not applying when a conclusive run declared it and did not produce
// it: the declared facts of conclusive runs, per subject (case-wide runs under the empty subject).
Condition::Settled settledBy(const QList<CheckRun> &runs)
{
    QHash<QString, QStringList> settledKeys;
    for (const CheckRun &run : runs) {
        if (run.conclusive)
            settledKeys[run.subject] << run.providedKeys;
    }
    return [settledKeys](const QString &subject, const QString &key) {
        for (const QString &s : {subject, QString()}) {
            for (const QString &provided : settledKeys.value(s)) {
                if (provided == key ||
                    (provided.endsWith(QLatin1String(".*")) && key.startsWith(provided.chopped(1))))
                    return true;
            }
        }
        return false;
    };
}

NotAssessed notAssessedFor(const Cause &cause, const QString &subject,
                           const QStringList &missingKeys, const FactSet &facts)
{
    QStringList missing;
    for (const QString &k : missingKeys) {
        if (!missing.contains(k))
            missing << k;
    }
    return {cause.id, subject,
            fillPlaceholders(cause.title, facts, subject, QStringLiteral("\u2026")), missing};
}

// Applies the weighted conditions that hold: each moves the confidence by its weight (`sign` says
// which way) and cites its facts, with its note, in `evidence`.
void weigh(const QList<Weighted> &weighted, double sign, const FactSet &facts,
           const QString &subject, const Condition::Settled &settled, double *confidence,
           QList<CitedFact> *evidence)
{
    for (const Weighted &w : weighted) {
        const Condition::Evaluation we = w.condition->evaluate(facts, subject, settled);
        if (we.truth != Truth::True)
            continue;
        *confidence += sign * w.weight;
        for (const Fact &fact : we.cited)
            appendUnique(evidence, fact, w.note);
    }
}

// The finding of a cause whose condition holds for `subject`, with `e` that evaluation.
Finding findingFor(const Cause &cause, const QString &subject, const Condition::Evaluation &e,
                   const FactSet &facts, const Condition::Settled &settled)
{
    Finding f;
    f.causeId = cause.id;
    f.subject = subject;
    f.title = fillPlaceholders(cause.title, facts, subject);
    f.explanation = fillPlaceholders(cause.explanation, facts, subject);
    f.category = cause.category;
    f.severity = cause.severity;
    for (const Fact &fact : e.cited)
        appendUnique(&f.evidenceFor, fact, QString());
    double confidence = cause.confidence;
    weigh(cause.support, +1.0, facts, subject, settled, &confidence, &f.evidenceFor);
    weigh(cause.against, -1.0, facts, subject, settled, &confidence, &f.evidenceAgainst);
    f.confidence = qBound(0.0, std::round(confidence * 100.0) / 100.0, 1.0);
    for (const QString &step : cause.fix)
        f.fix << fillPlaceholders(step, facts, subject);
    for (const QString &step : cause.verify)
        f.verify << fillPlaceholders(step, facts, subject);
    f.references = cause.references;
    return f;
}

struct Ranked
{
    Finding finding;
    int causeOrder;
    int subjectOrder;
};

// Severity first, then confidence; ties keep the knowledge base's order, then the subjects'.
void rank(QList<Ranked> *ranked)
{
    std::stable_sort(ranked->begin(), ranked->end(), [](const Ranked &a, const Ranked &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        if (a.finding.confidence != b.finding.confidence)
            return a.finding.confidence > b.finding.confidence;
        if (a.causeOrder != b.causeOrder)
            return a.causeOrder < b.causeOrder;
        return a.subjectOrder < b.subjectOrder;
    });
}

} // namespace

Diagnosis KnowledgeBase::evaluate(const FactSet &facts, const QStringList &subjects,
                                  const QList<CheckRun> &runs) const
{
    const Condition::Settled settled = settledBy(runs);
    Diagnosis diagnosis;
    QList<Ranked> ranked;
    QStringList packageSubjects = subjects;
    if (packageSubjects.isEmpty())
        packageSubjects << QString();

    for (int ci = 0; ci < m_causes.size(); ++ci) {
        const Cause &cause = m_causes.at(ci);
        const QStringList causeSubjects =
            cause.caseScope ? QStringList{QString()} : packageSubjects;
        for (int si = 0; si < causeSubjects.size(); ++si) {
            const QString &subject = causeSubjects.at(si);
            const Condition::Evaluation e = cause.when->evaluate(facts, subject, settled);
            if (e.truth == Truth::Unknown)
                diagnosis.notAssessed.append(notAssessedFor(cause, subject, e.missingKeys, facts));
            else if (e.truth == Truth::True)
                ranked.append({findingFor(cause, subject, e, facts, settled), ci, si});
        }
    }
    rank(&ranked);
    for (const Ranked &r : std::as_const(ranked))
        diagnosis.findings.append(r.finding);
    qCDebug(lcDiagnosis) << diagnosis.findings.size() << "findings," << diagnosis.notAssessed.size()
                         << "not assessed";
    return diagnosis;
}

} // namespace Gpsi
