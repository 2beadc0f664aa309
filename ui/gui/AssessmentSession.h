#pragma once

#include "AssessmentDocument.h"
#include "HolidayCalendar.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace readiness::ui {

class ReviewMarks;

/// One open assessment in the window: the document and its undo stack.
/// Every edit the user makes is a QUndoCommand pushed here (Tiled-style).
class AssessmentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentSession)

public:
    explicit AssessmentSession(std::unique_ptr<AssessmentDocument> document, QObject *parent = nullptr);
    ~AssessmentSession() override;

    AssessmentDocument &document() { return *m_document; }
    const AssessmentDocument &document() const { return *m_document; }
    QUndoStack &undoStack() { return m_undoStack; }
    /// The holiday calendar chosen in Settings (for an organisation in
    /// Germany: its Land's), read once (views refresh often);
    /// applySettings() reads the settings again.
    const HolidayCalendar &calendar() const { return m_calendar; }
    /// Takes the current settings (calendar, evidence size limit).
    void applySettings();

    /// Undoable edits; each returns false (and reports why in lastError())
    /// when the core refused the change.
    bool setAnswer(qint64 questionnaireRef, const QString &questionId, const QString &value, const QString &note);
    /// Records an evidence file already imported by the core as an undoable add.
    void recordEvidenceAdded(qint64 evidenceId, const QString &name);
    bool removeEvidence(qint64 evidenceId);
    bool addAction(const ActionRecord &action);
    bool updateAction(const ActionRecord &action);
    bool removeAction(qint64 actionId);
    /// Replaces the organisation profile as one undoable edit (Dashboard ▸
    /// Organisation…); an unchanged profile pushes nothing.
    bool setOrganisation(const Organisation &organisation);
    /// Confirms a carried-over answer as still right (undoable).
    bool confirmCarried(qint64 questionnaireRef, const QString &questionId);
    QString lastError() const { return m_lastError; }
    /// Which answers were carried over from the previous assessment and wait
    /// for review (issue 14 item 1).
    ReviewMarks &reviewMarks() { return *m_reviewMarks; }
    /// Applies @p command and pushes it when the core accepted it (edits of
    /// other folders: the workshop's); takes ownership either way.
    bool pushChecked(class DocumentCommand *command);

private:
    std::unique_ptr<AssessmentDocument> m_document;
    QUndoStack m_undoStack;
    QString m_lastError;
    HolidayCalendar m_calendar;
    ReviewMarks *m_reviewMarks;
};

} // namespace readiness::ui
