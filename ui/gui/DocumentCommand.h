#pragma once

#include "Result.h"

#include <QUndoCommand>

namespace readiness {
class AssessmentDocument;
}

namespace readiness::ui {

/// Base of the undoable edits, each calling AssessmentDocument; remembers
/// whether the core accepted the last redo/undo.
class DocumentCommand : public QUndoCommand
{
public:
    explicit DocumentCommand(AssessmentDocument &document, const QString &text);
    /// Applies the edit once outside the stack, so the caller sees the
    /// core's answer before pushing; the stack's first redo() then skips it.
    Status applyFirst();
    void redo() final;
    void undo() final;
    const Status &status() const { return m_status; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    void skipNextRedo() { m_skipRedo = true; }
    AssessmentDocument &m_document;

private:
    Status m_status = success();
    bool m_skipRedo = false;
};

} // namespace readiness::ui
