#include "collapsiblesection.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace Gpsi {

Q_LOGGING_CATEGORY(lcCollapsibleSection, "gpsi.ui.collapsiblesection", QtInfoMsg)

CollapsibleSection::CollapsibleSection(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("collapsibleSection"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("sectionHeader"));
    m_header->setCursor(Qt::PointingHandCursor);
    m_header->installEventFilter(this);

    m_toggle = new QToolButton(m_header);
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_icon = new QLabel(m_header);
    m_icon->setFixedSize(20, 20);
    m_icon->installEventFilter(this);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->installEventFilter(this);
    m_badge = new QLabel(m_header);
    m_badge->setObjectName(QStringLiteral("sectionBadge"));
    m_badge->setTextFormat(Qt::PlainText);
    m_badge->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_badge->installEventFilter(this);
    m_subtitle = new QLabel(m_header);
    m_subtitle->setObjectName(QStringLiteral("sectionSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->installEventFilter(this);
    m_subtitle->hide();

    auto *grid = new QGridLayout(m_header);
    grid->setContentsMargins(4, 4, 8, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_toggle, 0, 0, Qt::AlignTop);
    grid->addWidget(m_icon, 0, 1, Qt::AlignTop);
    grid->addWidget(m_title, 0, 2);
    grid->addWidget(m_badge, 0, 3, Qt::AlignTop);
    grid->addWidget(m_subtitle, 1, 2, 1, 2);
    grid->setColumnStretch(2, 1);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 2, 6, 4);
    m_layout->setSpacing(2);
    m_layout->addWidget(m_header);

    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    updateAccessibility();
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_title->setText(title);
    updateAccessibility();
}

QString CollapsibleSection::title() const
{
    return m_title->text();
}

void CollapsibleSection::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString CollapsibleSection::subtitle() const
{
    return m_subtitle->text();
}

void CollapsibleSection::setBadge(const QString &badge)
{
    m_badge->setText(badge);
}

QString CollapsibleSection::badge() const
{
    return m_badge->text();
}

void CollapsibleSection::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(QSize(18, 18)));
}

void CollapsibleSection::setAccentColor(const QColor &color)
{
    if (!color.isValid()) {
        setStyleSheet(QString());
        return;
    }
    // A type selector: it styles this frame (and would style nested sections), not the labels
    // and buttons inside it.
    setStyleSheet(QStringLiteral("Gpsi--CollapsibleSection { border: 1px solid palette(mid);"
                                 " border-left: 4px solid %1; border-radius: 3px;"
                                 " background: palette(base); }")
                      .arg(color.name()));
}

void CollapsibleSection::setContentWidget(QWidget *widget)
{
    if (m_content) {
        m_layout->removeWidget(m_content);
        delete m_content;
    }
    m_content = widget;
    if (m_content) {
        m_content->setParent(this);
        m_layout->addWidget(m_content);
        m_content->setVisible(isExpanded());
    }
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_content)
        m_content->setVisible(expanded);
    updateAccessibility();
    qCDebug(lcCollapsibleSection) << title() << (expanded ? "expanded" : "collapsed");
    Q_EMIT expandedChanged(expanded);
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

bool CollapsibleSection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton &&
        (watched == m_header || watched == m_title || watched == m_icon || watched == m_badge ||
         watched == m_subtitle)) {
        setExpanded(!m_expanded);
        m_toggle->setFocus(Qt::MouseFocusReason);
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void CollapsibleSection::updateAccessibility()
{
    const QString t = m_title->text();
    m_toggle->setAccessibleName(isExpanded() ? tr("Hide details: %1").arg(t)
                                             : tr("Show details: %1").arg(t));
    m_toggle->setToolTip(isExpanded() ? tr("Hide details") : tr("Show details"));
}

} // namespace Gpsi
