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
    createDemoBanner();

    const auto paragraph = [this](const QString &text, const QString &objectName) {
        auto *label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        return label;
    };
    QLabel *intro = paragraph(
        tr("GPSI Doctor diagnoses Group Policy software installation failures such as those "
           "described in Microsoft KB 323304: a package assigned or published by a Group Policy "
           "object does not install, and the client logs Application Management or UserEnv "
           "errors."),
        QStringLiteral("introLabel"));
    QLabel *howto = paragraph(
        tr("Enter the package path exactly as the Group Policy object names it and, if you have "
           "them, exported event logs. GPSI Doctor checks the path and how client computers "
           "would reach it, explains the likely causes with the evidence for each, tells you how "
           "to fix and verify them, and writes a report you can attach to a ticket."),
        QStringLiteral("howtoLabel"));
    QLabel *caseHint = paragraph(
        tr("Use Open case... and Save case... below to continue earlier work or keep this one."),
        QStringLiteral("caseHintLabel"));
    QGroupBox *details = createCaseDetails();

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

// The banner above the page in demo mode; hidden otherwise.
void WelcomePage::createDemoBanner()
{
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
}

// Title, ticket and technician: wizard fields, shown in the report.
QGroupBox *WelcomePage::createCaseDetails()
{
    auto *details = new QGroupBox(tr("Case details (optional, shown in the report)"), this);
    details->setObjectName(QStringLiteral("caseDetailsGroup"));
    const auto lineEdit = [details](const QString &objectName, const QString &accessibleName) {
        auto *edit = new QLineEdit(details);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        return edit;
    };
    m_titleEdit = lineEdit(QStringLiteral("caseTitleEdit"), tr("Case title"));
    m_titleEdit->setPlaceholderText(tr("e.g. Office 2016 does not install on the sales PCs"));
    m_ticketEdit = lineEdit(QStringLiteral("ticketEdit"), tr("Ticket"));
    m_ticketEdit->setPlaceholderText(tr("e.g. INC-12345"));
    m_technicianEdit = lineEdit(QStringLiteral("technicianEdit"), tr("Technician"));

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
    return details;
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
