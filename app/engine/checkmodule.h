#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtPlugin>

#include <memory>

#include "checkresult.h"

// The check-module interface: the one boundary third-party plugins are compiled against.
//
// The rule that keeps the interface id honest: only abstract classes (CheckContext,
// CheckModule, CheckModuleFactory) and small value types frozen with the id cross it
// (CheckResult and CheckStatus from checkresult.h; Qt's own value types QString, QStringList,
// QVariant, QDateTime, QJsonObject, whose layout Qt keeps stable within Qt 6). Nothing a plugin
// compiles may touch an engine class's layout: no inline accessor over Case, FactSet or
// ModuleMetadata, no engine type held by value. Whoever changes a virtual function here, the
// order of the virtual functions, or a frozen value type, bumps the version in the id (and
// keeps the previous interface in tests/plugins/ so the test sees it refused).

namespace Gpsi {

// What a module sees while it runs. Modules run off the GUI thread; every function is safe to
// call from the module's thread.
class CheckContext
{
public:
    virtual ~CheckContext();

    // The package path the run is about (empty for a case-wide module).
    virtual QString subject() const = 0;
    // The value of a fact known before this module ran (its subject's, or a case-wide one);
    // `fallback` when there is none. Only facts the module's metadata requires or uses.
    virtual QVariant fact(const QString &key, const QVariant &fallback = {}) const = 0;
    // The case's options as the case file stores them ("connectTimeoutSeconds", "smbPort",
    // "nbssPort", "hostOverrides", "keytab", "keytabPrincipal", "liveEvents",
    // "liveEventsDays", ...; docs/report-format.md lists them).
    virtual QJsonObject options() const = 0;
    // The evidence files (event logs) the admin added to the case, as given.
    virtual QStringList evidenceFiles() const = 0;
    // Now, from the run's clock (tests inject a fixed one).
    virtual QDateTime now() const = 0;

    // Hands on a fact. A key the module's metadata does not declare under "provides", or a
    // value that breaks the declaration (type, allowed values, range), is dropped and reported,
    // so the metadata stays the truth about what a module produces.
    virtual void addFact(const QString &key, const QVariant &value,
                         const QString &evidence = {}) = 0;

    // True once the run was cancelled or its deadline passed. Modules poll this between steps.
    virtual bool isCancelled() const = 0;
    // Milliseconds left before the deadline (never negative).
    virtual qint64 remainingMs() const = 0;
};

// A check module. One instance runs for one subject; the runner creates a fresh instance per
// run from the module's factory, so modules may keep state in members.
class CheckModule
{
public:
    virtual ~CheckModule();
    // Must not throw past this boundary on bad input; may throw on bugs (the runner turns an
    // exception into an Error result). Must return soon after context.isCancelled() is true.
    virtual CheckResult run(CheckContext &context) = 0;
};

// What a module plugin's root object implements. Built-in modules use the same interface
// through a registry entry.
class CheckModuleFactory
{
public:
    virtual ~CheckModuleFactory();
    virtual std::unique_ptr<CheckModule> create() const = 0;
};

} // namespace Gpsi

// The interface id carries its version: the registry reads it from the plugin's metadata
// before loading any of its code, and refuses a plugin built against another version with a
// clear reason instead of calling it through a mismatched vtable. 2.0: CheckContext became
// abstract (1.0 compiled inline accessors over Case and ModuleMetadata into plugins).
#define GpsiCheckModuleFactory_iid "org.gpsi-doctor.CheckModuleFactory/2.0"
Q_DECLARE_INTERFACE(Gpsi::CheckModuleFactory, GpsiCheckModuleFactory_iid)
