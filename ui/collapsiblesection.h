#pragma once

#include <QFrame>
#include <QIcon>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Gpsi {

// A framed section with a header (expand arrow, icon, title, badge, subtitle) and a body that
// is shown only when expanded. The arrow button takes the keyboard focus (Space toggles);
// clicking anywhere on the header toggles too. Title and subtitle are plain text.
class CollapsibleSection : public QFrame
{
    Q_OBJECT

public:
    explicit CollapsibleSection(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    void setBadge(const QString &badge);
    QString badge() const;
    void setIcon(const QIcon &icon);
    // A colour stripe on the left edge (e.g. the severity colour); invalid for none.
    void setAccentColor(const QColor &color);

    // The body; the section takes ownership.
    void setContentWidget(QWidget *widget);
    QWidget *contentWidget() const { return m_content; }

    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *toggleButton() const { return m_toggle; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateAccessibility();

    QWidget *m_header = nullptr;
    QToolButton *m_toggle = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_expanded = false;
};

} // namespace Gpsi
