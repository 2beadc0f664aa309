#include "EvidenceCommand.h"

#include "AssessmentDocument.h"

#include <QCoreApplication>

namespace readiness::ui {

EvidenceCommand::EvidenceCommand(AssessmentDocument &document, Kind kind, qint64 evidenceId, const QString &name)
    : DocumentCommand(
        document,
        kind == Kind::Added
            ? QCoreApplication::translate("readiness::ui::EvidenceCommand", "Add evidence %1").arg(name)
            : QCoreApplication::translate("readiness::ui::EvidenceCommand", "Remove evidence %1").arg(name))
    , m_kind(kind)
    , m_id(evidenceId)
{ }

Status EvidenceCommand::apply()
{
    return m_kind == Kind::Added ? m_document.restoreEvidence(m_id) : m_document.removeEvidence(m_id);
}

Status EvidenceCommand::revert()
{
    return m_kind == Kind::Added ? m_document.removeEvidence(m_id) : m_document.restoreEvidence(m_id);
}

} // namespace readiness::ui
