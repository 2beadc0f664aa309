#include "EvidencePanel.h"

#include "AppSettings.h"
#include "AssessmentSession.h"
#include "EvidenceModel.h"
#include "NativePath.h"
#include "Prompt.h"
#include "UntrustedText.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace readiness::ui {

namespace {
QPushButton *makeButton(const QString &text, const char *iconName, QWidget *parent)
{
    auto *button = new QPushButton(QIcon::fromTheme(QString::fromLatin1(iconName)), text, parent);
    button->setAccessibleName(QString(text).remove(u'&').remove(u"…"_s));
    return button;
}
} // namespace

EvidencePanel::EvidencePanel(AssessmentSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new EvidenceModel(session.document(), this))
    , m_view(new QTreeView(this))
    , m_add(makeButton(tr("&Add…"), "list-add", this))
    , m_open(makeButton(tr("&Open"), "document-open", this))
    , m_save(makeButton(tr("Save &copy…"), "document-save-as", this))
    , m_remove(makeButton(tr("&Remove"), "list-remove", this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAccessibleName(tr("Evidence files"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setMinimumHeight(fontMetrics().height() * 5);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_open, m_save, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Evidence (drop files here)"), this);
    layout->addWidget(title);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::addWithDialog);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_save, &QPushButton::clicked, this, &EvidencePanel::saveSelectedCopy);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::removeSelected);
    connect(m_view, &QTreeView::doubleClicked, this, &EvidencePanel::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvidencePanel::updateButtons);
    updateButtons();
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::setQuestion(qint64 questionnaireRef, const QString &questionId)
{
    m_ref = questionnaireRef;
    m_questionId = questionId;
    m_model->setQuestion(questionnaireRef, questionId);
}

void EvidencePanel::updateButtons()
{
    const bool writable = !m_session.document().isReadOnly();
    const bool hasSelection = selectedId() != 0;
    m_add->setEnabled(writable && m_ref != 0);
    m_open->setEnabled(hasSelection);
    m_save->setEnabled(hasSelection);
    m_remove->setEnabled(writable && hasSelection);
}

qint64 EvidencePanel::selectedId() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->currentIndex() : QModelIndex();
    if (!current.isValid())
        return m_model->rowCount() == 1 ? m_model->record(0).id : 0;
    return m_model->record(current.row()).id;
}

int EvidencePanel::addFiles(const QStringList &paths)
{
    if (m_ref == 0 || m_session.document().isReadOnly())
        return 0;
    emit aboutToImport();
    int added = 0;
    for (const QString &path : paths) {
        const QString name = NativePath::displayText(QFileInfo(path).fileName());
        QProgressDialog progress(tr("Adding %1…").arg(name), tr("Cancel"), 0, 1000, this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500); // small files never flash a dialog
        auto onProgress = [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            return !progress.wasCanceled(); // false: the core rolls back
        };
        auto record = m_session.document().importEvidence(m_ref, m_questionId, path, onProgress);
        progress.reset();
        if (!record) {
            if (!progress.wasCanceled())
                Prompt::inform(this, QMessageBox::Warning, tr("Evidence not added"),
                               tr("“%1” could not be added.").arg(name), record.error().toString());
            continue;
        }
        m_session.recordEvidenceAdded(record->id, record->name);
        ++added;
    }
    return added;
}

void EvidencePanel::addWithDialog()
{
    const QString path
        = Prompt::openFileName(this, tr("Add evidence"), AppSettings::lastDirectory(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    // The dialog decodes a name that is not UTF-8 lossily: find its bytes.
    addFiles({NativePath::fromLossyPath(path)});
}

QString EvidencePanel::exportToTemporary(qint64 id, const QString &name)
{
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    const QString target = m_tempDir->filePath(QString::number(id) + u'-' + UntrustedText::fileBaseName(name));
    if (Status s = m_session.document().evidenceStore().exportToFile(id, target); !s) {
        Prompt::inform(this, QMessageBox::Warning, tr("Evidence not opened"), s.error().toString());
        return {};
    }
    return target;
}

void EvidencePanel::openSelected()
{
    const qint64 id = selectedId();
    for (const EvidenceRecord &r : m_session.document().evidenceFor(m_ref, m_questionId))
        if (r.id == id)
            if (const QString path = exportToTemporary(id, r.name); !path.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void EvidencePanel::saveSelectedCopy()
{
    const qint64 id = selectedId();
    QString name;
    for (const EvidenceRecord &r : m_session.document().evidenceFor(m_ref, m_questionId))
        if (r.id == id)
            name = r.name;
    if (name.isEmpty())
        return;
    // The name comes from the file: only its base name, in the user's own
    // last directory, is ever proposed.
    const QString target = Prompt::saveFileName(
        this, tr("Save a copy of the evidence"),
        QDir(AppSettings::lastDirectory()).filePath(UntrustedText::fileBaseName(name)), tr("All files (*)"));
    if (target.isEmpty())
        return;
    if (Status s = m_session.document().evidenceStore().exportToFile(id, target); !s)
        Prompt::inform(this, QMessageBox::Warning, tr("Copy not saved"), s.error().toString());
}

void EvidencePanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id != 0 && !m_session.removeEvidence(id))
        Prompt::inform(this, QMessageBox::Warning, tr("Evidence not removed"), m_session.lastError());
}

} // namespace readiness::ui
