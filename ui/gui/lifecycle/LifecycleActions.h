#pragma once

#include "AssessmentDocument.h"
#include "LifecycleRepository.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QWidget;

namespace readiness::ui {

class AssessmentSession;

/// Assessment ▸ Sign off… and Reopen for changes…, and the rule that a
/// signed-off assessment is shown read-only. After a sign-off or a reopening
/// the window opens the file again (read-only or for writing) through
/// @p reload, so every editor follows and the undo stack starts empty:
/// undo cannot cross a sign-off.
class LifecycleActions final : public QObject
{
    Q_OBJECT

public:
    using Reload = std::function<void(const QString &path, AssessmentFile::Mode mode)>;
    LifecycleActions(AssessmentSession &session, QWidget *window, Reload reload);

    void addTo(QMenu *menu);

    /// A document opened for writing whose assessment is signed off is
    /// opened again read-only; anything else is returned as it is.
    static std::unique_ptr<AssessmentDocument> forViewing(std::unique_ptr<AssessmentDocument> document);
    static std::optional<lifecycle::SignOffRecord> activeSignOff(AssessmentDocument &document);

    /// The steps behind the menu entries, without dialogs (tests).
    Status signOff(const lifecycle::LifecycleRepository::SignOffInput &input);
    Status reopen(const QString &reason);

private:
    void signOffWithDialog();
    void reopenWithDialog();

    AssessmentSession &m_session;
    QWidget *m_window;
    Reload m_reload;
};

} // namespace readiness::ui
