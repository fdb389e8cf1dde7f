#include "widgets/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>

namespace cb::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setObjectName(QStringLiteral("messageBannerLabel"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Never taller than its text: spare height in a dialog goes elsewhere, not into an empty box.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setVisible(false);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    QFrame::setVisible(false);
}

void MessageBanner::show(Level level, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_level = level;
    QString bg, border;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Info:
        bg = QStringLiteral("#e3f2fd");
        border = QStringLiteral("#64b5f6");
        break;
    case Warning:
        bg = QStringLiteral("#fff8e1");
        border = QStringLiteral("#ffb300");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Error:
        bg = QStringLiteral("#ffebee");
        border = QStringLiteral("#e57373");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Positive:
        bg = QStringLiteral("#e8f5e9");
        border = QStringLiteral("#81c784");
        break;
    }
    setStyleSheet(
        QStringLiteral("cb--ui--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       " QLabel { color: #212121; background: transparent; }")
            .arg(bg, border));
    const int px = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(px, px));
    m_text->setText(text);
    QFrame::setVisible(true);
}

QSize MessageBanner::sizeHint() const
{
    QSize hint = QFrame::sizeHint();
    if (width() > 0 && hasHeightForWidth())
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void MessageBanner::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry(); // the hint follows the width
}

void MessageBanner::clear()
{
    m_text->clear();
    QFrame::setVisible(false);
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBanner::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

} // namespace cb::ui
