#include "EvidenceModel.h"

#include "AssessmentDocument.h"
#include "PlainText.h"

#include <QLocale>

namespace readiness::ui {

EvidenceModel::EvidenceModel(AssessmentDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&m_document, &AssessmentDocument::changed, this, &EvidenceModel::onChanged);
}

void EvidenceModel::setQuestion(qint64 questionnaireRef, const QString &questionId)
{
    m_ref = questionnaireRef;
    m_questionId = questionId;
    reload();
}

void EvidenceModel::reload()
{
    beginResetModel();
    m_records = m_ref ? m_document.evidenceFor(m_ref, m_questionId) : QList<EvidenceRecord>();
    endResetModel();
}

void EvidenceModel::onChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Evidence || event.kind == ChangeEvent::Kind::Assessment)
        reload();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceRecord &r = m_records.at(index.row());
    if (role == EvidenceIdRole)
        return r.id;
    if (role == Qt::ToolTipRole)
        return PlainText::toolTip(tr("%1\nSHA-256 %2\nadded by %3").arg(r.name, r.sha256, r.addedBy));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Size: // in the UI language's locale (QLocale::setDefault by the language switch)
        return QLocale().formattedDataSize(r.size, 1, QLocale::DataSizeIecFormat);
    case Added:
        return QLocale().toString(r.addedAt.toLocalTime(), QLocale::ShortFormat);
    case Sha256:
        return r.sha256.left(12);
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Added:
        return tr("Added");
    case Sha256:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace readiness::ui
