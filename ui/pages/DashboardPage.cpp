// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH

#include "pages/DashboardPage.h"

#include "DateText.h"
#include <qcustomplot.h>

#include "Icons.h"
#include "Session.h"
#include "chain/ChainItems.h"
#include "engine/Dashboard.h"
#include "models/BackupModel.h"
#include "models/VolumeModel.h"
#include "util/Validate.h"
#include "widgets/EmptyState.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

constexpr int MaxAttentionRows = 200;
constexpr int VolumeIdRole = Qt::UserRole;
constexpr int BackupIdRole = Qt::UserRole + 1;

QString when(const QDateTime &t)
{
    return dateTimeText(t);
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

DashboardPage::DashboardPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_figures(std::make_unique<Dashboard>()),
      m_timer(new QTimer(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(Icons::Dashboard, this)), m_emptyCreate(new QPushButton(m_empty)),
      m_heading(new QLabel(this)), m_growth(new QCustomPlot(this)), m_health(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(16, 12, 16, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    grid->addWidget(m_heading, 0, 0, 1, 4);
    grid->addWidget(card("dashboardRepositoryCard", m_repoTitle, m_repoValue, m_repoDetail), 1, 0);
    grid->addWidget(card("dashboardBackupsCard", m_backupsTitle, m_backupsValue, m_backupsDetail), 1, 1);
    grid->addWidget(card("dashboardStoredCard", m_storedTitle, m_storedValue, m_storedDetail), 1, 2);
    grid->addWidget(card("dashboardSavingCard", m_savingTitle, m_savingValue, m_savingDetail), 1, 3);

    m_growthTitle = sectionTitle(content);
    m_projectsTitle = sectionTitle(content);
    m_volumesTitle = sectionTitle(content);
    m_attentionTitle = sectionTitle(content);
    m_attentionTitle->setObjectName(QStringLiteral("dashboardAttentionTitle"));
    setupGrowth();
    m_projects = table("dashboardProjectsList", 4);
    m_volumes = table("dashboardVolumesList", 5);
    m_attention = table("dashboardAttentionList", 5);
    grid->addWidget(m_growthTitle, 2, 0, 1, 2);
    grid->addWidget(m_projectsTitle, 2, 2, 1, 2);
    grid->addWidget(m_growth, 3, 0, 1, 2);
    grid->addWidget(m_projects, 3, 2, 1, 2);
    grid->addWidget(m_volumesTitle, 4, 0, 1, 2);
    auto *attentionHead = new QVBoxLayout;
    attentionHead->setSpacing(4);
    attentionHead->addWidget(m_attentionTitle);
    attentionHead->addWidget(m_health);
    grid->addLayout(attentionHead, 4, 2, 1, 2);
    grid->addWidget(m_volumes, 5, 0, 1, 2);
    grid->addWidget(m_attention, 5, 2, 1, 2);
    grid->setRowStretch(3, 1);
    grid->setRowStretch(5, 2);
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Nothing to count yet: say what to do instead of a page of zeros.
    m_empty->setObjectName(QStringLiteral("dashboardEmptyStateWidget"));
    m_emptyCreate->setObjectName(QStringLiteral("dashboardCreateVolumeButton"));
    m_emptyCreate->setIcon(Icons::get(Icons::Volume));
    m_empty->addButton(m_emptyCreate);
    connect(m_emptyCreate, &QPushButton::clicked, this, &DashboardPage::createVolumeRequested);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Backups change every second while a job runs: read the figures (every
    // backup, and a walk of the repository) at most every two seconds.
    m_timer->setSingleShot(true);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::reload);
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &DashboardPage::onChanged);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &DashboardPage::onChanged);
    connect(session, &Session::projectChanged, this, &DashboardPage::onChanged);
    // The first figures after the list's first load, not competing with it.
    connect(session, &Session::loadingChanged, this, [this](bool loading) {
        if (!loading && m_stale && isVisible() && !m_timer->isActive())
            reload();
    });
    auto open = [this](QTreeWidgetItem *item) {
        const QString volume = item->data(0, VolumeIdRole).toString();
        if (!volume.isEmpty())
            Q_EMIT backupRequested(volume, item->data(0, BackupIdRole).toString());
    };
    connect(m_attention, &QTreeWidget::itemClicked, this, open);
    m_health->setObjectName(QStringLiteral("dashboardHealthLabel"));
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::RichText);
    m_health->setVisible(false);
    connect(m_health, &QLabel::linkActivated, this, &DashboardPage::healthRequested);
    connect(m_volumes, &QTreeWidget::itemActivated, this, open);
    retranslate();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::card(const char *name, QLabel *&title, QLabel *&value, QLabel *&detail)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QLatin1String(name));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: #f5f7f8; border: 1px solid #dfe4e7; "
                                        "border-radius: 6px; }")
                             .arg(QLatin1String(name)));
    title = new QLabel(frame);
    value = new QLabel(frame);
    detail = new QLabel(frame);
    title->setStyleSheet(QStringLiteral("color: #607d8b;"));
    value->setObjectName(QLatin1String(name) + QStringLiteral("Value"));
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    value->setFont(f);
    detail->setObjectName(QLatin1String(name) + QStringLiteral("Detail"));
    detail->setWordWrap(true);
    detail->setStyleSheet(QStringLiteral("color: #455a64;"));
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(title);
    layout->addWidget(value);
    layout->addWidget(detail);
    layout->addStretch();
    return frame;
}

