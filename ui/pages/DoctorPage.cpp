#include "pages/DoctorPage.h"

#include "DateText.h"
#include "Icons.h"
#include "Session.h"
#include "engine/Doctor.h"
#include "widgets/MessageBanner.h"
#include "widgets/PageLayout.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

namespace cb::ui {

namespace {

using Level = DoctorCheck::Level;

QColor levelColor(Level level)
{
    switch (level) {
    case Level::Warn:
        return QColor(0xf9, 0xa8, 0x25);
    case Level::Fail:
        return QColor(0xe5, 0x39, 0x35);
    case Level::Ok:
        break;
    }
    return QColor(0x43, 0xa0, 0x47);
}

// A green tick, an amber triangle with "!", a red cross: told apart by shape too.
QIcon levelIcon(Level level)
{
    return Icons::paint([level](QPainter &p) {
        const QColor c = levelColor(level);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        if (level == Level::Warn) {
            QPainterPath triangle;
            triangle.moveTo(16, 3);
            triangle.lineTo(30, 28);
            triangle.lineTo(2, 28);
            triangle.closeSubpath();
            p.drawPath(triangle);
            p.setPen(Icons::pen(Qt::white, 3.2));
            p.drawLine(QPointF(16, 12), QPointF(16, 19));
            p.drawPoint(QPointF(16, 24));
            return;
        }
        p.drawEllipse(QRectF(2, 2, 28, 28));
        p.setPen(Icons::pen(Qt::white, 3.2));
        if (level == Level::Ok) {
            p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
        } else {
            p.drawLine(QPointF(11, 11), QPointF(21, 21));
            p.drawLine(QPointF(21, 11), QPointF(11, 21));
        }
    });
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Warn:
        return DoctorPage::tr("Warning");
    case Level::Fail:
        return DoctorPage::tr("Failed");
    case Level::Ok:
        break;
    }
    return DoctorPage::tr("OK");
}

QLabel *wrapped(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

DoctorPage::DoctorPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_checks(std::make_unique<QList<DoctorCheck>>()),
      m_toolBar(new QToolBar(this)), m_title(new QLabel(this)), m_run(new QAction(this)),
      m_banner(new MessageBanner(this)), m_list(new QWidget(this)), m_rows(new QVBoxLayout(m_list))
{
    setObjectName(QStringLiteral("doctorPage"));
    m_run->setObjectName(QStringLiteral("runDoctorAction"));
    m_banner->setObjectName(QStringLiteral("doctorBanner"));
    m_list->setObjectName(QStringLiteral("doctorChecks"));
    m_run->setIcon(Icons::get(Icons::Refresh));
    PageLayout::setUpToolBar(m_toolBar, m_title);
    PageLayout::addSpacer(m_toolBar);
    m_toolBar->addAction(m_run);

    m_rows->setContentsMargins(8, 0, 8, 8);
    m_rows->setSpacing(6);
    m_rows->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    PageLayout::addBanner(layout, m_banner);
    layout->addWidget(scroll, 1);

    connect(m_run, &QAction::triggered, this, &DoctorPage::run);
    connect(session, &Session::permissionsChanged, this, &DoctorPage::updateAllowed);
    // The first checks once the lists are in, so the dashboard can point at a failure.
    connect(session, &Session::loadingChanged, this, [this](bool loading) {
        if (!loading && !m_checkedAt.isValid() && !m_running)
            run();
    });
    retranslate();
}

DoctorPage::~DoctorPage() = default;

int DoctorPage::failures() const
{
    return int(std::count_if(m_checks->cbegin(), m_checks->cend(),
                             [](const DoctorCheck &c) { return c.level == Level::Fail; }));
}

int DoctorPage::warnings() const
{
    return int(std::count_if(m_checks->cbegin(), m_checks->cend(),
                             [](const DoctorCheck &c) { return c.level == Level::Warn; }));
}

void DoctorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DoctorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    run();
}

void DoctorPage::retranslate()
{
    m_title->setText(tr("Health Check"));
    m_run->setText(tr("Run Again"));
    m_run->setToolTip(tr("Check the catalog, the repository, the Ceph clusters, jobs, backups and file "
                         "modes again (the same checks as \"cloudbackupctl doctor\")"));
    updateAllowed();
    present(); // the findings are kept untranslated: shown again in the new language
}

QString DoctorPage::whyNot(const Permissions &may)
{
    const QString why = may.whyNot(Action::ManageRepository);
    if (!why.isEmpty())
        return why;
    // Like the engine: the checks read every project's backups.
    return may.seesAll() ? QString() : tr("The health check reads every project; it is for cloud admins.");
}

void DoctorPage::updateAllowed()
{
    const QString why = whyNot(m_session->permissions());
    m_run->setEnabled(why.isEmpty() && !m_running);
    if (!why.isEmpty())
        m_run->setToolTip(why);
    showSummary();
}

void DoctorPage::run()
{
    if (!whyNot(m_session->permissions()).isEmpty())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_run->setEnabled(false);
    showSummary();
    auto result = std::make_shared<QList<DoctorCheck>>();
    Engine *engine = &m_session->engine(); // runTask keeps it alive while the checks run
    m_session->runTask(
        [engine, result](JobControl &) -> Result<QString> {
            auto checks = engine->doctor();
            if (!checks)
                return fail(checks);
            *result = std::move(*checks);
            return QString();
        },
        this,
        [this, result](bool ok, const QString &error) {
            m_running = false;
            m_checkedAt = QDateTime::currentDateTime();
            m_error = ok ? QString() : error;
            *m_checks = ok ? *result : QList<DoctorCheck>();
            updateAllowed();
            present();
            Q_EMIT checked();
            if (std::exchange(m_again, false))
                run();
        });
}

void DoctorPage::showSummary()
{
    if (const QString why = whyNot(m_session->permissions()); !why.isEmpty()) {
        m_banner->show(MessageBanner::Info, why);
        return;
    }
    if (m_running) {
        m_banner->show(MessageBanner::Info,
                       tr("Checking the catalog, the repository and the clusters… An unreachable cluster "
                          "can take up to a minute to answer."));
        return;
    }
    if (!m_error.isEmpty()) {
        m_banner->show(MessageBanner::Error, tr("The checks could not run: %1").arg(m_error));
        return;
    }
    if (!m_checkedAt.isValid()) {
        m_banner->clear();
        return;
    }
    const QString at = dateTimeText(m_checkedAt);
    const int failed = failures(), warned = warnings();
    if (failed > 0 && warned > 0)
        m_banner->show(MessageBanner::Error,
                       tr("Failed: %1, needing attention: %2 — checked %3. Each row says what to do.")
                           .arg(failed)
                           .arg(warned)
                           .arg(at));
    else if (failed > 0)
        m_banner->show(
            MessageBanner::Error,
            tr("%Ln check(s) failed — checked %1. Each row says what to do.", nullptr, failed).arg(at));
    else if (warned > 0)
        m_banner->show(MessageBanner::Warning,
                       tr("%Ln check(s) need attention — checked %1.", nullptr, warned).arg(at));
    else
        m_banner->show(MessageBanner::Positive,
                       tr("All %Ln check(s) passed — checked %1.", nullptr, int(m_checks->size())).arg(at));
}

void DoctorPage::present()
{
    while (m_rows->count() > 1) {
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    // Failures first, then warnings, each group in the engine's order.
    QList<DoctorCheck> sorted = *m_checks;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DoctorCheck &a, const DoctorCheck &b) { return int(a.level) > int(b.level); });
    for (int i = 0; i < sorted.size(); ++i)
        m_rows->insertWidget(i, row(sorted.at(i)));
    showSummary();
}

