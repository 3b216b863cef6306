#pragma once

#include <QWizardPage>

class QFrame;
class QGroupBox;
class QLineEdit;

namespace Gpsi {

// What the tool does, the demo banner, and the optional case details shown in the report.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setDemoMode(bool demo);
    bool isDemoMode() const { return m_demoMode; }

    void setDetails(const QString &title, const QString &ticket, const QString &technician);
    QString caseTitle() const;
    QString ticket() const;
    QString technician() const;

    int nextId() const override;
    // Going back keeps what was entered (QWizardPage would reset the fields).
    void cleanupPage() override;

Q_SIGNALS:
    void detailsChanged();

private:
    void createDemoBanner();
    QGroupBox *createCaseDetails();

    QFrame *m_demoBanner = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_ticketEdit = nullptr;
    QLineEdit *m_technicianEdit = nullptr;
    bool m_demoMode = false;
};

} // namespace Gpsi
