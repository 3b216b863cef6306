#include "welcomepage.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QVBoxLayout>

#include "mainwizard.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcWelcomePage, "gpsi.ui.welcomepage", QtInfoMsg)

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Welcome to GPSI Doctor"));
    setSubTitle(tr("Find out why software deployed through Group Policy does not install."));

    m_demoBanner = new QFrame(this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setFrameShape(QFrame::StyledPanel);
    m_demoBanner->setStyleSheet(QStringLiteral(
        "#demoBanner { background: #fff8e1; border: 1px solid #f9a825; border-radius: 4px; }"
        " #demoBanner QLabel { color: #3e2723; }"));
    auto *bannerIcon = new QLabel(m_demoBanner);
    bannerIcon->setPixmap(StatusIcons::pixmap(StatusIcons::Kind::Info, 24));
    auto *bannerText = new QLabel(
        tr("<b>Demo scenario.</b> This case was prepared to show what GPSI Doctor finds. Step "
           "through the pages as you would with your own package, or open your own case."),
        m_demoBanner);
    bannerText->setObjectName(QStringLiteral("demoBannerText"));
    bannerText->setTextFormat(Qt::RichText);
    bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_demoBanner);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(bannerText, 1);
    m_demoBanner->setAccessibleName(tr("Demo scenario"));
    m_demoBanner->setVisible(false);

    auto *intro = new QLabel(
        tr("GPSI Doctor diagnoses Group Policy software installation failures such as those "
           "described in Microsoft KB 323304: a package assigned or published by a Group Policy "
           "object does not install, and the client logs Application Management or UserEnv "
           "errors."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    auto *howto = new QLabel(
        tr("Enter the package path exactly as the Group Policy object names it and, if you have "
           "them, exported event logs. GPSI Doctor checks the path and how client computers "
           "would reach it, explains the likely causes with the evidence for each, tells you how "
           "to fix and verify them, and writes a report you can attach to a ticket."),
        this);
    howto->setObjectName(QStringLiteral("howtoLabel"));
    howto->setWordWrap(true);
    auto *caseHint = new QLabel(
        tr("Use Open case... and Save case... below to continue earlier work or keep this one."),
        this);
    caseHint->setObjectName(QStringLiteral("caseHintLabel"));
    caseHint->setWordWrap(true);

    auto *details = new QGroupBox(tr("Case details (optional, shown in the report)"), this);
    details->setObjectName(QStringLiteral("caseDetailsGroup"));
    m_titleEdit = new QLineEdit(details);
    m_titleEdit->setObjectName(QStringLiteral("caseTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Case title"));
    m_titleEdit->setPlaceholderText(tr("e.g. Office 2016 does not install on the sales PCs"));
    m_ticketEdit = new QLineEdit(details);
    m_ticketEdit->setObjectName(QStringLiteral("ticketEdit"));
    m_ticketEdit->setAccessibleName(tr("Ticket"));
    m_ticketEdit->setPlaceholderText(tr("e.g. INC-12345"));
    m_technicianEdit = new QLineEdit(details);
    m_technicianEdit->setObjectName(QStringLiteral("technicianEdit"));
    m_technicianEdit->setAccessibleName(tr("Technician"));

    auto *form = new QFormLayout(details);
    auto addRow = [form, details](const QString &text, QLineEdit *edit) {
        auto *label = new QLabel(text, details);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    addRow(tr("Case t&itle:"), m_titleEdit);
    addRow(tr("&Ticket:"), m_ticketEdit);
    addRow(tr("Tec&hnician:"), m_technicianEdit);

    registerField(QStringLiteral("caseTitle"), m_titleEdit);
    registerField(QStringLiteral("ticket"), m_ticketEdit);
    registerField(QStringLiteral("technician"), m_technicianEdit);

    for (QLineEdit *edit : {m_titleEdit, m_ticketEdit, m_technicianEdit})
        connect(edit, &QLineEdit::textChanged, this, &WelcomePage::detailsChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_demoBanner);
    layout->addWidget(intro);
    layout->addWidget(howto);
    layout->addWidget(caseHint);
    layout->addSpacing(8);
    layout->addWidget(details);
    layout->addStretch(1);

    setTabOrder(m_titleEdit, m_ticketEdit);
    setTabOrder(m_ticketEdit, m_technicianEdit);
}

void WelcomePage::setDemoMode(bool demo)
{
    qCDebug(lcWelcomePage) << "demo mode" << demo;
    m_demoMode = demo;
    m_demoBanner->setVisible(demo);
}

void WelcomePage::setDetails(const QString &title, const QString &ticket, const QString &technician)
{
    m_titleEdit->setText(title);
    m_ticketEdit->setText(ticket);
    m_technicianEdit->setText(technician);
}

QString WelcomePage::caseTitle() const
{
    return m_titleEdit->text().trimmed();
}

QString WelcomePage::ticket() const
{
    return m_ticketEdit->text().trimmed();
}

QString WelcomePage::technician() const
{
    return m_technicianEdit->text().trimmed();
}

int WelcomePage::nextId() const
{
    return MainWizard::Page_Package;
}

void WelcomePage::cleanupPage() {}

} // namespace Gpsi