QWidget *DoctorPage::row(const DoctorCheck &check)
{
    auto *frame = new QFrame(m_list);
    frame->setObjectName(QStringLiteral("doctorCheck_") + check.key);
    frame->setProperty("level", DoctorCheck::levelKey(check.level));
    // Selected by a property: keys hold dots, which an object name selector cannot.
    frame->setProperty("doctorRow", true);
    frame->setStyleSheet(QStringLiteral("QFrame[doctorRow=\"true\"] { background: #fafbfc; border: 1px solid "
                                        "#e3e7ea; border-left: 4px solid %1; border-radius: 4px; }")
                             .arg(levelColor(check.level).name()));
    auto *icon = new QLabel(frame);
    icon->setPixmap(levelIcon(check.level).pixmap(22, 22));
    auto *name = new QLabel(frame);
    name->setObjectName(QStringLiteral("doctorName"));
    name->setTextFormat(Qt::PlainText);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setText(checkName(check.key));
    auto *level = new QLabel(levelText(check.level), frame);
    level->setObjectName(QStringLiteral("doctorLevel"));
    level->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(levelColor(check.level).name()));
    QLabel *detail = wrapped(frame, "doctorDetail");
    detail->setText(check.detail.text());
    QLabel *fix = wrapped(frame, "doctorFix");
    fix->setText(tr("To fix: %1").arg(check.fix.text()));
    fix->setStyleSheet(QStringLiteral("color: #37474f;"));
    fix->setVisible(!check.fix.isEmpty());

    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    heading->addWidget(name);
    heading->addWidget(level);
    heading->addStretch(1);
    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addLayout(heading);
    text->addWidget(detail);
    text->addWidget(fix);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return frame;
}

