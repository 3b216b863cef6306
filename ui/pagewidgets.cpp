#include "pagewidgets.h"

#include <QPushButton>

namespace Gpsi::PageWidgets {

QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName,
                    QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

} // namespace Gpsi::PageWidgets
