#include "dialogs/RetentionPreview.h"

#include "DateText.h"
#include "PolicyIcons.h"
#include "Session.h"
#include "models/BackupModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cb::ui {

RetentionPreview::RetentionPreview(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_volume(new QComboBox(this)), m_tree(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_timer(new QTimer(this))
{
    m_volume->setObjectName(QStringLiteral("previewVolumeComboBox"));
    m_tree->setObjectName(QStringLiteral("previewTreeWidget"));
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(4);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 140);
    m_tree->setColumnWidth(1, 125);
    m_tree->setColumnWidth(2, 65);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_volume);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &RetentionPreview::compute);
    connect(m_volume, &QComboBox::currentIndexChanged, this, &RetentionPreview::schedule);
    retranslate();
}

RetentionPreview::~RetentionPreview() = default;

void RetentionPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RetentionPreview::retranslate()
{
    m_tree->setHeaderLabels({tr("Backup"), tr("Created"), tr("Decision"), tr("Kept by")});
    m_volume->setToolTip(tr("The volume whose backups the preview shows"));
    showDecisions(m_shown);
}

void RetentionPreview::setVolumes(const QList<Volume> &volumes)
{
    QStringList ids;
    for (const Volume &v : volumes)
        ids << v.id;
    if (ids == m_volumeIds && m_volume->count() > 0)
        return; // the same choice: nothing to compute again
    m_volumeIds = ids;
    const QString current = volumeId();
    const QSignalBlocker block(m_volume);
    m_volume->clear();
    int withBackups = -1;
    for (const Volume &v : volumes) {
        m_volume->addItem(v.name, v.id);
        if (withBackups < 0 && !m_session->backupModel()->backupsOfVolume(v.id).isEmpty())
            withBackups = m_volume->count() - 1;
    }
    const int keep = m_volume->findData(current);
    m_volume->setCurrentIndex(keep >= 0 ? keep : qMax(0, withBackups));
    schedule();
}

QString RetentionPreview::volumeId() const
{
    return m_volume->currentData().toString();
}

void RetentionPreview::setVolumeId(const QString &id)
{
    const int i = m_volume->findData(id);
    if (i >= 0)
        m_volume->setCurrentIndex(i);
}

void RetentionPreview::setRules(const RetentionRules &rules)
{
    const auto same = [](const RetentionRules &a, const RetentionRules &b) {
        return a.last == b.last && a.hourly == b.hourly && a.daily == b.daily && a.weekly == b.weekly &&
               a.monthly == b.monthly && a.yearly == b.yearly && a.minAgeSeconds == b.minAgeSeconds;
    };
    if (same(rules, m_rules) && m_rulesSet)
        return;
    m_rulesSet = true;
    m_rules = rules;
    schedule();
}

void RetentionPreview::schedule()
{
    m_busy = true;
    ++m_generation; // what is in flight no longer matches the input
    m_timer->start();
}

void RetentionPreview::compute()
{
    const QString volume = volumeId();
    const quint64 generation = ++m_generation;
    if (volume.isEmpty()) {
        m_busy = false;
        m_summary->setText(tr("The policy covers no volume yet."));
        showDecisions({});
        Q_EMIT updated();
        return;
    }
    if (!m_rules.keepsByRule()) {
        m_busy = false;
        m_summary->setText(tr("No keep rule is set: every backup is kept, nothing is pruned."));
        showDecisions({});
        Q_EMIT updated();
        return;
    }
    m_busy = true;
    m_summary->setText(tr("Computing…"));
    Engine *engine = &m_session->engine();
    auto result = std::make_shared<QList<RetentionDecision>>();
    const PruneRequest request{QString(), volume, m_rules};
    m_session->runTask(
        [engine, request, result](JobControl &) -> Result<QString> {
            auto plan = engine->prunePlan(request);
            if (!plan)
                return fail(plan.error());
            for (const PruneDecision &d : std::as_const(*plan))
                *result << d.decision;
            return QString();
        },
        this,
        [this, generation, result](bool ok, const QString &message) {
            if (generation != m_generation)
                return; // the rules or the volume changed meanwhile
            m_busy = false;
            showDecisions(ok ? *result : QList<RetentionDecision>());
            if (!ok)
                m_summary->setText(tr("Could not compute the preview: %1").arg(message));
            Q_EMIT updated();
        });
}

void RetentionPreview::showDecisions(const QList<RetentionDecision> &decisions)
{
    m_shown = decisions;
    m_keep.clear();
    m_tree->clear();
    int kept = 0;
    for (const RetentionDecision &d : decisions) {
        m_keep.insert(d.id, d.keep);
        kept += d.keep ? 1 : 0;
        const Backup *b = m_session->backupModel()->find(d.id);
        QStringList rules;
        for (const QString &r : d.rules)
            rules << ruleText(r);
        auto *item =
            new QTreeWidgetItem(m_tree, {b ? b->name : d.id.left(8), dateTimeText(d.createdAt),
                                         d.keep ? tr("keep") : tr("remove"),
                                         rules.join(tr(", ", "between the rules that keep a backup"))});
        item->setData(0, Qt::UserRole, d.id);
        item->setForeground(2, d.keep ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        if (d.rules.contains(QLatin1String("protected")))
            item->setIcon(0, PolicyIcons::protect());
    }
    if (!decisions.isEmpty())
        m_summary->setText(tr("Keeps %1 of %Ln backup(s), removes %2.", nullptr, int(decisions.size()))
                               .arg(kept)
                               .arg(decisions.size() - kept));
    else if (!m_busy && m_rules.keepsByRule() && !volumeId().isEmpty())
        m_summary->setText(tr("This volume has no complete backup yet."));
}

QString RetentionPreview::ruleText(const QString &rule)
{
    if (rule == QLatin1String("keep-last"))
        return tr("last");
    if (rule == QLatin1String("keep-hourly"))
        return tr("hourly");
    if (rule == QLatin1String("keep-daily"))
        return tr("daily");
    if (rule == QLatin1String("keep-weekly"))
        return tr("weekly");
    if (rule == QLatin1String("keep-monthly"))
        return tr("monthly");
    if (rule == QLatin1String("keep-yearly"))
        return tr("yearly");
    if (rule == QLatin1String("parent"))
        return tr("kept as parent");
    if (rule == QLatin1String("protected"))
        return tr("protected");
    if (rule == QLatin1String("min-age"))
        return tr("minimum age");
    return rule;
}

} // namespace cb::ui
