#include "dialogs/EditTagsDialog.h"

#include "Icons.h"
#include "Session.h"
#include "models/BackupModel.h"
#include "util/Validate.h"
#include "widgets/MessageBanner.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace cb::ui {

EditTagsDialog::EditTagsDialog(Session *session, const Backup &backup, QWidget *parent)
    : EditTagsDialog(session, QList<Backup>{backup}, parent)
{}

EditTagsDialog::EditTagsDialog(Session *session, const QList<Backup> &backups, QWidget *parent)
    : QDialog(parent), m_session(session), m_backups(backups), m_known(session->backupModel()->allTags()),
      m_list(new QListWidget(this)), m_input(new QLineEdit(this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_completer(new QCompleter(this)),
      m_completions(new QStringListModel(this)), m_banner(new MessageBanner(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("editTagsDialog"));
    m_list->setObjectName(QStringLiteral("tagListWidget"));
    m_input->setObjectName(QStringLiteral("tagLineEdit"));
    m_add->setObjectName(QStringLiteral("addTagButton"));
    m_remove->setObjectName(QStringLiteral("removeTagButton"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_input->setMaxLength(validate::MaxTag);
    m_hint->setWordWrap(true);
    m_completions->setStringList(m_known);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(m_completer);
    m_input->installEventFilter(this);
    m_add->setIcon(Icons::get(Icons::Tags));
    m_remove->setIcon(Icons::get(Icons::Delete));

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_remove);
    side->addStretch();
    listRow->addLayout(side);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_hint);
    layout->addLayout(inputRow);
    layout->addLayout(listRow);
    layout->addWidget(m_buttons);

    for (const Backup &b : backups) {
        for (const QString &t : b.tags)
            ++m_carriers[t];
    }
    for (const Backup &b : backups) {
        for (const QString &t : b.tags)
            addTag(t);
    }
    // Enter in the tag field adds the tag; it must not close the dialog.
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (auto *pb = qobject_cast<QPushButton *>(b)) {
            pb->setAutoDefault(false);
            pb->setDefault(false);
        }
    }
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditTagsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &EditTagsDialog::addTypedTag);
    connect(m_input, &QLineEdit::returnPressed, this, &EditTagsDialog::addTypedTag);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &) {
        QMetaObject::invokeMethod(this, &EditTagsDialog::addTypedTag, Qt::QueuedConnection);
    });
    connect(m_input, &QLineEdit::textChanged, this, &EditTagsDialog::updateState);
    connect(m_remove, &QPushButton::clicked, this, &EditTagsDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EditTagsDialog::updateState);
    retranslate();
    resize(460, 380);
    // The hint says "type a tag": the keystrokes go to the field from the start.
    m_input->setFocus();
}

EditTagsDialog::~EditTagsDialog() = default;

bool EditTagsDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

