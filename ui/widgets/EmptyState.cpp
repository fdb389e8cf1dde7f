#include "widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

EmptyState::EmptyState(Icons::Id icon, QWidget *parent)
    : QScrollArea(parent), m_title(new QLabel), m_text(new QLabel), m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("emptyStatePage"));
    auto *column = new QWidget(page);
    column->setMaximumWidth(640);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *iconLabel = new QLabel(column);
    iconLabel->setPixmap(Icons::get(icon).pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    m_title->setParent(column);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_text->setParent(column);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // No alignment flags on the labels: the layout then gives them the
    // column's width and the height their wrapped text needs.
    auto *inner = new QVBoxLayout(column);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addWidget(iconLabel);
    inner->addWidget(m_title);
    inner->addWidget(m_text);
    m_buttons->addStretch();
    m_buttons->addStretch();
    inner->addLayout(m_buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    setWidget(page);
}

void EmptyState::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

} // namespace cb::ui
