#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include "reportmodel.h"

namespace Gpsi {

// Renders a ReportModel. HTML, JSON and text are deterministic: the same model gives the same
// bytes. Every string that came from outside (paths, names, evidence) is escaped for the
// target format; control characters and bidirectional-override characters are shown as
// visible escapes in HTML, PDF and text.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Gpsi::ReportRenderer)

public:
    enum class Format { Text, Json, Html, Pdf };
    static bool formatFromName(const QString &name, Format *out);
    static QString formatName(Format format);

    static QString toText(const ReportModel &model);
    static QByteArray toJson(const ReportModel &model);
    // forPrint: a variant tuned for QTextDocument (the PDF and print path).
    static QString toHtml(const ReportModel &model, bool forPrint = false);
    // Writes a PDF through QPdfWriter/QTextDocument onto an OutputFile. Needs a
    // QGuiApplication (offscreen is fine). Returns false with a reason on failure.
    static bool writePdf(const ReportModel &model, const QString &fileName,
                         QPageSize::PageSizeId pageSize, QString *error);
    // Renders to the given format and writes it through OutputFile ("-": standard output).
    static bool writeFile(const ReportModel &model, Format format, const QString &fileName,
                          QString *error, QPageSize::PageSizeId pageSize = QPageSize::A4);

    // Makes an untrusted string safe to show: control characters and invisible/bidi format
    // characters become visible "<U+202E>" escapes. Used by the text and HTML renderers.
    static QString neutralize(const QString &text);
    static QString escapeHtml(const QString &text);
};

} // namespace Gpsi
