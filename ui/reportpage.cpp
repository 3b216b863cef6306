#include "reportpage.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include "mainwizard.h"
#include "pagewidgets.h"
#include "report/reportmodel.h"
#include "report/reportrenderer.h"
#include "statusicons.h"

namespace Gpsi {

Q_LOGGING_CATEGORY(lcReportPage, "gpsi.ui.reportpage", QtInfoMsg)

namespace {

const QString kDirectoryKey = QStringLiteral("reportDirectory");

} // namespace

ReportPage::ReportPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Report"));
    setSubTitle(tr("Print the report, save it as PDF, HTML or JSON, or copy it as text into a "
                   "ticket."));
    setFinalPage(true);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setOpenExternalLinks(false);
    m_preview->setOpenLinks(false);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    auto *previewLabel = new QLabel(tr("Pr&eview:"), this);
    previewLabel->setBuddy(m_preview);

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    const QLocale::MeasurementSystem system = QLocale().measurementSystem();
    setPageSize(system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    auto *pageSizeLabel = new QLabel(tr("Page si&ze:"), this);
    pageSizeLabel->setBuddy(m_pageSize);

    m_printButton = PageWidgets::button(tr("P&rint..."), QStringLiteral("printButton"),
                                        tr("Print the report"), this);
    m_previewButton = PageWidgets::button(
        tr("Print pre&view..."), QStringLiteral("printPreviewButton"), tr("Print preview"), this);
    m_pdfButton = PageWidgets::button(tr("Save &PDF..."), QStringLiteral("savePdfButton"),
                                      tr("Save the report as PDF"), this);
    m_htmlButton = PageWidgets::button(tr("Save &HTML..."), QStringLiteral("saveHtmlButton"),
                                       tr("Save the report as HTML"), this);
    m_jsonButton = PageWidgets::button(tr("Save &JSON..."), QStringLiteral("saveJsonButton"),
                                       tr("Save the report as JSON"), this);
    m_textButton = PageWidgets::button(tr("Save te&xt..."), QStringLiteral("saveTextButton"),
                                       tr("Save the report as text"), this);
    m_copyButton = PageWidgets::button(tr("&Copy as text"), QStringLiteral("copyTextButton"),
                                       tr("Copy the report as text"), this);
    m_copyButton->setToolTip(tr("Copy the report to the clipboard as plain text, for a ticket"));

    m_statusIcon = new QLabel(this);
    m_statusIcon->setFixedSize(18, 18);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layOutPage(previewLabel, pageSizeLabel);
    connectButtons();
    updateButtons();
}

void ReportPage::layOutPage(QLabel *previewLabel, QLabel *pageSizeLabel)
{
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(pageSizeLabel);
    outputRow->addWidget(m_pageSize);
    outputRow->addSpacing(12);
    outputRow->addWidget(m_printButton);
    outputRow->addWidget(m_previewButton);
    outputRow->addWidget(m_pdfButton);
    outputRow->addStretch(1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_htmlButton);
    saveRow->addWidget(m_jsonButton);
    saveRow->addWidget(m_textButton);
    saveRow->addWidget(m_copyButton);
    saveRow->addStretch(1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addLayout(outputRow);
    layout->addLayout(saveRow);
    layout->addLayout(statusRow);

    const QList<QWidget *> tabOrder = {m_preview,       m_pageSize,   m_printButton,
                                       m_previewButton, m_pdfButton,  m_htmlButton,
                                       m_jsonButton,    m_textButton, m_copyButton};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
}

void ReportPage::connectButtons()
{
    connect(m_printButton, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { saveWithDialog(SaveKind::Pdf); });
    connect(m_htmlButton, &QPushButton::clicked, this, [this] { saveWithDialog(SaveKind::Html); });
    connect(m_jsonButton, &QPushButton::clicked, this, [this] { saveWithDialog(SaveKind::Json); });
    connect(m_textButton, &QPushButton::clicked, this, [this] { saveWithDialog(SaveKind::Text); });
    connect(m_copyButton, &QPushButton::clicked, this, &ReportPage::copyAsText);
}

void ReportPage::setModel(const ReportModel *model)
{
    m_model = model;
    if (model)
        m_preview->setHtml(ReportRenderer::toHtml(*model, true));
    else
        m_preview->clear();
    m_status->clear();
    m_statusIcon->clear();
    updateButtons();
    Q_EMIT completeChanged();
}

QPageSize::PageSizeId ReportPage::pageSize() const
{
    return static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
}

void ReportPage::setPageSize(QPageSize::PageSizeId pageSize)
{
    const int index = m_pageSize->findData(int(pageSize));
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

bool ReportPage::savePdf(const QString &fileName, QPageSize::PageSizeId pageSize, QString *error)
{
    return save(SaveKind::Pdf, fileName, pageSize, error);
}

bool ReportPage::saveHtml(const QString &fileName, QString *error)
{
    return save(SaveKind::Html, fileName, pageSize(), error);
}

bool ReportPage::saveJson(const QString &fileName, QString *error)
{
    return save(SaveKind::Json, fileName, pageSize(), error);
}

bool ReportPage::saveText(const QString &fileName, QString *error)
{
    return save(SaveKind::Text, fileName, pageSize(), error);
}

bool ReportPage::save(SaveKind kind, const QString &fileName, QPageSize::PageSizeId pageSize,
                      QString *error)
{
    QString reason;
    bool ok = false;
    if (!m_model) {
        reason = tr("There is no report yet: run the checks first.");
    } else {
        ReportRenderer::Format format = ReportRenderer::Format::Pdf;
        switch (kind) {
        case SaveKind::Pdf:
            format = ReportRenderer::Format::Pdf;
            break;
        case SaveKind::Html:
            format = ReportRenderer::Format::Html;
            break;
        case SaveKind::Json:
            format = ReportRenderer::Format::Json;
            break;
        case SaveKind::Text:
            format = ReportRenderer::Format::Text;
            break;
        }
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        ok = ReportRenderer::writeFile(*m_model, format, fileName, &reason, pageSize);
        QGuiApplication::restoreOverrideCursor();
    }
    const QString shown = QDir::toNativeSeparators(fileName);
    if (ok) {
        qCInfo(lcReportPage) << "saved report to" << fileName;
        setStatus(true, tr("Saved to %1").arg(shown));
    } else {
        qCWarning(lcReportPage) << "could not save" << fileName << reason;
        setStatus(false, tr("Could not save %1: %2").arg(shown, reason));
    }
    if (error)
        *error = reason;
    return ok;
}

QString ReportPage::suggestedFileName(const QString &suffix) const
{
    QString base = QStringLiteral("gpsi-report");
    if (m_model) {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
        QString ticket = m_model->caseData.ticket;
        ticket.replace(unsafe, QStringLiteral("_"));
        if (!ticket.isEmpty())
            base += QLatin1Char('-') + ticket.left(40);
        base += QLatin1Char('-') +
                m_model->generatedAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"));
    }
    QSettings settings;
    const QString dir =
        settings
            .value(kDirectoryKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    return QDir(dir).filePath(base + QLatin1Char('.') + suffix);
}

void ReportPage::saveWithDialog(SaveKind kind)
{
    QString suffix;
    QString filter;
    QString caption;
    switch (kind) {
    case SaveKind::Pdf:
        suffix = QStringLiteral("pdf");
        filter = tr("PDF documents (*.pdf)");
        caption = tr("Save the report as PDF");
        break;
    case SaveKind::Html:
        suffix = QStringLiteral("html");
        filter = tr("HTML documents (*.html *.htm)");
        caption = tr("Save the report as HTML");
        break;
    case SaveKind::Json:
        suffix = QStringLiteral("json");
        filter = tr("JSON files (*.json)");
        caption = tr("Save the report as JSON");
        break;
    case SaveKind::Text:
        suffix = QStringLiteral("txt");
        filter = tr("Text files (*.txt)");
        caption = tr("Save the report as text");
        break;
    }
    QFileDialog dialog(this, caption, suggestedFileName(suffix), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString fileName = dialog.selectedFiles().constFirst();
    QSettings().setValue(kDirectoryKey, QFileInfo(fileName).absolutePath());
    save(kind, fileName, pageSize(), nullptr);
}

void ReportPage::copyAsText()
{
    if (!m_model)
        return;
    QGuiApplication::clipboard()->setText(ReportRenderer::toText(*m_model));
    setStatus(true, tr("The report was copied to the clipboard as text."));
}

void ReportPage::printTo(QPrinter *printer) const
{
    if (!m_model)
        return;
    QTextDocument document;
    document.setHtml(ReportRenderer::toHtml(*m_model, true));
    document.print(printer);
}

void ReportPage::print()
{
    if (!m_model)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(pageSize()));
    printer.setDocName(tr("GPSI Doctor report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(&printer);
    setStatus(true, tr("The report was sent to %1.")
                        .arg(printer.outputFileName().isEmpty()
                                 ? printer.printerName()
                                 : QDir::toNativeSeparators(printer.outputFileName())));
}

void ReportPage::printPreview()
{
    if (!m_model)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(pageSize()));
    printer.setDocName(tr("GPSI Doctor report"));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target); });
    dialog.exec();
}

void ReportPage::setStatus(bool ok, const QString &text)
{
    m_status->setText(text);
    m_statusIcon->setPixmap(
        StatusIcons::pixmap(ok ? StatusIcons::Kind::Pass : StatusIcons::Kind::Fail, 16));
}

QString ReportPage::statusText() const
{
    return m_status->text();
}

QString ReportPage::previewText() const
{
    return m_preview->toPlainText();
}

void ReportPage::updateButtons()
{
    const bool have = m_model != nullptr;
    for (QPushButton *button : {m_printButton, m_previewButton, m_pdfButton, m_htmlButton,
                                m_jsonButton, m_textButton, m_copyButton})
        button->setEnabled(have);
}

bool ReportPage::isComplete() const
{
    return m_model != nullptr;
}

int ReportPage::nextId() const
{
    return -1;
}

} // namespace Gpsi