bool EditTagsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The tag field ignores Enter after returnPressed, and QDialog then
    // presses its default button (the button box makes OK the default when
    // it shows): take Enter here, so the dialog stays open and the focus and
    // the next keystrokes stay in the field. (With the completion list open,
    // the completer handles Enter and the field emits returnPressed.)
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedTag();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EditTagsDialog::retranslate()
{
    setWindowTitle(tr("Edit Resource Tags"));
    if (m_backups.size() == 1)
        m_hint->setText(
            tr("Tags of <b>%1</b>. Type a tag and press Enter: existing tags are offered as you type, and a "
               "tag that does not exist yet is created.")
                .arg(m_backups.first().name.toHtmlEscaped()));
    else
        m_hint->setText(tr("Tags of <b>%n backups</b>. A tag you add is added to each of them, a tag you "
                           "remove is removed from each; the others stay as they are. Type a tag and press "
                           "Enter: existing tags are offered as you type.",
                           nullptr, int(m_backups.size())));
    m_input->setPlaceholderText(tr("Tag"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setText(itemText(item->data(Qt::UserRole).toString()));
    }
    updateState();
}

QStringList EditTagsDialog::tags() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void EditTagsDialog::addTag(const QString &tag)
{
    if (tags().contains(tag))
        return;
    auto *item = new QListWidgetItem(Icons::get(Icons::Tags), itemText(tag));
    item->setData(Qt::UserRole, tag);
    m_list->addItem(item);
}

QString EditTagsDialog::itemText(const QString &tag) const
{
    if (!m_known.contains(tag))
        return tr("%1 (new tag)").arg(tag);
    const int carriers = m_carriers.value(tag);
    const int count = int(m_backups.size());
    if (count > 1 && carriers == 0)
        return tr("%1 (added to all)").arg(tag);
    if (count > 1 && carriers < count)
        return tr("%1 (on %2 of %3)").arg(tag).arg(carriers).arg(count);
    return tag;
}

QStringList EditTagsDialog::added() const
{
    QStringList out;
    for (const QString &t : tags()) {
        if (!m_carriers.contains(t))
            out << t;
    }
    return out;
}

QStringList EditTagsDialog::removed() const
{
    const QStringList kept = tags();
    QStringList out;
    for (auto it = m_carriers.cbegin(); it != m_carriers.cend(); ++it) {
        if (!kept.contains(it.key()))
            out << it.key();
    }
    out.sort();
    return out;
}

void EditTagsDialog::addTypedTag()
{
    const QString tag = m_input->text().trimmed();
    if (tag.isEmpty())
        return;
    if (auto r = validate::tag(tag); !r) {
        m_banner->show(MessageBanner::Error, r.error());
        return;
    }
    addTag(tag);
    m_input->clear();
    updateState();
}

void EditTagsDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    updateState();
}

void EditTagsDialog::updateState()
{
    const QString typed = m_input->text().trimmed();
    QString reason;
    if (!typed.isEmpty()) {
        if (auto r = validate::tag(typed); !r)
            reason = r.error();
    }
    if (reason.isEmpty())
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Error, reason);
    m_add->setEnabled(!typed.isEmpty() && reason.isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reason.isEmpty() && !m_saving);
}

void EditTagsDialog::accept()
{
    if (m_saving)
        return;
    // A tag typed but not yet added counts too.
    if (!m_input->text().trimmed().isEmpty())
        addTypedTag();
    m_saving = true;
    updateState();
    if (m_backups.size() > 1) {
        saveSeveral();
        return;
    }
    m_session->setTags(m_backups.first().id, tags(), this, [this](const QString &error) {
        m_saving = false;
        if (error.isEmpty()) {
            QDialog::accept();
            return;
        }
        updateState();
        m_banner->show(MessageBanner::Error, error);
    });
}

// Each backup gets the same additions and removals, off the GUI thread;
// the backups are read again whatever happened (some may have changed).
void EditTagsDialog::saveSeveral()
{
    const QStringList add = added(), remove = removed();
    QStringList ids, volumes;
    for (const Backup &b : std::as_const(m_backups)) {
        ids << b.id;
        if (!volumes.contains(b.volumeId))
            volumes << b.volumeId;
    }
    Engine *engine = &m_session->engine();
    m_session->runTask(
        [engine, ids, add, remove](JobControl &) -> Result<QString> {
            for (const QString &id : ids) {
                // As the backup is now: only the tags it has go, only those it lacks come.
                auto b = engine->backup(id);
                if (!b)
                    return fail(b);
                QStringList adding, removing;
                for (const QString &t : add) {
                    if (!b->tags.contains(t))
                        adding << t;
                }
                for (const QString &t : remove) {
                    if (b->tags.contains(t))
                        removing << t;
                }
                if (adding.isEmpty() && removing.isEmpty())
                    continue;
                if (auto r = engine->editTags(id, adding, removing); !r)
                    return fail(r);
            }
            return QString();
        },
        this,
        [this, volumes](bool ok, const QString &error) {
            m_saving = false;
            for (const QString &v : volumes)
                m_session->refreshBackups(v);
            if (ok) {
                QDialog::accept();
                return;
            }
            updateState();
            m_banner->show(MessageBanner::Error, error);
        });
}

} // namespace cb::ui
