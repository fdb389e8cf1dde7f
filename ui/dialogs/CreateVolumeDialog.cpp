#include "dialogs/CreateVolumeDialog.h"

#include "Session.h"
#include "engine/Engine.h"
#include "models/VolumeModel.h"
#include "util/Validate.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cb::ui {

CreateVolumeDialog::CreateVolumeDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_banner(new MessageBanner(this)), m_hint(new QLabel(this)),
      m_nameLabel(new QLabel(this)), m_sizeLabel(new QLabel(this)), m_projectLabel(new QLabel(this)),
      m_typeLabel(new QLabel(this)), m_name(new QLineEdit(this)), m_size(new QLineEdit(this)),
      m_project(new QComboBox(this)), m_type(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("createVolumeDialog"));
    m_name->setObjectName(QStringLiteral("volumeNameLineEdit"));
    m_size->setObjectName(QStringLiteral("volumeSizeLineEdit"));
    m_project->setObjectName(QStringLiteral("volumeProjectComboBox"));
    m_type->setObjectName(QStringLiteral("volumeTypeComboBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createVolumeButton"));
    m_hint->setWordWrap(true);
    m_size->setText(QStringLiteral("1G"));
    m_project->setEditable(true);
    QStringList projects = session->projects();
    const QString current =
        session->project().isEmpty() ? QString::fromLatin1(DefaultProject) : session->project();
    if (!projects.contains(current))
        projects.prepend(current);
    m_project->addItems(projects);
    m_project->setCurrentText(current);
    // The types every backend offers (an RBD backend: its pools).
    for (VolumeBackend *b : session->engine().backends()) {
        for (const QString &t : b->types())
            m_type->addItem(VolumeModel::typeText(t), t);
    }

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_projectLabel, m_project);
    form->addRow(m_typeLabel, m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateVolumeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateVolumeDialog::updateState);
    connect(m_size, &QLineEdit::textChanged, this, &CreateVolumeDialog::updateState);
    connect(m_project, &QComboBox::currentTextChanged, this, &CreateVolumeDialog::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::updateState);
    retranslate();
    resize(480, sizeHint().height());
}

CreateVolumeDialog::~CreateVolumeDialog() = default;

bool CreateVolumeDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void CreateVolumeDialog::retranslate()
{
    setWindowTitle(tr("Create Volume"));
    m_hint->setText(tr("A new, empty volume. Back it up once it holds data; its backups are listed under "
                       "its name."));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_name->setPlaceholderText(tr("for example db-data"));
    m_sizeLabel->setText(tr("&Size:"));
    m_sizeLabel->setBuddy(m_size);
    m_size->setToolTip(tr("A number with K, M, G or T (binary units), for example 10G"));
    m_projectLabel->setText(tr("&Project:"));
    m_projectLabel->setBuddy(m_project);
    m_typeLabel->setText(tr("&Volume type:"));
    m_typeLabel->setBuddy(m_type);
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, VolumeModel::typeText(m_type->itemData(i).toString()));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateState();
}

CreateVolumeParams CreateVolumeDialog::params() const
{
    CreateVolumeParams p;
    p.name = m_name->text().trimmed();
    p.project = m_project->currentText().trimmed();
    p.type = m_type->currentData().toString();
    if (auto size = validate::parseSize(m_size->text()))
        p.size = *size;
    return p;
}

QString CreateVolumeDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return {}; // nothing typed yet: no error, but no OK either
    if (auto r = validate::volumeName(name); !r)
        return r.error();
    for (const Volume &v : m_session->volumeModel()->all()) {
        if (v.name == name && v.status != VolumeStatus::Missing)
            return tr("A volume named \"%1\" exists already.").arg(name);
    }
    if (auto r = validate::parseSize(m_size->text()); !r)
        return r.error();
    const QString project = m_project->currentText().trimmed();
    if (auto r = validate::projectName(project); !r)
        return r.error();
    if (m_type->count() == 0)
        return tr("No volume backend here can create volumes.");
    return m_session->permissions().whyNot(Action::ManageVolumes, project);
}

void CreateVolumeDialog::updateState()
{
    const QString why = problem();
    if (why.isEmpty())
        m_banner->clear();
    else
        m_banner->show(MessageBanner::Error, why);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(why.isEmpty() && !m_name->text().trimmed().isEmpty() && !m_saving);
}

void CreateVolumeDialog::accept()
{
    if (m_saving || !problem().isEmpty() || m_name->text().trimmed().isEmpty())
        return;
    m_saving = true;
    updateState();
    m_session->createVolume(params(), this, [this](const QString &error, const QString &id) {
        m_saving = false;
        if (error.isEmpty()) {
            Q_EMIT created(id);
            QDialog::accept();
            return;
        }
        updateState();
        m_banner->show(MessageBanner::Error, error);
    });
}

} // namespace cb::ui
