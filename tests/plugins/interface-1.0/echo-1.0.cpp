// A check module as a third party built it against interface 1.0 (core/checkmodule.h here):
// CheckContext was a concrete class whose inline accessors read Case and ModuleMetadata
// directly, so this plugin compiled the 1.0 layouts into itself.
#include <QObject>
#include <QtPlugin>

#include "core/checkmodule.h"

namespace {

class EchoModule final : public Gpsi::CheckModule
{
public:
    Gpsi::CheckResult run(Gpsi::CheckContext &context) override
    {
        Gpsi::CheckResult r;
        r.status = Gpsi::CheckStatus::Pass;
        r.summary = context.subject() + context.options().keytab; // inline over Case in 1.0
        return r;
    }
};

} // namespace

class EchoPlugin10
    : public QObject
    , public Gpsi::CheckModuleFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.gpsi-doctor.CheckModuleFactory/1.0" FILE "../echo-1.0.json")
    Q_INTERFACES(Gpsi::CheckModuleFactory)

public:
    std::unique_ptr<Gpsi::CheckModule> create() const override
    {
        return std::make_unique<EchoModule>();
    }
};

#include "echo-1.0.moc"
