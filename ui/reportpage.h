#pragma once

#include <QPageSize>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTextBrowser;

namespace Gpsi {

struct ReportModel;

// The report: a preview of the print variant of the HTML report, and print, PDF, HTML, JSON
// and text output. The save*() methods do the work without dialogs (tests call them); the
// buttons only ask for a file name first.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);

    // Shows the model (not owned; must outlive its display). nullptr clears the page.
    void setModel(const ReportModel *model);

    QPageSize::PageSizeId pageSize() const;
    void setPageSize(QPageSize::PageSizeId pageSize);

    bool savePdf(const QString &fileName, QPageSize::PageSizeId pageSize, QString *error = nullptr);
    bool saveHtml(const QString &fileName, QString *error = nullptr);
    bool saveJson(const QString &fileName, QString *error = nullptr);
    bool saveText(const QString &fileName, QString *error = nullptr);
    void copyAsText();
    // Renders the report on a printer (the print and print-preview dialogs call this).
    void printTo(QPrinter *printer) const;

    QString statusText() const;
    QString previewText() const;

    bool isComplete() const override;
    int nextId() const override;

private:
    void layOutPage(QLabel *previewLabel, QLabel *pageSizeLabel);
    void connectButtons();
    enum class SaveKind { Pdf, Html, Json, Text };
    bool save(SaveKind kind, const QString &fileName, QPageSize::PageSizeId pageSize,
              QString *error);
    void saveWithDialog(SaveKind kind);
    void print();
    void printPreview();
    void setStatus(bool ok, const QString &text);
    void updateButtons();
    QString suggestedFileName(const QString &suffix) const;

    const ReportModel *m_model = nullptr;
    QTextBrowser *m_preview = nullptr;
    QComboBox *m_pageSize = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_htmlButton = nullptr;
    QPushButton *m_jsonButton = nullptr;
    QPushButton *m_textButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Gpsi
