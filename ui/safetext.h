#pragma once

#include <QString>

namespace Gpsi {

// Showing strings that came from outside (paths, event text, check summaries, evidence) in
// widgets: never as rich text, and with control and bidirectional-override characters made
// visible (ReportRenderer::neutralize).
namespace SafeText {

// For plain-text places: item texts, labels with Qt::PlainText, plain-text editors.
QString display(const QString &text);
// For tool tips, which Qt would render as rich text when the text looks like HTML: escaped and
// wrapped so that it is always shown literally.
QString toolTip(const QString &text);
// For menu entries and button texts: '&' would otherwise start a mnemonic.
QString menuText(const QString &text);

} // namespace SafeText

} // namespace Gpsi