QTreeWidget *DashboardPage::table(const char *name, int columns)
{
    auto *t = new QTreeWidget(this);
    t->setObjectName(QLatin1String(name));
    t->setColumnCount(columns);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->setMinimumHeight(150);
    t->header()->setStretchLastSection(true);
    return t;
}

void DashboardPage::setupGrowth()
{
    m_growth->setObjectName(QStringLiteral("dashboardGrowthPlot"));
    m_growth->setMinimumHeight(170);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::LocalTime);
    ticker->setTickCount(4);
    ticker->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    m_growth->xAxis->setTicker(ticker);
    // As many time labels as fit side by side at the plot's width, in the current language's font.
    connect(m_growth, &QCustomPlot::beforeReplot, this, &DashboardPage::fitGrowthTicks);
    m_growth->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new BytesTicker));
    m_growth->yAxis->ticker()->setTickCount(3);
    for (QCPAxis *a : {m_growth->xAxis, m_growth->yAxis}) {
        a->setBasePen(QPen(QColor(0xb0, 0xbe, 0xc5)));
        a->setTickPen(QPen(QColor(0xb0, 0xbe, 0xc5)));
        a->setSubTickPen(QPen(QColor(0xcf, 0xd8, 0xdc)));
        a->setTickLabelColor(QColor(0x45, 0x5a, 0x64));
        a->grid()->setPen(QPen(QColor(0xec, 0xef, 0xf1)));
    }
    QCPGraph *g = m_growth->addGraph();
    g->setLineStyle(QCPGraph::lsStepLeft);
    g->setPen(QPen(QColor(0x1e, 0x88, 0xe5), 2));
    g->setBrush(QColor(30, 136, 229, 40));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void DashboardPage::onChanged()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void DashboardPage::reload()
{
    if (m_loading) {
        m_again = true; // once this load is in
        return;
    }
    if (m_session->isLoading()) {
        m_stale = true; // when the session's loads are in (loadingChanged)
        return;
    }
    m_loading = true;
    m_stale = false;
    // The engine call runs on the loader pool; the figures come back here.
    auto result = std::make_shared<Dashboard>();
    Engine *engine = &m_session->engine(); // runTask keeps it alive while the work runs
    m_session->runTask(
        [engine, result](JobControl &) -> Result<QString> {
            auto d = engine->dashboard();
            if (!d)
                return fail(d);
            *result = std::move(*d);
            return QString();
        },
        this,
        [this, result](bool ok, const QString &error) {
            m_loading = false;
            m_loaded = m_loaded || ok;
            if (ok)
                present(*result);
            else
                m_heading->setText(tr("Overview — could not read the figures: %1").arg(error));
            Q_EMIT loaded();
            if (std::exchange(m_again, false) || (m_stale && isVisible()))
                reload();
        });
}

