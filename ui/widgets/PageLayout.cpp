#include "PageLayout.h"

#include <QBoxLayout>
#include <QLabel>
#include <QToolBar>

namespace cb::ui::PageLayout {

void setUpToolBar(QToolBar *bar, QLabel *title)
{
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(title);
}

void addSpacer(QToolBar *bar)
{
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
}

void addBanner(QVBoxLayout *layout, QWidget *banner)
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(8, 0, 8, 0);
    row->addWidget(banner);
    layout->addLayout(row);
}

} // namespace cb::ui::PageLayout
