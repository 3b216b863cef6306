#pragma once

#include <QString>

class QPushButton;
class QWidget;

namespace Gpsi {

// Widgets the wizard's pages build the same way.
namespace PageWidgets {

// A push button named for the tests (objectName) and for screen readers (accessibleName).
// It does not become the default button when it has focus: Return stays with the wizard's.
QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName,
                    QWidget *parent);

} // namespace PageWidgets

} // namespace Gpsi