void DashboardPage::present(const Dashboard &figures)
{
    *m_figures = figures;
    const bool empty = m_loaded && figures.backups == 0 && figures.volumes == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
    fillCards();
    fillGrowth();
    fillTables();
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Overview"));
    m_repoTitle->setText(tr("Repository"));
    m_backupsTitle->setText(tr("Backups"));
    m_storedTitle->setText(tr("Stored"));
    m_savingTitle->setText(tr("Space saved"));
    m_growthTitle->setText(tr("Stored bytes over time"));
    m_projectsTitle->setText(tr("Space per project"));
    m_volumesTitle->setText(tr("Space and last successful backup per volume"));
    m_projects->setHeaderLabels({tr("Project"), tr("Backups"), tr("Stored"), tr("Logical")});
    m_volumes->setHeaderLabels(
        {tr("Volume"), tr("Project"), tr("Backups"), tr("Stored"), tr("Last successful backup")});
    m_attention->setHeaderLabels({tr("Backup"), tr("Volume"), tr("Status"), tr("Created"), tr("Reason")});
    m_attention->setToolTip(tr("Click a backup to open it"));
    m_empty->title()->setText(tr("Nothing to count yet"));
    m_empty->text()->setText(
        tr("<p>The dashboard shows the repository's size, how much deduplication and compression save, how "
           "the backups grow and which ones need attention. Create a volume on the <b>Volumes</b> page and "
           "back it up with <b>Create Backup</b>; its figures appear here.</p>"));
    m_emptyCreate->setText(tr("Create Volume…"));
    m_volumes->setToolTip(tr("Double-click a volume to see its backup chain"));
    fillHealth();
    present(*m_figures);
}

void DashboardPage::setHealth(int failures, int warnings)
{
    m_healthFailures = failures;
    m_healthWarnings = warnings;
    fillHealth();
}

void DashboardPage::fillHealth()
{
    const bool failed = m_healthFailures > 0;
    m_health->setVisible(failed || m_healthWarnings > 0);
    if (m_health->isHidden())
        return;
    const QString said =
        failed ? tr("The health check found %Ln problem(s).", nullptr, m_healthFailures)
               : tr("The health check found %Ln thing(s) to look at.", nullptr, m_healthWarnings);
    m_health->setStyleSheet(failed ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #8d6e00;"));
    m_health->setText(QStringLiteral("%1 <a href=\"doctor\">%2</a>")
                          .arg(said.toHtmlEscaped(), tr("Open Health Check").toHtmlEscaped()));
}

void DashboardPage::fillCards()
{
    const Dashboard &d = *m_figures;
    if (d.repositoryBytes >= 0) {
        m_repoValue->setText(validate::formatSize(d.repositoryBytes));
        m_repoDetail->setText(
            tr("on disk: %Ln chunk(s) and the backups' indexes", nullptr, int(d.chunkCount)));
    } else {
        m_repoValue->setText(QStringLiteral("—"));
        m_repoDetail->setText(tr("The repository's size is shown to accounts that see every project."));
    }
    m_backupsValue->setText(QLocale().toString(d.backups));
    m_backupsDetail->setText(tr("of %Ln volume(s)", nullptr, d.volumes));
    m_storedValue->setText(validate::formatSize(d.storedBytes));
    m_storedDetail->setText(
        tr("for %1 of volume data backed up (%2 read)")
            .arg(validate::formatSize(d.logicalBytes), validate::formatSize(d.readBytes)));
    if (d.storedBytes > 0) {
        m_savingValue->setText(tr("%1×").arg(QLocale().toString(d.savingRatio(), 'f', 1)));
        m_savingDetail->setText(
            tr("logical ÷ stored: deduplication across backups and compression save %1")
                .arg(validate::formatSize(std::max<qint64>(0, d.logicalBytes - d.storedBytes))));
    } else {
        m_savingValue->setText(QStringLiteral("—"));
        // Backups of volumes that hold only zeros or holes store nothing.
        m_savingDetail->setText(d.backups > 0
                                    ? tr("Nothing stored: the data backed up is all zeros or holes.")
                                    : tr("No backups yet."));
    }
}

void DashboardPage::fillGrowth()
{
    QVector<double> xs, ys;
    for (const Dashboard::Point &p : std::as_const(m_figures->growth)) {
        xs << double(p.at.toMSecsSinceEpoch()) / 1000.0;
        ys << double(p.storedBytes);
    }
    // A step up to now: the last total holds until today.
    if (!xs.isEmpty()) {
        xs << std::max(xs.last(), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
        ys << ys.last();
    }
    m_growth->graph(0)->setData(xs, ys, true);
    const double first = xs.isEmpty() ? 0 : xs.first(), last = xs.isEmpty() ? 1 : xs.last();
    const double pad = std::max((last - first) * 0.03, 60.0);
    m_growth->xAxis->setRange(first - pad, last + pad);
    auto ticker = m_growth->xAxis->ticker().staticCast<QCPAxisTickerDateTime>();
    // Within a day the date says nothing: the time alone keeps the labels short.
    ticker->setDateTimeFormat(last - first < 86400 ? QStringLiteral("HH:mm") : timeFormatFor(last - first));
    m_growth->yAxis->setRange(0, ys.isEmpty() || ys.last() <= 0 ? 1 : ys.last() * 1.15);
    m_growth->setVisible(!xs.isEmpty());
    m_growth->replot(QCustomPlot::rpQueuedReplot);
}

void DashboardPage::fitGrowthTicks()
{
    auto ticker = m_growth->xAxis->ticker().staticCast<QCPAxisTickerDateTime>();
    const QString widest =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), ticker->dateTimeFormat());
    const int label = QFontMetrics(m_growth->xAxis->tickLabelFont()).horizontalAdvance(widest) + 28;
    const int room =
        m_growth->axisRect()->width() > 0 ? m_growth->axisRect()->width() : m_growth->width() - 80;
    ticker->setTickCount(std::clamp(room / std::max(label, 1), 1, 6));
}