QIcon DoctorPage::icon(const QColor &ink)
{
    return Icons::paint([ink](QPainter &p) {
        p.setPen(Icons::pen(ink));
        p.setBrush(Qt::NoBrush);
        QPainterPath heart;
        heart.moveTo(16, 28);
        heart.cubicTo(4, 20, 1, 13, 4, 8);
        heart.cubicTo(7, 3, 14, 4, 16, 9);
        heart.cubicTo(18, 4, 25, 3, 28, 8);
        heart.cubicTo(31, 13, 28, 20, 16, 28);
        p.drawPath(heart);
        p.setPen(Icons::pen(QColor(0x1e, 0x88, 0xe5), 2.4));
        p.drawPolyline(QPolygonF({QPointF(6, 16), QPointF(12, 16), QPointF(14, 12), QPointF(17, 21),
                                  QPointF(19, 16), QPointF(26, 16)}));
    });
}

QString DoctorPage::checkName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("catalog.reachable"), QT_TR_NOOP("Catalog")},
        {QStringLiteral("catalog.integrity"), QT_TR_NOOP("Catalog integrity")},
        {QStringLiteral("catalog.clock"), QT_TR_NOOP("Clock against the database server")},
        {QStringLiteral("repository.reachable"), QT_TR_NOOP("Repository")},
        {QStringLiteral("repository.space"), QT_TR_NOOP("Repository space")},
        {QStringLiteral("backups.stuck"), QT_TR_NOOP("Stuck backups")},
        {QStringLiteral("jobs.long"), QT_TR_NOOP("Long-running jobs")},
        {QStringLiteral("backups.damaged"), QT_TR_NOOP("Damaged backups")},
        {QStringLiteral("backups.failed"), QT_TR_NOOP("Failed backups")},
        {QStringLiteral("backups.unverified"), QT_TR_NOOP("Backups never verified")},
        {QStringLiteral("files.private"), QT_TR_NOOP("Private files")},
    };
    if (const char *name = names.value(key))
        return tr(name);
    // Ceph clusters are numbered in their configured order: "ceph.2", "ceph.2.keyring".
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.value(0) == QLatin1String("ceph") && parts.size() >= 2)
        return parts.size() > 2 ? tr("Ceph cluster %1: keyring").arg(parts.at(1))
                                : tr("Ceph cluster %1").arg(parts.at(1));
    return key;
}

} // namespace cb::ui
