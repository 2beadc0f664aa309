#pragma once

#include "AssessmentRecords.h"

#include <QAbstractTableModel>

namespace readiness {
class AssessmentDocument;
struct ChangeEvent;
} // namespace readiness

namespace readiness::ui {

/// The evidence files of one question: name, size, date, short SHA-256.
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Size, Added, Sha256, ColumnCount };
    enum Role { EvidenceIdRole = Qt::UserRole + 1 };

    explicit EvidenceModel(AssessmentDocument &document, QObject *parent = nullptr);

    void setQuestion(qint64 questionnaireRef, const QString &questionId);
    EvidenceRecord record(int row) const { return m_records.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onChanged(const ChangeEvent &event);

    AssessmentDocument &m_document;
    qint64 m_ref = 0;
    QString m_questionId;
    QList<EvidenceRecord> m_records;
};

} // namespace readiness::ui