void DashboardPage::fillTables()
{
    const Dashboard &d = *m_figures;
    const QLocale locale;
    m_projects->clear();
    for (const Dashboard::Space &p : d.projects) {
        new QTreeWidgetItem(m_projects,
                            {p.name, locale.toString(p.backups), validate::formatSize(p.storedBytes),
                             validate::formatSize(p.logicalBytes)});
    }
    m_volumes->clear();
    auto addVolume = [&](const Dashboard::Space &v, bool none) {
        auto *item = new QTreeWidgetItem(m_volumes, {v.name, v.project, locale.toString(v.backups),
                                                     validate::formatSize(v.storedBytes),
                                                     none ? tr("none") : when(v.lastSuccess)});
        item->setData(0, VolumeIdRole, v.key);
        if (none) {
            item->setForeground(4, Icons::statusColor(BackupStatus::Error));
            item->setToolTip(4, tr("This volume has no successful backup"));
        }
    };
    for (const Dashboard::Space &v : d.volumeSpace)
        addVolume(v, !v.lastSuccess.isValid());
    for (const Dashboard::Space &v : d.volumesWithout) {
        if (v.backups == 0)
            addVolume(v, true);
    }
    m_attention->clear();
    for (int i = 0; i < std::min<int>(int(d.attention.size()), MaxAttentionRows); ++i) {
        const Backup &b = d.attention.at(i);
        auto *item = new QTreeWidgetItem(m_attention, {b.name, b.volumeName, backupStatusText(b.status),
                                                       when(b.createdAt), b.errorText()});
        item->setIcon(2, Icons::status(b.status));
        item->setData(0, VolumeIdRole, b.volumeId);
        item->setData(0, BackupIdRole, b.id);
        item->setToolTip(4, b.errorText());
    }
    m_attentionTitle->setText(
        d.attention.isEmpty()
            ? tr("Needs attention: nothing — no failed or damaged backups")
            : (d.attention.size() > MaxAttentionRows
                   ? tr("Needs attention: %Ln failed or damaged backup(s), the newest %1 listed", nullptr,
                        int(d.attention.size()))
                         .arg(MaxAttentionRows)
                   : tr("Needs attention: %Ln failed or damaged backup(s)", nullptr,
                        int(d.attention.size()))));
    for (QTreeWidget *t : {m_projects, m_volumes, m_attention}) {
        for (int c = 0; c + 1 < t->columnCount(); ++c)
            t->resizeColumnToContents(c);
    }
}

} // namespace cb::ui
