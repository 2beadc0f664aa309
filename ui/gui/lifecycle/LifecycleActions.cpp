#include "LifecycleActions.h"

#include "AssessmentSession.h"
#include "Prompt.h"
#include "SignOffDialog.h"
#include "SignOffHistoryDialog.h"

#include <QInputDialog>
#include <QMenu>
#include <QTimer>

namespace readiness::ui {

LifecycleActions::LifecycleActions(AssessmentSession &session, QWidget *window, Reload reload)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_reload(std::move(reload))
{ }

std::optional<lifecycle::SignOffRecord> LifecycleActions::activeSignOff(AssessmentDocument &document)
{
    auto active = lifecycle::LifecycleRepository(document.repository()).activeSignOff(document.assessment().id);
    return active ? *active : std::nullopt;
}

std::unique_ptr<AssessmentDocument> LifecycleActions::forViewing(std::unique_ptr<AssessmentDocument> document)
{
    if (!document || document->isReadOnly() || !activeSignOff(*document))
        return document;
    const QString path = document->path();
    document.reset(); // releases the lock before the read-only open
    auto readOnly = AssessmentDocument::open(path, AssessmentFile::Mode::ReadOnly);
    return readOnly ? std::move(readOnly).value() : nullptr;
}

void LifecycleActions::addTo(QMenu *menu)
{
    AssessmentDocument &doc = m_session.document();
    const bool signedOff = activeSignOff(doc).has_value();
    menu->addSeparator();
    QAction *sign = menu->addAction(tr("&Sign off…"), this, &LifecycleActions::signOffWithDialog);
    sign->setObjectName(QStringLiteral("signOffAction"));
    QAction *reopen = menu->addAction(tr("&Reopen for changes…"), this, &LifecycleActions::reopenWithDialog);
    reopen->setObjectName(QStringLiteral("reopenAction"));
    sign->setEnabled(!doc.isReadOnly() && !signedOff);
    // A signed-off assessment is shown read-only; reopening opens it for writing.
    reopen->setEnabled(signedOff);
    QAction *history = menu->addAction(tr("Sign-off &history…"), this, [this] {
        SignOffHistoryDialog dialog(m_session, m_window);
        Prompt::exec(dialog);
    });
    history->setObjectName(QStringLiteral("signOffHistoryAction"));
}

Status LifecycleActions::signOff(const lifecycle::LifecycleRepository::SignOffInput &input)
{
    AssessmentDocument &doc = m_session.document();
    auto s = lifecycle::LifecycleRepository(doc.repository()).signOff(doc.assessment().id, input);
    if (!s)
        return s.error();
    m_session.undoStack().clear();
    const QString path = doc.path();
    QTimer::singleShot(0, m_window, [reload = m_reload, path] { reload(path, AssessmentFile::Mode::ReadOnly); });
    return success();
}

Status LifecycleActions::reopen(const QString &reason)
{
    const QString path = m_session.document().path();
    // The window shows the signed-off file read-only: write through a
    // connection of its own, then open the file for writing.
    auto writable = AssessmentDocument::open(path, AssessmentFile::Mode::ReadWrite);
    if (!writable)
        return writable.error();
    (*writable)->repository().setActor(m_session.document().repository().actor());
    if (Status s
        = lifecycle::LifecycleRepository((*writable)->repository()).reopen((*writable)->assessment().id, reason);
        !s)
        return s;
    writable->reset();
    m_session.undoStack().clear();
    QTimer::singleShot(0, m_window, [reload = m_reload, path] { reload(path, AssessmentFile::Mode::ReadWrite); });
    return success();
}

void LifecycleActions::signOffWithDialog()
{
    SignOffDialog dialog(m_window);
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    if (Status s = signOff(dialog.input()); !s)
        Prompt::inform(m_window, QMessageBox::Warning, tr("Sign off"), s.error().toString());
}

void LifecycleActions::reopenWithDialog()
{
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Reopen for changes"));
    dialog.setLabelText(tr("Why is the signed-off assessment reopened? (Recorded in the change log; the signed "
                           "revision stays in the file.)"));
    if (Prompt::exec(dialog) != QDialog::Accepted)
        return;
    if (Status s = reopen(dialog.textValue()); !s)
        Prompt::inform(m_window, QMessageBox::Warning, tr("Reopen for changes"), s.error().toString());
}

} // namespace readiness::ui
